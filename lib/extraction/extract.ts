/**
 * Text → claims: split sentences, skip those that cannot hold a figure, scan
 * the rest (scanner.ts), then give dates written without a year the
 * article's most frequent year and resolve days named relative to its date.
 */
import { dateInterval, daysFromISO, mostFrequentYear, resolveRelativeDay } from "./dates";
import { datelineLength } from "./dateline";
import { CANDIDATE, scanSentence } from "./scanner";
import { DATELINE } from "./rules";
import { Scan, type ExtractedClaimDraft } from "./scan-state";
import { splitSentences } from "./sentences";
import { tokenize } from "./tokens";
import type { ExtractedClaim, ExtractOptions } from "./types";

/** Most frequent year among fully written dates (ties: the latest). */
function inferYear(drafts: ExtractedClaimDraft[]): number | null {
  return mostFrequentYear(drafts.flatMap((draft) => (draft.date?.year ? [draft.date.year] : [])));
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
  for (const sentence of splitSentences(text)) {
    if (!CANDIDATE.test(sentence.text)) continue;
    const tokens = tokenize(text, sentence.start, sentence.end);
    const found = scanSentence(new Scan(text, sentence, tokens));
    markDatelines(found, sentence.text, sentence.start);
    drafts.push(...found);
  }
  const fallbackYear = options.referenceYear ?? inferYear(drafts);
  const referenceDay = options.referenceDate && /^\d{4}-\d{2}-\d{2}/.test(options.referenceDate) ? daysFromISO(options.referenceDate.slice(0, 10)) : null;
  const claims: ExtractedClaim[] = [];
  for (const d of drafts) {
    const { date, ...claim } = d;
    if (date?.relative) {
      // "on Thursday", "yesterday": only with the document's own date to count back from
      const day = referenceDay === null ? null : resolveRelativeDay(date, referenceDay);
      if (day === null) continue;
      claim.low = day;
      claim.high = day;
      claim.value = day;
      claim.precision = 1;
    } else if (date) {
      const year = date.year ?? fallbackYear;
      if (year === null) continue; // a date without any year to anchor it cannot be compared
      const interval = dateInterval(date, year);
      if (!interval) continue;
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
