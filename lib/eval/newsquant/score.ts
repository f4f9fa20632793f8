import { decodeValue, decodeValueString, valuesMatch, type QuantityValue } from "./values";
import {
  METRIC_NAMES,
  type GoldSentence,
  type Matching,
  type MetricName,
  type NewsQuantScore,
  type PredictedSentence,
  type Prf,
} from "./types";

/** A gold or predicted quantity reduced to what the scorer compares. */
interface Comparable {
  value: QuantityValue;
  /** As given; used for the paper's sort order. */
  sortUnit: string;
  /** Lower-cased, as the paper compares it. */
  unit: string;
  change: string;
  concepts: string[];
}

export interface ScoreOptions {
  matching: Matching;
}

/**
 * Scores predictions against NewsQuant gold, sentence by sentence (paired by
 * position, or by text when the lists differ in length), micro-averaged.
 *
 * - "paper": the CQE authors' `calculate_metrics` with its quirks (see
 *   paperCounts).
 * - "one-to-one": for each metric, the largest set of (gold, prediction) pairs
 *   satisfying that metric's criterion in which every gold and every
 *   prediction is used at most once (maximum bipartite matching per sentence).
 */
export function scoreNewsQuant(
  gold: readonly GoldSentence[],
  predictions: readonly PredictedSentence[],
  options: ScoreOptions = { matching: "paper" },
): NewsQuantScore {
  const pairs = pairSentences(gold, predictions);
  const correct = zeroCounts();
  let goldCount = 0;
  let predictedCount = 0;
  let skippedPredictions = 0;
  for (const [goldSentence, predicted] of pairs) {
    const goldItems = goldSentence.quantities.map(goldComparable);
    const predictedItems: Comparable[] = [];
    for (const quantity of predicted?.quantities ?? []) {
      const value = decodeValue(quantity.value);
      if (value === undefined) {
        // The authors' code raises on non-numeric values ("pennies"); we count
        // them as predictions that match nothing.
        skippedPredictions++;
        continue;
      }
      predictedItems.push({
        value,
        sortUnit: quantity.normalized_unit,
        unit: quantity.normalized_unit.toLowerCase(),
        change: quantity.change,
        concepts: quantity.referred_concepts,
      });
    }
    goldCount += goldItems.length;
    predictedCount += (predicted?.quantities ?? []).length;
    const counts =
      options.matching === "paper" ? paperCounts(goldItems, predictedItems) : oneToOneCounts(goldItems, predictedItems);
    for (const name of METRIC_NAMES) correct[name] += counts[name];
  }
  const metrics = {} as Record<MetricName, Prf>;
  for (const name of METRIC_NAMES) metrics[name] = prf(correct[name], goldCount, predictedCount);
  return { matching: options.matching, goldCount, predictedCount, skippedPredictions, metrics };
}

function pairSentences(
  gold: readonly GoldSentence[],
  predictions: readonly PredictedSentence[],
): [GoldSentence, PredictedSentence | undefined][] {
  const samePositions =
    gold.length === predictions.length && gold.every((sentence, i) => sentence.text === predictions[i].text);
  if (samePositions) return gold.map((sentence, i) => [sentence, predictions[i]]);
  // The GPT-3 file is a superset in another order: like the paper, look sentences up by text.
  const byText = new Map<string, PredictedSentence>();
  for (const sentence of predictions) if (!byText.has(sentence.text)) byText.set(sentence.text, sentence);
  return gold.map((sentence) => [sentence, byText.get(sentence.text)]);
}

function goldComparable(quantity: GoldSentence["quantities"][number]): Comparable {
  const value = decodeValueString(quantity.value);
  if (value === undefined) throw new Error(`NewsQuant gold value is not numeric: ${JSON.stringify(quantity.value)}`);
  return {
    value,
    sortUnit: quantity.normalized_unit,
    unit: quantity.normalized_unit.toLowerCase(),
    // The Recognizers-derived gold files carry only value and unit.
    change: quantity.change ?? "",
    concepts: quantity.referred_concepts === undefined ? [] : splitGoldConcepts(quantity.referred_concepts),
  };
}

/** The paper splits the gold concept string on commas and whitespace. */
export function splitGoldConcepts(concepts: string): string[] {
  return concepts.split(/[,\s]+/);
}

/** partial: a token in common; complete: same length and every gold token shared (case-insensitive). */
export function conceptsMatch(gold: readonly string[], predicted: readonly string[]): { partial: boolean; complete: boolean } {
  const goldLower = gold.map((token) => token.toLowerCase());
  const predictedLower = new Set(predicted.map((token) => token.toLowerCase()));
  const intersection = new Set(goldLower.filter((token) => predictedLower.has(token)));
  return {
    partial: intersection.size > 0,
    complete: intersection.size === goldLower.length && goldLower.length === predicted.length,
  };
}

type Counts = Record<MetricName, number>;

function zeroCounts(): Counts {
  return { value: 0, "value+unit": 0, "value+change": 0, "value+concept_partial": 0, "value+concept_complete": 0 };
}

/** Python's sort order on str (code points); stable like `sorted`. */
function byUnit(a: Comparable, b: Comparable): number {
  return a.sortUnit < b.sortUnit ? -1 : a.sortUnit > b.sortUnit ? 1 : 0;
}

/**
 * The authors' loop, quirks included: both sides sorted by unit; every
 * value-matching prediction earns change/concept credit; value credit is
 * capped at the sentence's gold count; a prediction is consumed only on a
 * value+unit match, which also ends the search for that gold quantity.
 */
function paperCounts(gold: readonly Comparable[], predicted: readonly Comparable[]): Counts {
  const counts = zeroCounts();
  const pool = [...predicted].sort(byUnit);
  let valueCreditsLeft = gold.length;
  for (const goldItem of [...gold].sort(byUnit)) {
    for (let i = 0; i < pool.length; i++) {
      const candidate = pool[i];
      if (!valuesMatch(goldItem.value, candidate.value)) continue;
      if (valueCreditsLeft > 0) {
        counts.value++;
        valueCreditsLeft--;
      }
      if (candidate.change === goldItem.change) counts["value+change"]++;
      const concepts = conceptsMatch(goldItem.concepts, candidate.concepts);
      if (concepts.complete) counts["value+concept_complete"]++;
      if (concepts.partial) counts["value+concept_partial"]++;
      if (candidate.unit === goldItem.unit) {
        counts["value+unit"]++;
        pool.splice(i, 1);
        break;
      }
    }
  }
  return counts;
}

const CRITERIA: Record<MetricName, (gold: Comparable, predicted: Comparable) => boolean> = {
  value: () => true,
  "value+unit": (gold, predicted) => gold.unit === predicted.unit,
  "value+change": (gold, predicted) => gold.change === predicted.change,
  "value+concept_partial": (gold, predicted) => conceptsMatch(gold.concepts, predicted.concepts).partial,
  "value+concept_complete": (gold, predicted) => conceptsMatch(gold.concepts, predicted.concepts).complete,
};

function oneToOneCounts(gold: readonly Comparable[], predicted: readonly Comparable[]): Counts {
  const counts = zeroCounts();
  for (const name of METRIC_NAMES) {
    const edges = gold.map((goldItem) =>
      predicted.flatMap((candidate, j) =>
        valuesMatch(goldItem.value, candidate.value) && CRITERIA[name](goldItem, candidate) ? [j] : [],
      ),
    );
    counts[name] = maximumMatching(edges, predicted.length);
  }
  return counts;
}

/** Size of a maximum bipartite matching; `edges[left]` lists the right nodes it may take. */
export function maximumMatching(edges: readonly (readonly number[])[], rightCount: number): number {
  return maximumMatchingOfRight(edges, rightCount).filter((left) => left >= 0).length;
}

/**
 * Kuhn's augmenting paths (sentences hold a handful of quantities, so O(V·E)
 * is plenty). Returns, for each right node, its left partner or -1.
 */
export function maximumMatchingOfRight(edges: readonly (readonly number[])[], rightCount: number): number[] {
  const matchOfRight = new Array<number>(rightCount).fill(-1);
  const tryAssign = (left: number, visited: boolean[]): boolean => {
    for (const right of edges[left]) {
      if (visited[right]) continue;
      visited[right] = true;
      if (matchOfRight[right] === -1 || tryAssign(matchOfRight[right], visited)) {
        matchOfRight[right] = left;
        return true;
      }
    }
    return false;
  };
  for (let left = 0; left < edges.length; left++) tryAssign(left, new Array<boolean>(rightCount).fill(false));
  return matchOfRight;
}

export function prf(correct: number, goldCount: number, predictedCount: number): Prf {
  const p = predictedCount === 0 ? 0 : correct / predictedCount;
  const r = goldCount === 0 ? 0 : correct / goldCount;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { precision: p * 100, recall: r * 100, f1: f1 * 100, correct };
}
