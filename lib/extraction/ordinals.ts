/**
 * Ordinals of events as ranks: "the fifth successful anti-piracy operation"
 * → 5 (unit "operation"), "its 12th straight win" → 12 (unit "win").
 *
 * Only an ordinal after a determiner or possessive and before a noun phrase.
 * Not: "first" (too often rhetoric: "the first step", "for the first time"),
 * list markers ("Second, ..."), superlatives ("the second-largest", "the
 * third biggest"), parts and periods ("the third quarter", "the second
 * half", "the 21st century"), "the fifth of May", and names ("Fifth
 * Avenue", "the 82nd Airborne": capitalised after the ordinal).
 */
import { adjacent, type Token } from "./tokens";

export const ORDINAL_WORDS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const DETERMINERS = /^(the|its|their|his|her|our|my|your|this|that|[a-z]+['’]s)$/;
/** Nouns after an ordinal that name a part, a period or a place in a list, not an event. */
const NOT_EVENTS = new Set([
  "century", "centuries", "half", "quarter", "day", "week", "month", "year", "decade", "millennium", "hour", "minute",
  "largest", "biggest", "highest", "lowest", "most", "least", "best", "worst", "smallest", "richest", "oldest", "youngest",
  "one", "ones", "of", "and", "or", "to", "in", "on", "at", "for", "with", "than", "is", "was", "time's",
]);

export interface OrdinalMatch {
  first: number;
  last: number;
  value: number;
}

/** An ordinal at tokens[i] ("fifth", "twenty-first", "5th"), or null. */
export function parseOrdinalAt(tokens: Token[], i: number): OrdinalMatch | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "word") {
    if (t.text[0] !== t.lower[0]) return null; // "Fifth Avenue", or a sentence-initial list marker
    if (ORDINAL_WORDS[t.lower] !== undefined) return { first: i, last: i, value: ORDINAL_WORDS[t.lower] };
    if (TENS[t.lower] !== undefined && tokens[i + 1]?.text === "-" && adjacent(t, tokens[i + 1]) && adjacent(tokens[i + 1], tokens[i + 2])) {
      const ones = tokens[i + 2].lower === "first" ? 1 : ORDINAL_WORDS[tokens[i + 2].lower];
      if (ones !== undefined && ones < 10) return { first: i, last: i + 2, value: TENS[t.lower] + ones };
    }
    return null;
  }
  if (t.kind === "num" && /^\d{1,3}$/.test(t.text)) {
    const suffix = tokens[i + 1];
    if (!suffix || !adjacent(t, suffix) || !/^(st|nd|rd|th)$/.test(suffix.lower)) return null;
    return { first: i, last: i + 1, value: Number(t.text) };
  }
  return null;
}

/** A rank: an ordinal after a determiner, before a lower-case noun phrase that names an event or item. */
export function isRankContext(tokens: Token[], m: OrdinalMatch): boolean {
  if (m.value < 2) return false;
  const prev = tokens[m.first - 1];
  if (!prev || !DETERMINERS.test(prev.lower)) return false;
  const next = tokens[m.last + 1];
  if (!next || next.kind !== "word") return false; // "the fifth.", "the second-largest"
  if (next.text[0] !== next.lower[0]) return false; // "the 82nd Airborne", "the Fifth Fleet"
  if (NOT_EVENTS.has(next.lower) || /est$/.test(next.lower)) return false;
  return true;
}
