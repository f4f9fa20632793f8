/** Reads a stated range after an amount: "between 10 and 15", "10 to 12 percent", "1.0-1.5", "two or three". */
import { DOWN_WORDS, UP_WORDS } from "../lexicon/words";
import { readAmount } from "./amount";
import { isYearToken } from "./dates";
import { clean } from "./numbers";
import type { Amount, Scan, UnitRead } from "./scan-state";
import { isPluralNoun } from "./subjects";
import { readUnit } from "./unit-reader";

export function readRange(s: Scan, a: Amount, u: UnitRead): { first: number; last: number; low: number; high: number; precision: number; unit: UnitRead } | null {
  const tokens = s.tokens;
  const k = u.last + 1;
  const c = tokens[k];
  if (!c) return null;
  if (tokens[u.last].text === "-") return null; // "a 7- or 8-inch screen": alternatives, not a range
  const before = tokens[a.first - 1]?.lower;
  let first = a.first;
  if (c.lower === "and") {
    if (before !== "between") return null;
    first = a.first - 1;
  } else if (c.lower === "to") {
    // "rose by 14 to 212": a change and a level, not a range
    if (before === "by" || UP_WORDS.has(before ?? "") || DOWN_WORDS.has(before ?? "")) return null;
    if (before === "from") {
      const verb = tokens[a.first - 2]?.lower ?? "";
      if (UP_WORDS.has(verb) || DOWN_WORDS.has(verb)) return null; // "rose from 5% to 7%": two levels
      first = a.first - 1;
    }
  } else if (c.lower === "or") {
    if (!(a.value <= 100 && Number.isInteger(a.value))) return null;
  } else if (!(c.text === "-" || c.text === "–")) {
    return null;
  }
  const b = readAmount(s, k + 1);
  if (!b) return null;
  // "rose 60% in 2018 to 3.9 million": a year, then a level
  if (isYearToken(tokens[a.first]) && a.first === a.last && !a.currency && /^(in|since|by|during|until|of|before|after)$/.test(before ?? "") && !isYearToken(tokens[b.first])) return null;
  const bu = readUnit(s, b);
  let unit = u;
  if (u.kind === "count" && u.last === a.last && bu.kind !== "count") unit = bu;
  else if (bu.kind === "count" && bu.last === b.last && u.kind !== "count") unit = u;
  else if (u.kind !== bu.kind || u.unit !== bu.unit) return null;
  let lowValue = a.value;
  let precision = Math.min(a.precision, b.precision);
  if (!a.scaled && b.scale > 1 && a.value * b.scale < b.value) {
    lowValue = clean(a.value * b.scale);
    precision = clean(a.precision * b.scale);
  }
  if (!(lowValue < b.value)) return null;
  // "2010-2015" is a span of years, unless a plural noun says what is counted ("about 2000 - 2500 calories")
  if (isYearToken(tokens[a.first]) && isYearToken(tokens[b.first]) && unit.kind === "count") {
    const next = tokens[Math.max(bu.last, b.last) + 1];
    const counted = next && next.kind === "word" && isPluralNoun(next.lower) && !/^(from|in|since|between|during|by|until|of)$/.test(before ?? "");
    if (!counted) return null;
  }
  const last = Math.max(bu.last, b.last);
  return { first, last, low: lowValue, high: b.value, precision, unit: { ...unit, last, next: bu.next } };
}
