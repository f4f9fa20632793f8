import { readFileSync } from "node:fs";
import { buildSurfaceIndex, type CqeUnits } from "./cqe-units";
import { normalizeUnitName } from "./unit-names";
import type { GoldSentence, PredictedQuantity, PredictedSentence } from "./types";

export function loadNewsQuantGold(path: string): GoldSentence[] {
  return JSON.parse(readFileSync(path, "utf8")) as GoldSentence[];
}

/** Reads a file written by `--predictions-out` (values as numbers or gold-style strings). */
export function loadNewsQuantPredictions(path: string): PredictedSentence[] {
  const raw = JSON.parse(readFileSync(path, "utf8")) as {
    text: string;
    quantities: { value: number | string; change: string; normalized_unit: string; referred_concepts: string[] }[];
  }[];
  return raw.map((sentence) => ({
    text: sentence.text,
    quantities: sentence.quantities.map((quantity) => ({
      value: quantity.value,
      change: quantity.change,
      normalized_unit: quantity.normalized_unit,
      referred_concepts: quantity.referred_concepts,
    })),
  }));
}

/** `[change, value, unit_surface, unit_normalized, concepts]`, strings with stray spaces; `[]` = none. */
type Gpt3Tuple = [string, string, string, string, string] | [];

/**
 * Reads the authors' GPT-3 predictions and normalizes them like their
 * GPT3Tagger: units lower-cased with a trailing "s" dropped, then mapped to
 * CQE names (our mapping goes through the vocabulary's surfaces, see
 * normalizeGpt3Unit), "+" read as "up", a few filler words dropped from
 * concepts.
 */
export function loadGpt3Predictions(path: string, units: CqeUnits, options: Gpt3UnitOptions = {}): PredictedSentence[] {
  const raw = JSON.parse(readFileSync(path, "utf8")) as { text: string; quantities: Gpt3Tuple[] }[];
  const surfaceIndex = buildSurfaceIndex(units);
  const normalizeUnit = (unit: string) => normalizeGpt3Unit(unit, surfaceIndex, options);
  return raw.map((sentence) => ({
    text: sentence.text,
    quantities: sentence.quantities.flatMap((tuple): PredictedQuantity[] => {
      if (tuple.length === 0) return [];
      const [change, value, , normalizedUnit, concepts] = tuple;
      const trimmedChange = change.trim();
      return [
        {
          value: value.trim(),
          change: trimmedChange === "+" ? "up" : trimmedChange,
          normalized_unit: normalizeUnit(normalizedUnit),
          referred_concepts: concepts
            .trim()
            .split(/[,\s]+/)
            .filter((token) => !GPT3_FILLER_CONCEPTS.has(token)),
        },
      ];
    }),
  }));
}

// The authors drop these tokens from GPT-3 concept lists (case-sensitive, as they do).
const GPT3_FILLER_CONCEPTS = new Set(["of", "the", "a", "He", "total"]);

export interface Gpt3UnitOptions {
  /**
   * Names kept as they are once lower-cased and stripped of a trailing "s"
   * (pass the gold file's unit names to mirror the authors, whose table left
   * such names alone: "square feet", "age").
   */
  knownUnitNames?: ReadonlySet<string>;
  /** The age set: bare time units are ages ("year" → "year of age"), as the authors did. */
  ageSet?: boolean;
}

/**
 * The authors lower-case, drop a trailing "s" and apply a hand-made table of
 * GPT-3 spellings. We don't reuse that table: names they would keep stay
 * (knownUnitNames), the rest go through the vocabulary (normalizeUnitName).
 */
export function normalizeGpt3Unit(
  unit: string,
  surfaceIndex: ReadonlyMap<string, string>,
  options: Gpt3UnitOptions = {},
): string {
  let lower = unit.toLowerCase().trim();
  if (lower.endsWith("s")) lower = lower.slice(0, -1);
  if (options.ageSet && AGE_UNITS.has(lower)) return `${lower} of age`;
  if (options.knownUnitNames?.has(lower)) return lower;
  return normalizeUnitName(unit, surfaceIndex);
}

const AGE_UNITS = new Set(["year", "month", "week", "day"]);
