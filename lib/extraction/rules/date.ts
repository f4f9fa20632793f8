import { parseDateAt, parseRelativeDayAt, parseYearAt } from "../dates";
import { SCALE_WORDS } from "../numbers";
import { isPluralNoun } from "../subjects";
import { CURRENCY_WORDS, MEASURE_UNITS, PERCENT_WORDS, TIME_UNITS } from "../units";
import { isMasked } from "../noise";
import type { Draft, Scan } from "../scan-state";
import { DATELINE, DATELINE_VARIANT, type ClaimRule } from "./rule";

/** A word after a four-digit number that makes it an amount, not a year: "2000 votes", "1500 pounds". */
function isAmountWord(lower: string): boolean {
  return isPluralNoun(lower) || lower === "pound" || !!MEASURE_UNITS[lower] || !!TIME_UNITS[lower] || PERCENT_WORDS.has(lower) || !!CURRENCY_WORDS[lower] || !!SCALE_WORDS[lower];
}

function tryDate(s: Scan, i: number): Draft | null {
  const t = s.tokens[i];
  if (t.kind === "sym") return null;
  const match = parseDateAt(s.tokens, i) ?? parseYearAt(s.tokens, i, isAmountWord) ?? parseRelativeDayAt(s.tokens, i, s.firstWord);
  if (!match) return null;
  for (let k = match.first; k <= match.last; k++) {
    if (s.tokens[k].kind === "num" && isMasked(s.mask, s.tokens[k].start, s.tokens[k].end)) return null;
  }
  const single = match.relative !== undefined || (match.dayHigh !== null && match.dayLow === match.dayHigh && match.lastDays === undefined);
  return {
    first: match.first,
    last: match.last,
    kind: "date",
    value: 0,
    low: null,
    high: null,
    qualifier: single ? "exact" : "range",
    unit: "date",
    subject: null,
    precision: 1,
    change: null,
    date: match,
  };
}

export const dateRule: ClaimRule = {
  id: "date",
  variants: { [`date.${DATELINE}`]: DATELINE_VARIANT },
  description: "A calendar date or span: a day, month, year, season or decade (\"on 3 May 2021\", \"in the 1990s\"), or a day named relative to the article's date (\"on Thursday\").",
  read: (s, i) => tryDate(s, i),
};
