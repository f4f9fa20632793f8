/**
 * Vague amounts as intervals. Rule: a plural scale word means "a few to
 * several of that scale": [2·s, 10·s − 1] (hundreds → 200..999,
 * tens of thousands → 20,000..99,999), precision s. Exceptions:
 * dozens → 24..99, scores (of) → 40..99, several X → [3·s, 9·s],
 * a few X → [2·s, 5·s].
 */
import type { Token } from "./tokens";

const PLURAL_SCALES: Record<string, number> = {
  hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};
const SINGULAR_SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

export interface VagueMatch {
  first: number;
  last: number;
  low: number;
  high: number;
  precision: number;
}

export function parseVagueAt(tokens: Token[], i: number): VagueMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== "word") return null;
  const w0 = t.lower;
  const w1 = tokens[i + 1]?.lower;
  const w2 = tokens[i + 2]?.lower ?? "";
  const w3 = tokens[i + 3]?.lower ?? "";

  // "tens of thousands", "hundreds of millions"
  if ((w0 === "tens" || w0 === "hundreds") && w1 === "of" && PLURAL_SCALES[w2] && PLURAL_SCALES[w2] >= 1e3) {
    const s = PLURAL_SCALES[w2] * (w0 === "tens" ? 10 : 100);
    return { first: i, last: i + 2, low: 2 * s, high: 10 * s - 1, precision: s };
  }
  if (PLURAL_SCALES[w0]) {
    const s = PLURAL_SCALES[w0];
    return { first: i, last: i, low: 2 * s, high: 10 * s - 1, precision: s };
  }
  if (w0 === "dozens") return { first: i, last: i, low: 24, high: 99, precision: 12 };
  if (w0 === "scores" && w1 === "of") return { first: i, last: i, low: 40, high: 99, precision: 20 };
  if (w0 === "several" && w1 && SINGULAR_SCALES[w1]) {
    const s = SINGULAR_SCALES[w1];
    return { first: i, last: i + 1, low: 3 * s, high: 9 * s, precision: s };
  }
  if (w0 === "a" && w1 === "few" && SINGULAR_SCALES[w2] && !SINGULAR_SCALES[w3]) {
    const s = SINGULAR_SCALES[w2];
    return { first: i, last: i + 2, low: 2 * s, high: 5 * s, precision: s };
  }
  return null;
}
