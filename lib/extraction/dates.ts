/**
 * Calendar dates: "August 31, 2021", "Aug. 10, 2021", "by September 11",
 * "Monday 16 September 2013", "August 2021", and month periods with a
 * modifier ("end of August", "early May", "mid-July").
 *
 * A year after a temporal preposition ("in 1999", "since late 2007") is the
 * whole year: outlets disagree on years of past events too, and reference
 * annotators count them, and so are decades ("the early 2000s") and years
 * modifying a noun ("a 1998 conviction"). Bare month names ("in July") are not emitted.
 * Month periods: early = days 1–10, mid = 11–20, late = 21–end,
 * beginning/start of = first 7 days, end of = last 7 days (Aug 25–31).
 */
import { MONTH_INDEX, WEEKDAYS } from "../lexicon/words";
import { adjacent, type Token } from "./tokens";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 UTC → "YYYY-MM-DD". */
export function dateISO(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** The year seen most often (ties: the latest), or null when there is none. */
export function mostFrequentYear(years: Iterable<number>): number | null {
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}

/** Minutes after midnight (how "time" claims store a clock time) → "HH:MM", wrapping past midnight. */
export function clockTime(minutes: number): string {
  const whole = ((Math.round(minutes) % 1440) + 1440) % 1440;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}

/** "YYYY-MM-DD" → days since 1970-01-01 UTC. */
export function daysFromISO(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function daysFromParts(year: number, monthIndex: number, day: number): number {
  return Date.UTC(year, monthIndex, day) / DAY_MS;
}

export function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Month names and abbreviations to the month index (January is 0). */
export const MONTHS = MONTH_INDEX;

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);

/** A date found in tokens; the year may be unknown until the document is seen. */
export interface DateMatch {
  first: number;
  last: number;
  year: number | null;
  month: number;
  /** Inclusive day range; null high day = end of month (needs the year). */
  dayLow: number;
  dayHigh: number | null;
  /** "end of August" style periods: measure from the end of the month. */
  lastDays?: number;
  /** A year on its own ("in 1999"): the whole year, January 1 to December 31. */
  wholeYear?: boolean;
  /** Whole years from `year` on, for a decade or part of one ("the 1930s": 10, "the early 2000s": 4). */
  years?: number;
  /** A half of the year ("the second half of 2012"): January–June or July–December. */
  half?: 1 | 2;
  /**
   * A day named relative to the document's date ("on Thursday", "yesterday",
   * "last Friday"): resolved against `ExtractOptions.referenceDate`, dropped
   * without one. `weekday` 0 = Sunday; `daysBack` counts from the reference day.
   */
  relative?: { weekday: number; strict: boolean } | { daysBack: number };
}

function monthAt(tokens: Token[], i: number): { month: number; last: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== "word") return null;
  const month = MONTHS[t.lower];
  if (month === undefined) return null;
  // Abbreviations may carry a period: "Aug." (not "May." which is the full name).
  const dotted = t.lower.length <= 4 && t.lower !== "june" && t.lower !== "july" && t.lower !== "may" && tokens[i + 1]?.text === "." && adjacent(t, tokens[i + 1]);
  const last = dotted ? i + 1 : i;
  // Month names must be capitalised ("may" is a verb, "march" a noun), except in lower-cased
  // text before a day, where only those two stay ambiguous: "oct. 13", "june 5".
  if (t.text[0] !== t.text[0].toUpperCase()) {
    const day = tokens[last + 1];
    if (t.lower === "may" || t.lower === "march" || (!dotted && t.lower.length <= 4 && t.lower !== "june" && t.lower !== "july")) return null;
    if (!day || day.kind !== "num" || !/^\d{1,2}$/.test(day.text) || Number(day.text) > 31) return null;
  }
  return { month, last };
}

function dayAt(tokens: Token[], i: number): { day: number; last: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== "num" || !/^\d{1,2}$/.test(t.text)) return null;
  const day = Number(t.text);
  if (day < 1 || day > 31) return null;
  const suffix = tokens[i + 1];
  if (suffix && adjacent(t, suffix) && /^(st|nd|rd|th)$/.test(suffix.lower)) return { day, last: i + 1 };
  // "10:30", "10-12", "10km": not a day
  if (suffix && adjacent(t, suffix) && (suffix.kind === "word" || suffix.text === ":")) return null;
  return { day, last: i };
}

export function isYearToken(t: Token | undefined): boolean {
  return !!t && t.kind === "num" && /^\d{4}$/.test(t.text) && Number(t.text) >= 1000 && Number(t.text) <= 2999;
}

function yearAfter(tokens: Token[], i: number): { year: number; last: number } | null {
  // optional comma: "August 31, 2021"
  let j = i;
  if (tokens[j]?.text === ",") j++;
  const t = tokens[j];
  if (!isYearToken(t)) return null;
  const next = tokens[j + 1];
  if (next && adjacent(t, next) && next.kind === "word") return null; // "2000s"
  return { year: Number(t.text), last: j };
}

/** Prepositions that make a bare four-digit number a year of an event ("in 1999", "until 1997"). */
const YEAR_PREPOSITIONS = new Set(["in", "since", "until", "till", "during", "before", "after", "by"]);
/** Words that may stand between the preposition and the year ("since late 2007"). */
const YEAR_PERIOD_WORDS = new Set(["early", "late", "mid"]);

/**
 * A year on its own as the time of an event: after a temporal preposition,
 * perhaps through early/late/mid ("a 1998 conviction" and "in the 2012 shooting"
 * have no preposition right before the year). Its interval is the whole year.
 */
function bareYearAt(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  if (!isYearToken(t)) return null;
  let k = i - 1;
  if (tokens[k] && YEAR_PERIOD_WORDS.has(tokens[k].lower)) k--;
  if (!tokens[k] || !YEAR_PREPOSITIONS.has(tokens[k].lower)) return null;
  const next = tokens[i + 1];
  if (next && adjacent(t, next) && next.kind === "word") return null; // "1930s", "2012-style"
  return { first: i, last: i, year: Number(t.text), month: 0, dayLow: 1, dayHigh: null, wholeYear: true };
}

/** Years a decade's part spans: "the early 1990s" 1990–1993, "mid" 1994–1996, "late" 1997–1999. */
const DECADE_PARTS: Record<string, { offset: number; years: number }> = { early: { offset: 0, years: 4 }, mid: { offset: 4, years: 3 }, late: { offset: 7, years: 3 } };
/** Determiners before a year that modifies a noun ("the 2012 shooting", "a 1998 conviction"). */
const YEAR_DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "that", "this"]);
/** Years a modifier may name: a four-digit number before a noun outside this span is rather an amount ("a 1500 horsepower engine"). */
const MODIFIER_YEARS = { from: 1900, to: 2100 };

/**
 * A decade: "the 1930s", "the mid 1930's", "the early 2000s", "in the late
 * 1990s". A four-digit year ending in 0 with a glued "s", after "the" (or a
 * part of the decade after it). The whole years it spans.
 */
function decadeAt(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  if (!isYearToken(t) || !t.text.endsWith("0")) return null;
  let last = i + 1;
  if ((tokens[last]?.text === "'" || tokens[last]?.text === "’") && adjacent(tokens[last - 1], tokens[last])) last++;
  if (tokens[last]?.lower !== "s" || !adjacent(tokens[last - 1], tokens[last])) return null;
  const part = DECADE_PARTS[tokens[i - 1]?.lower.replace(/-$/, "") ?? ""];
  const determiner = tokens[part ? i - 2 : i - 1]?.lower;
  if (determiner !== "the") return null;
  const first = part ? i - 1 : i;
  const year = Number(t.text) + (part?.offset ?? 0);
  return { first, last, year, month: 0, dayLow: 1, dayHigh: null, wholeYear: true, years: part?.years ?? 10 };
}

/**
 * A year modifying a noun: "in the 2012 shooting death", "a 1998 assault
 * conviction": after a determiner, before a singular word (a plural or a
 * unit after it makes it an amount: "the 2000 votes", "a 2000 pound bomb").
 */
function modifierYearAt(tokens: Token[], i: number, isAmountWord: (lower: string) => boolean): DateMatch | null {
  const t = tokens[i];
  if (!isYearToken(t) || !YEAR_DETERMINERS.has(tokens[i - 1]?.lower ?? "")) return null;
  const year = Number(t.text);
  if (year < MODIFIER_YEARS.from || year > MODIFIER_YEARS.to) return null;
  const next = tokens[i + 1];
  if (!next || next.kind !== "word" || adjacent(t, next) || next.text !== next.lower || isAmountWord(next.lower)) return null;
  return { first: i, last: i, year, month: 0, dayLow: 1, dayHigh: null, wholeYear: true };
}

/**
 * A half of a year: "the second half of 2012", "in the first half of this
 * year", "the second half of the year" (the document's year).
 */
function halfYearAt(tokens: Token[], i: number): DateMatch | null {
  const ordinal = tokens[i]?.lower;
  if ((ordinal !== "first" && ordinal !== "second") || tokens[i - 1]?.lower !== "the" || tokens[i + 1]?.lower !== "half" || tokens[i + 2]?.lower !== "of") return null;
  const half = ordinal === "first" ? 1 : 2;
  const yearToken = tokens[i + 3];
  if (isYearToken(yearToken)) return { first: i - 1, last: i + 3, year: Number(yearToken.text), month: 0, dayLow: 1, dayHigh: null, half };
  if (/^(this|the)$/.test(yearToken?.lower ?? "") && tokens[i + 4]?.lower === "year") return { first: i - 1, last: i + 4, year: null, month: 0, dayLow: 1, dayHigh: null, half };
  return null;
}

/** A year standing alone as the time of an event, a decade, a half of a year, or a year modifying a noun. */
export function parseYearAt(tokens: Token[], i: number, isAmountWord: (lower: string) => boolean): DateMatch | null {
  return bareYearAt(tokens, i) ?? decadeAt(tokens, i) ?? halfYearAt(tokens, i) ?? modifierYearAt(tokens, i, isAmountWord);
}

const PERIOD_MODIFIERS: Array<{ words: string[]; low: number; high: number | null; lastDays?: number }> = [
  { words: ["end", "of"], low: 0, high: null, lastDays: 7 },
  { words: ["beginning", "of"], low: 1, high: 7 },
  { words: ["start", "of"], low: 1, high: 7 },
  { words: ["middle", "of"], low: 11, high: 20 },
  { words: ["early"], low: 1, high: 10 },
  { words: ["mid", "-"], low: 11, high: 20 },
  { words: ["mid"], low: 11, high: 20 },
  { words: ["late"], low: 21, high: null },
];

/** Try to read a date starting at tokens[i]. */
export function parseDateAt(tokens: Token[], i: number): DateMatch | null {
  let first = i;
  let j = i;
  // Optional weekday: "Monday 16 September 2013", "Monday, September 16".
  if (tokens[j]?.kind === "word" && WEEKDAY_SET.has(tokens[j].lower)) {
    j++;
    if (tokens[j]?.text === ",") j++;
    const inner = parseDateAt(tokens, j);
    if (inner && inner.lastDays === undefined && inner.dayHigh !== null && inner.dayLow === inner.dayHigh) {
      return { ...inner, first };
    }
    return null;
  }

  // Period modifier + month: "end of August", "early May 2021", "mid-July".
  for (const mod of PERIOD_MODIFIERS) {
    if (mod.words.every((w, k) => tokens[i + k]?.lower === w)) {
      const m = monthAt(tokens, i + mod.words.length);
      if (!m) continue;
      const y = yearAfter(tokens, m.last + 1);
      return {
        first,
        last: y ? y.last : m.last,
        year: y ? y.year : null,
        month: m.month,
        dayLow: mod.low,
        dayHigh: mod.high,
        lastDays: mod.lastDays,
      };
    }
  }

  // Month Day[, Year]  |  Month Year
  const m = monthAt(tokens, j);
  if (m) {
    const d = dayAt(tokens, m.last + 1);
    if (d) {
      // "Sept. 20-24": a span of days in one month
      const span = daySpanEnd(tokens, d.last, d.day);
      // "August 31, 2021" but not "July 3, another group"
      const y = yearAfter(tokens, (span?.last ?? d.last) + 1);
      return { first, last: y ? y.last : span?.last ?? d.last, year: y ? y.year : null, month: m.month, dayLow: d.day, dayHigh: span?.day ?? d.day };
    }
    const y = yearAfter(tokens, m.last + 1);
    // "February 2003", "February, 2003"; not "July, 2,000 people".
    if (y && (tokens[m.last + 1]?.text !== "," || y.last === m.last + 2)) {
      return { first, last: y.last, year: y.year, month: m.month, dayLow: 1, dayHigh: null };
    }
    return null;
  }

  // Day Month [Year]: "16 September 2013", "3rd of July", "18-22 October"
  const d = dayAt(tokens, j);
  if (d) {
    const span = daySpanEnd(tokens, d.last, d.day);
    let k = (span?.last ?? d.last) + 1;
    if (tokens[k]?.lower === "of" && d.last > j) k++; // only "3rd of July"
    const m2 = monthAt(tokens, k);
    if (m2) {
      const y = yearAfter(tokens, m2.last + 1);
      return { first, last: y ? y.last : m2.last, year: y ? y.year : null, month: m2.month, dayLow: d.day, dayHigh: span?.day ?? d.day };
    }
  }
  return null;
}

/** "20-24" after a day: the later day of a span written with a dash glued to both days. */
function daySpanEnd(tokens: Token[], dayLast: number, low: number): { day: number; last: number } | null {
  const dash = tokens[dayLast + 1];
  if (!dash || (dash.text !== "-" && dash.text !== "–") || !adjacent(tokens[dayLast], dash)) return null;
  const high = dayAt(tokens, dayLast + 2);
  if (!high || !adjacent(dash, tokens[dayLast + 2]) || high.day <= low) return null;
  return high;
}

const WEEKDAY_INDEX: Readonly<Record<string, number>> = Object.fromEntries(WEEKDAYS.map((day, index) => [day, index]));

/**
 * A day named relative to the document's date: "on Thursday", "said Thursday",
 * "last Friday", "Thursday night", "yesterday", "today". A weekday is the latest such
 * day on or before the reference date ("last Friday": strictly before).
 * Not plurals or habits ("on Thursdays", "every Monday"), the future ("next
 * Monday", "this coming Friday"), named days ("Black Friday", "Super Tuesday")
 * or a weekday heading a calendar date (read by `parseDateAt`).
 */
export function parseRelativeDayAt(tokens: Token[], i: number, firstWord: number): DateMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== "word") return null;
  // ("yesterday's", "today's world" are one token each, and no day)
  if (t.lower === "yesterday" || t.lower === "today") {
    // "today" is the day only as an adverb of the clause ("died today"), not "until today" or "the firms of today"
    if (t.lower === "today" && /^(until|till|of|to|from|since)$/.test(tokens[i - 1]?.lower ?? "")) return null;
    // "USA TODAY" is a name; a sentence opened by "Today," sets the present against the past ("nowadays")
    if (t.text.length > 1 && t.text === t.text.toUpperCase()) return null;
    if (t.lower === "today" && i === firstWord && tokens[i + 1]?.text === ",") return null;
    return { first: i, last: i, year: null, month: 0, dayLow: 0, dayHigh: 0, relative: { daysBack: t.lower === "today" ? 0 : 1 } };
  }
  // "Monday's violence" names that Monday; the tokenizer keeps the possessive inside the word
  const weekday = WEEKDAY_INDEX[t.lower.replace(/['’]s$/, "")];
  if (weekday === undefined || t.text[0] !== t.text[0].toUpperCase()) return null;
  const prev = tokens[i - 1];
  if (prev && /^(every|each|next|this|coming|until|till|by|before|from|a|an)$/.test(prev.lower)) return null; // "on a Tuesday" is any Tuesday
  // "Black Friday", "Super Tuesday", "Ash Wednesday": a capitalised word before names the day
  if (prev && prev.kind === "word" && i - 1 !== firstWord && prev.text[0] !== prev.text[0].toLowerCase() && !/^(on|last|late|early)$/i.test(prev.text)) return null;
  const strict = prev?.lower === "last";
  return { first: strict ? i - 1 : i, last: i, year: null, month: 0, dayLow: 0, dayHigh: 0, relative: { weekday, strict } };
}

/** The day (days since epoch) a relative match names, counted back from `referenceDay`. */
export function resolveRelativeDay(match: DateMatch, referenceDay: number): number | null {
  const rel = match.relative;
  if (!rel) return null;
  if ("daysBack" in rel) return referenceDay - rel.daysBack;
  // 1970-01-01 was a Thursday (weekday 4)
  const refWeekday = (((referenceDay + 4) % 7) + 7) % 7;
  let back = (refWeekday - rel.weekday + 7) % 7;
  if (back === 0 && rel.strict) back = 7;
  return referenceDay - back;
}

/** Resolve a match to a [low, high] day interval once its year is known. */
export function dateInterval(match: DateMatch, year: number): { low: number; high: number } | null {
  if (match.half) return { low: daysFromParts(year, match.half === 1 ? 0 : 6, 1), high: daysFromParts(year, match.half === 1 ? 5 : 11, match.half === 1 ? 30 : 31) };
  if (match.wholeYear) return { low: daysFromParts(year, 0, 1), high: daysFromParts(year + (match.years ?? 1) - 1, 11, 31) };
  const monthDays = daysInMonth(year, match.month);
  let lowDay = match.dayLow;
  let highDay = match.dayHigh ?? monthDays;
  if (match.lastDays !== undefined) {
    lowDay = monthDays - match.lastDays + 1;
    highDay = monthDays;
  }
  if (lowDay > monthDays || highDay > monthDays) return null; // "February 30"
  return { low: daysFromParts(year, match.month, lowDay), high: daysFromParts(year, match.month, highDay) };
}
