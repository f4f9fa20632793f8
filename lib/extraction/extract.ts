/**
 * Text → claims: split sentences, skip those that cannot hold a figure, scan
 * the rest (scanner.ts), then give dates written without a year the
 * article's most frequent year and resolve days named relative to its date.
 */
import { dateInterval, daysFromISO, mostFrequentYear, resolveRelativeDay, type DateMatch } from "./dates";
import { datelineLength } from "./dateline";
import { CANDIDATE, scanSentence } from "./scanner";
import { DATELINE } from "./rules";
import { countedNounIn, Scan, type CountedNoun, type ExtractedClaimDraft } from "./scan-state";
import { splitSentences } from "./sentences";
import { tokenize } from "./tokens";
import type { ExtractedClaim, ExtractOptions } from "./types";

/** A date the text writes with its month and year ("April 8, 2012", "May 2021"): not a year alone, a decade or a half of a year. */
function writesMonthAndYear(date: DateMatch | undefined): date is DateMatch & { year: number } {
  return !!date?.year && !date.wholeYear && !date.half;
}

/** Most frequent year among dates written with a month and a year (ties: the latest); a year alone ("in 1999", "the 1930s") is background. */
function inferYear(drafts: ExtractedClaimDraft[]): number | null {
  return mostFrequentYear(drafts.flatMap(({ date }) => (writesMonthAndYear(date) ? [date.year] : [])));
}

/**
 * The day relative day names count back from when the caller gives no
 * publication date: the latest date the text writes in full (day, month and
 * year), which on a news page is its dateline or the day of the events it
 * reports. Null when the text writes none.
 */
function inferReferenceDay(drafts: ExtractedClaimDraft[]): number | null {
  let latest: number | null = null;
  for (const { date } of drafts) {
    if (!writesMonthAndYear(date) || date.lastDays !== undefined || date.dayHigh !== date.dayLow) continue;
    const interval = dateInterval(date, date.year);
    if (interval && (latest === null || interval.low > latest)) latest = interval.low;
  }
  return latest;
}

/** How far after the reference day a date written without its year may lie ("the hearing on May 3") before it is read as last year's. */
const FUTURE_DAYS_ALLOWED = 62;

/**
 * The day interval of a date, its year supplied when the text left it out:
 * the year of the nearest earlier date of the same month written in full
 * ("Sunday, April 8, 2012 ... found on April 9"), else the document's year;
 * and a day then far after the reference day is last year's ("Nov. 30" in
 * an article of January).
 */
function resolveYear(date: DateMatch, index: number, drafts: ExtractedClaimDraft[], fallbackYear: number | null, referenceDay: number | null) {
  if (date.year !== null) return dateInterval(date, date.year);
  if (date.half) return fallbackYear === null ? null : dateInterval(date, fallbackYear);
  for (let k = index - 1; k >= 0; k--) {
    const earlier = drafts[k].date;
    if (writesMonthAndYear(earlier) && earlier.month === date.month) return dateInterval(date, earlier.year);
  }
  if (fallbackYear === null) return null;
  const interval = dateInterval(date, fallbackYear);
  if (interval && referenceDay !== null && interval.low > referenceDay + FUTURE_DAYS_ALLOWED) return dateInterval(date, fallbackYear - 1);
  return interval;
}

/** Dates and times of a dateline or timestamp line are page metadata: their rule id says so (dateline.ts). */
function markDatelines(found: ExtractedClaimDraft[], sentence: string, sentenceStart: number): void {
  if (!found.some((c) => c.kind === "date" || c.kind === "time")) return;
  const length = datelineLength(sentence);
  if (length === 0) return;
  for (const c of found) {
    if ((c.kind === "date" || c.kind === "time") && c.start < sentenceStart + length) c.rule = `${c.rule}.${DATELINE}`;
  }
}

export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  const drafts: ExtractedClaimDraft[] = [];
  let previousCount: CountedNoun | null = null;
  for (const sentence of splitSentences(text)) {
    if (!CANDIDATE.test(sentence.text)) {
      previousCount = null;
      continue;
    }
    const tokens = tokenize(text, sentence.start, sentence.end);
    const found = scanSentence(new Scan(text, sentence, tokens, previousCount));
    // only the sentence right before may name what "the other three" count
    previousCount = countedNounIn(found);
    markDatelines(found, sentence.text, sentence.start);
    drafts.push(...found);
  }
  const fallbackYear = options.referenceYear ?? inferYear(drafts);
  const referenceDay = options.referenceDate && /^\d{4}-\d{2}-\d{2}/.test(options.referenceDate) ? daysFromISO(options.referenceDate.slice(0, 10)) : inferReferenceDay(drafts);
  const claims: ExtractedClaim[] = [];
  for (const [index, d] of drafts.entries()) {
    const { date, ...claim } = d;
    if (date?.relative) {
      // "on Thursday", "yesterday": only with a date of the document to count back from
      const day = referenceDay === null ? null : resolveRelativeDay(date, referenceDay);
      if (day === null) continue;
      claim.low = day;
      claim.high = day;
      claim.value = day;
      claim.precision = 1;
    } else if (date) {
      const interval = resolveYear(date, index, drafts, fallbackYear, referenceDay);
      if (!interval) continue; // a date without any year to anchor it cannot be compared
      claim.low = interval.low;
      claim.high = interval.high;
      claim.value = Math.floor((interval.low + interval.high) / 2);
      claim.precision = interval.high - interval.low + 1;
    }
    claims.push(claim);
  }
  claims.sort((x, y) => x.start - y.start);
  return claims;
}
