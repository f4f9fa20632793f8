import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractClaims } from "../../extraction";
import type { ExtractFn } from "../extractor";
import { buildErrorBreakdown, type ErrorBreakdown, type TracedPrediction } from "./breakdown";
import { loadCqeUnits } from "./cqe-units";
import { loadNewsQuantGold } from "./load";
import { mapClaimsToNewsQuant } from "./map-claims";
import { loadPublishedResults, type PublishedRow } from "./published";
import { scoreNewsQuant } from "./score";
import type { GoldSentence, NewsQuantOutputQuantity, NewsQuantScore, PredictedSentence } from "./types";

/** The five gold files of the CQE evaluation folder; NewsQuant is the default. */
export const NEWSQUANT_SETS = ["NewsQuant", "age-model", "currency-model", "dimension-model", "temperature-model"] as const;
export type NewsQuantSet = (typeof NEWSQUANT_SETS)[number];

export interface RunNewsQuantOptions {
  /** Which gold file to score (`gold/<set>.json`, `published_results/<set>.tsv`). */
  set?: NewsQuantSet;
  /** Write the mapped predictions here, as `[{text, quantities: [{value, change, normalized_unit, referred_concepts}]}]`. */
  predictionsOut?: string;
}

export interface NewsQuantRun {
  set: NewsQuantSet;
  sentences: number;
  paper: NewsQuantScore;
  oneToOne: NewsQuantScore;
  /** CQE's row from the authors' results file (undefined when the file is absent). */
  cqe?: PublishedRow;
  breakdown: ErrorBreakdown;
  /** Sentences on which the extractor threw: scored as if it found nothing. */
  extractorFailures: { text: string; error: string }[];
}

/**
 * Runs the extractor on every NewsQuant sentence and scores it both ways.
 * `dataPath` is the `newsquant-cqe` folder (gold/, resources/, published_results/).
 */
export function runNewsQuant(
  dataPath: string,
  extract: ExtractFn = extractClaims,
  options: RunNewsQuantOptions = {},
): NewsQuantRun {
  const set = options.set ?? "NewsQuant";
  const gold = loadNewsQuantGold(path.join(dataPath, "gold", `${set}.json`));
  const units = loadCqeUnits(path.join(dataPath, "resources", "cqe_unit.json"));
  const extractorFailures: NewsQuantRun["extractorFailures"] = [];
  const traced: TracedPrediction[][] = gold.map((sentence) => {
    let claims: ReturnType<ExtractFn> = [];
    try {
      claims = extract(sentence.text);
    } catch (error) {
      extractorFailures.push({ text: sentence.text, error: String(error) });
    }
    const kept = claims.filter(isNewsQuantQuantity);
    const mapped = mapClaimsToNewsQuant(kept, sentence.text, units);
    return mapped.map((quantity, index) => ({ ...quantity, kind: kept[index].kind, figure: kept[index].figure }));
  });
  const predictions = toPredictedSentences(gold, traced);
  if (options.predictionsOut) writePredictions(options.predictionsOut, gold, traced);

  const publishedPath = path.join(dataPath, "published_results", `${set}.tsv`);
  const cqe = existsSync(publishedPath)
    ? loadPublishedResults(publishedPath).find((row) => row.system === "CQE-Numparser")
    : undefined;
  return {
    set,
    sentences: gold.length,
    paper: scoreNewsQuant(gold, predictions, { matching: "paper" }),
    oneToOne: scoreNewsQuant(gold, predictions, { matching: "one-to-one" }),
    cqe,
    breakdown: buildErrorBreakdown(gold, traced, units),
    extractorFailures,
  };
}

/**
 * What NewsQuant annotates: quantities written with a numeral or a number
 * word. Dates are not in it, nor durations worded with the article alone
 * ("for a century", "a year ago"), which Collate reads because the news
 * references compare them.
 */
function isNewsQuantQuantity(claim: { kind: string; rule?: string }): boolean {
  return claim.kind !== "date" && claim.rule !== "article-duration";
}

function toPredictedSentences(gold: readonly GoldSentence[], traced: TracedPrediction[][]): PredictedSentence[] {
  return gold.map((sentence, index) => ({
    text: sentence.text,
    quantities: traced[index].map((quantity) => ({
      value: quantity.value,
      change: quantity.change,
      normalized_unit: quantity.normalized_unit,
      referred_concepts: quantity.referred_concepts,
    })),
  }));
}

function writePredictions(file: string, gold: readonly GoldSentence[], traced: TracedPrediction[][]): void {
  const out = gold.map((sentence, index) => ({
    text: sentence.text,
    quantities: traced[index].map(
      ({ value, change, normalized_unit, referred_concepts }): NewsQuantOutputQuantity => ({
        value,
        change,
        normalized_unit,
        referred_concepts,
      }),
    ),
  }));
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
}
