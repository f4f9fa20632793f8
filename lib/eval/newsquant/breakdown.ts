import { unitFamilyOf, type CqeUnits } from "./cqe-units";
import { decodeValue, decodeValueString, valuesMatch } from "./values";
import type { GoldSentence, NewsQuantOutputQuantity } from "./types";

/** A mapped prediction that remembers where it came from, for error listings. */
export interface TracedPrediction extends NewsQuantOutputQuantity {
  kind: string;
  figure: string;
}

export interface ChangeRow {
  label: string;
  gold: number;
  /** Gold quantities whose value was found (one-to-one). */
  valueFound: number;
  changeCorrect: number;
  /** Predicted label → count, over value-matched pairs with a different label. */
  confusedWith: Record<string, number>;
}

export interface UnitFamilyRow {
  family: string;
  gold: number;
  valueFound: number;
  valueUnitCorrect: number;
  /** value found but unit wrong: "gold unit ← predicted unit" → count. */
  unitMismatches: Record<string, number>;
  /** value not found at all: example gold quantities. */
  missedExamples: string[];
}

export interface FalsePositiveRow {
  kind: string;
  count: number;
  examples: string[];
}

export interface ErrorBreakdown {
  byChange: ChangeRow[];
  byUnitFamily: UnitFamilyRow[];
  falsePositives: FalsePositiveRow[];
}

const MAX_EXAMPLES = 5;

/**
 * Aligns gold and predictions one-to-one per sentence (value+unit pairs
 * first, then value-only pairs, greedily) and tallies what went wrong.
 */
export function buildErrorBreakdown(
  gold: readonly GoldSentence[],
  predictions: readonly (readonly TracedPrediction[])[],
  units: CqeUnits,
): ErrorBreakdown {
  const byChange = new Map<string, ChangeRow>();
  const byFamily = new Map<string, UnitFamilyRow>();
  const falsePositives = new Map<string, FalsePositiveRow>();

  gold.forEach((sentence, sentenceIndex) => {
    const predicted = predictions[sentenceIndex] ?? [];
    const pairs = alignSentence(sentence, predicted);
    const pairedPredictions = new Set(pairs.values());
    sentence.quantities.forEach((quantity, goldIndex) => {
      const match = pairs.has(goldIndex) ? predicted[pairs.get(goldIndex)!] : undefined;
      const label = quantity.change ?? "=";
      const changeRow = getOrAdd(byChange, label, (): ChangeRow => ({ label, gold: 0, valueFound: 0, changeCorrect: 0, confusedWith: {} }));
      changeRow.gold++;
      const family = unitFamilyOf(quantity.normalized_unit, units);
      const familyRow = getOrAdd(byFamily, family, (): UnitFamilyRow => ({
        family,
        gold: 0,
        valueFound: 0,
        valueUnitCorrect: 0,
        unitMismatches: {},
        missedExamples: [],
      }));
      familyRow.gold++;
      if (!match) {
        if (familyRow.missedExamples.length < MAX_EXAMPLES) {
          familyRow.missedExamples.push(`${quantity.value} ${quantity.normalized_unit} in "${snippet(sentence.text)}"`);
        }
        return;
      }
      changeRow.valueFound++;
      familyRow.valueFound++;
      if (match.change === label) changeRow.changeCorrect++;
      else changeRow.confusedWith[match.change] = (changeRow.confusedWith[match.change] ?? 0) + 1;
      if (match.normalized_unit.toLowerCase() === quantity.normalized_unit.toLowerCase()) familyRow.valueUnitCorrect++;
      else {
        const key = `${quantity.normalized_unit} ← ${match.normalized_unit}`;
        familyRow.unitMismatches[key] = (familyRow.unitMismatches[key] ?? 0) + 1;
      }
    });
    predicted.forEach((prediction, predictedIndex) => {
      if (pairedPredictions.has(predictedIndex)) return;
      const row = getOrAdd(falsePositives, prediction.kind, () => ({ kind: prediction.kind, count: 0, examples: [] }));
      row.count++;
      if (row.examples.length < MAX_EXAMPLES) row.examples.push(`"${prediction.figure}" in "${snippet(sentence.text)}"`);
    });
  });

  const byCount = <T extends { gold?: number; count?: number }>(a: T, b: T) =>
    (b.gold ?? b.count ?? 0) - (a.gold ?? a.count ?? 0);
  return {
    byChange: [...byChange.values()].sort(byCount),
    byUnitFamily: [...byFamily.values()].sort(byCount),
    falsePositives: [...falsePositives.values()].sort(byCount),
  };
}

/** gold index → prediction index; each used at most once. */
export function alignSentence(sentence: GoldSentence, predicted: readonly NewsQuantOutputQuantity[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  const goldValues = sentence.quantities.map((quantity) => decodeValueString(quantity.value));
  const predictedValues = predicted.map((quantity) => decodeValue(quantity.value));
  for (const requireUnit of [true, false]) {
    sentence.quantities.forEach((quantity, goldIndex) => {
      if (pairs.has(goldIndex)) return;
      const goldValue = goldValues[goldIndex];
      if (goldValue === undefined) return;
      const found = predicted.findIndex((candidate, index) => {
        const value = predictedValues[index];
        if (used.has(index) || value === undefined || !valuesMatch(goldValue, value)) return false;
        return !requireUnit || candidate.normalized_unit.toLowerCase() === quantity.normalized_unit.toLowerCase();
      });
      if (found >= 0) {
        pairs.set(goldIndex, found);
        used.add(found);
      }
    });
  }
  return pairs;
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function snippet(text: string, max = 110): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
