/** CQE's change labels (NewsQuant `change` field). */
export type ChangeLabel = "=" | "~" | ">" | "<" | "up" | "down";

export const CHANGE_LABELS: readonly ChangeLabel[] = ["=", "~", ">", "<", "up", "down"];

/** One gold quantity as stored in NewsQuant.json: every field is a string. */
export interface GoldQuantity {
  value: string;
  unit: string;
  normalized_unit: string;
  /** Absent in the Recognizers-derived files (value and unit only). */
  change?: string;
  referred_concepts?: string;
}

export interface GoldSentence {
  text: string;
  quantities: GoldQuantity[];
}

/**
 * One predicted quantity in CQE's schema, as a scorer input.
 * `value` is a number, a [low, high] range, or a string in the gold format
 * ("1.0-1.5", "-3", "1.99E-29"); a string that is not numeric is skipped.
 */
export interface PredictedQuantity {
  value: number | [number, number] | string;
  normalized_unit: string;
  change: string;
  referred_concepts: string[];
}

export interface PredictedSentence {
  text: string;
  quantities: PredictedQuantity[];
}

/** A quantity as written by `--predictions-out` (the gold value notation). */
export interface NewsQuantOutputQuantity {
  value: number | string;
  change: ChangeLabel;
  normalized_unit: string;
  referred_concepts: string[];
}

export type MetricName = "value" | "value+unit" | "value+change" | "value+concept_partial" | "value+concept_complete";

export const METRIC_NAMES: readonly MetricName[] = [
  "value",
  "value+unit",
  "value+change",
  "value+concept_partial",
  "value+concept_complete",
];

export interface Prf {
  /** Percentages, unrounded. */
  precision: number;
  recall: number;
  f1: number;
  correct: number;
}

export interface NewsQuantScore {
  matching: Matching;
  goldCount: number;
  predictedCount: number;
  /** Predicted quantities whose value is not a number: counted in predictedCount, never correct. */
  skippedPredictions: number;
  metrics: Record<MetricName, Prf>;
}

export type Matching = "paper" | "one-to-one";
