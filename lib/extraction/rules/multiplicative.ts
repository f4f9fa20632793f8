/**
 * How many times something happened, worded as a multiplicative adverb:
 * "shot him twice in the head", "was arrested thrice". A count in times.
 * Not a ratio ("twice as many", "twice the size") or a frequency ("twice a
 * day", "twice weekly"), which compare or rate rather than count.
 */
import type { Draft, Scan } from "../scan-state";
import { RATE_MARKERS } from "../../lexicon/words";
import type { ClaimRule } from "./rule";

const MULTIPLICATIVES: Readonly<Record<string, number>> = { twice: 2, thrice: 3 };

function tryMultiplicative(s: Scan, i: number): Draft | null {
  const t = s.tokens[i];
  const times = MULTIPLICATIVES[t.lower];
  if (times === undefined || t.text !== t.lower) return null;
  const next = s.tokens[i + 1]?.lower ?? "";
  if (/^(as|the|that|this|his|her|its|their|a|an|per|over|more|less|what)$/.test(next) || RATE_MARKERS.has(next)) return null;
  return { first: i, last: i, kind: "count", value: times, low: times, high: times, qualifier: "exact", unit: "time", subject: null, precision: 1, change: null };
}

export const multiplicativeRule: ClaimRule = {
  id: "multiplicative",
  description: "How many times something happened, worded \"twice\" or \"thrice\" (not \"twice as many\" or \"twice a day\").",
  read: (s, i) => tryMultiplicative(s, i),
};
