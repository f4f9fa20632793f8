import type { Token } from "./text";
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from "../lexicon/words";

/**
 * Named days as evidence. A crowd or a toll stated "on Monday" and one stated
 * "on Wednesday" in one story are most often two quantities (two protests, two
 * incidents); the same named day on both sides supports one quantity. Days are
 * read from the figure's sentence: the nearest weekday or calendar date, not
 * inside a relative clause that describes something else ("... where the boy
 * was shot on Saturday"). "By Monday", "as of Tuesday" state when a running
 * figure was counted (a toll being updated): such days are as-of times, which
 * time.ts orders, not the day of the event.
 *
 * Also here: datelines. A line that is only a date or time ("Monday 16
 * September 2013 03.31 BST", "Published: 12 March 2013 | Updated: ...") is
 * publication metadata, not a fact about the event.
 */

const monthIndex = (word: string): number => {
  const full = MONTH_NAMES.indexOf(word);
  if (full >= 0) return full;
  const short = MONTH_ABBREVIATIONS.indexOf(word.replace(/\.$/, ""));
  return short < 0 ? -1 : short >= 9 ? short - 1 : short; // "sep" and "sept" are both September
};

/** Words that introduce a clause about something else: a day inside it is not the figure's. */
const RELATIVE = new Set(["where", "who", "whom", "whose", "which"]);
/** Words before a day that make it the time a running figure was counted, not the event's day. */
const AS_OF_WORDS = new Set(["by", "until", "till", "through", "since"]);
/** A day further than this (tokens) from the figure is about another part of the sentence. */
const MAX_DAY_DISTANCE = 20;

export interface NamedDay {
  /** Days since 1970-01-01 when the publication date (or the written date) fixes it. */
  epochDay: number | null;
  /** 0 (Sunday) … 6, when known. */
  weekday: number | null;
  /** "month-day" when a calendar date is written. */
  monthDay: string | null;
  /** Stated as the time a running figure was counted ("by Monday", "as of 6 March"). */
  asOf: boolean;
  /**
   * The day something was made known, not the day of what the figure counts:
   * a disclosure verb stands between the day and the figure ("on Wednesday an
   * autopsy revealed he was hit by seven bullets"). What was disclosed happened
   * on that day or before it.
   */
  disclosed?: boolean;
}

/** Verbs that make a fact known (lemmas): a day before one dates the telling, not the fact told. */
const DISCLOSURE_VERBS = new Set([
  "reveal", "show", "confirm", "disclose", "announce", "find", "say", "report", "state", "tell", "indicate",
  "conclude", "determine", "learn", "establish",
]);

const DAY_MS = 86_400_000;

function epochDayOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

/** The weekday of an epoch day (day 0, 1 January 1970, was a Thursday). */
const weekdayOf = (epochDay: number) => (((epochDay + 4) % 7) + 7) % 7;

interface Mention {
  index: number;
  last: number;
  day: NamedDay;
}

/** Weekday and calendar-date mentions of a tokenized sentence. */
function mentions(tokens: Token[], publishedAt: string | null | undefined): Mention[] {
  const published = epochDayOf(publishedAt);
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].text;
    const asOf = isAsOf(tokens, i);
    const weekday = WEEKDAYS.indexOf(word);
    if (weekday >= 0) {
      // A report tells of past days: the latest such weekday on or before publication.
      const epochDay = published === null ? null : published - ((weekdayOf(published) - weekday + 7) % 7);
      found.push({ index: i, last: i, day: { epochDay, weekday, monthDay: null, asOf } });
      continue;
    }
    const month = monthIndex(word);
    if (month < 0) continue; // "may" the verb is never next to a day number
    const after = tokens[i + 1]?.text ?? "";
    const before = tokens[i - 1]?.text ?? "";
    const dayText = /^\d{1,2}(?:st|nd|rd|th)?$/.test(after) ? after : /^\d{1,2}(?:st|nd|rd|th)?$/.test(before) ? before : null;
    if (dayText === null) continue;
    const dayOfMonth = parseInt(dayText, 10);
    if (dayOfMonth < 1 || dayOfMonth > 31) continue;
    let epochDay: number | null = null;
    if (published !== null) {
      const year = new Date(published * DAY_MS).getUTCFullYear();
      epochDay = Math.floor(Date.UTC(year, month, dayOfMonth) / DAY_MS);
      if (epochDay > published + 1) epochDay = Math.floor(Date.UTC(year - 1, month, dayOfMonth) / DAY_MS);
    }
    const first = dayText === after ? i : i - 1;
    const monthDay = `${month + 1}-${dayOfMonth}`;
    found.push({ index: first, last: first + 1, day: { epochDay, weekday: epochDay === null ? null : weekdayOf(epochDay), monthDay, asOf: isAsOf(tokens, first) } });
    i = first + 1;
  }
  return found;
}

function isAsOf(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]?.text ?? "";
  if (AS_OF_WORDS.has(previous)) return true;
  const two = `${tokens[index - 2]?.text ?? ""} ${previous}`;
  return two === "as of" || two === "as at";
}

/**
 * The named day a figure is stated for: the nearest weekday or date in its
 * sentence, within reach and not across a relative pronoun. Null when the
 * sentence names none ("tonight" and "yesterday" are left alone: they depend
 * on a publication time the texts rarely give precisely).
 */
export function dayOfFigure(tokens: Token[], figureFirst: number, figureLast: number, publishedAt?: string | null): NamedDay | null {
  let best: Mention | null = null;
  let bestDistance = Infinity;
  for (const mention of mentions(tokens, publishedAt)) {
    const [from, to] = mention.last < figureFirst ? [mention.last, figureFirst] : [figureLast, mention.index];
    if (mention.index <= figureLast && mention.last >= figureFirst) continue; // the figure itself is the date
    const distance = to - from;
    if (distance > MAX_DAY_DISTANCE || distance >= bestDistance) continue;
    let crossesRelative = false;
    for (let k = from + 1; k < to; k++) if (RELATIVE.has(tokens[k].text)) crossesRelative = true;
    if (crossesRelative) continue;
    best = mention;
    bestDistance = distance;
  }
  if (!best) return null;
  const [from, to] = best.last < figureFirst ? [best.last, figureFirst] : [figureLast, best.index];
  let disclosed = false;
  // Only a day before the figure dates a telling of it ("on Wednesday an autopsy showed ... seven").
  // The verb must govern the figure's own clause: not one in an aside ("— the day the report showed ... —").
  if (best.last < figureFirst) {
    for (let k = from + 1; k < to; k++) {
      if (tokens[k].clauseBreak) disclosed = false;
      else if (tokens[k].pos === "VERB" && DISCLOSURE_VERBS.has(tokens[k].lemma)) disclosed = true;
    }
  }
  return disclosed ? { ...best.day, disclosed } : best.day;
}

/** Whether two named days are the same day, different days, or cannot be compared. */
export function compareDays(a: NamedDay | null, b: NamedDay | null): "same" | "different" | "unknown" {
  if (!a || !b) return "unknown";
  if (a.epochDay !== null && b.epochDay !== null) return a.epochDay === b.epochDay ? "same" : "different";
  if (a.monthDay !== null && b.monthDay !== null) return a.monthDay === b.monthDay ? "same" : "different";
  if (a.weekday !== null && b.weekday !== null) return a.weekday === b.weekday ? "same" : "different";
  return "unknown";
}

const HEADER_WORDS = new Set([
  "published", "updated", "last", "posted", "edited", "modified", "created", "time", "date", "at", "on",
  "am", "pm", "a", "m", "p", "and", "the", "of", "by", "local", "uhr", "hrs",
]);
const DATE_WORDS = new Set([...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
/** A dateline is short: a header, never a sentence of the report. */
const MAX_DATELINE_CHARS = 120;
/** Capitalised words (a place, an author, a time zone) a dateline may carry besides its date. */
const MAX_DATELINE_NAMES = 3;

/**
 * Whether a sentence is a dateline or timestamp line: a date or time with
 * nothing else but header words ("Published:", "Last updated at"), time zones
 * and at most a few names ("London", "UK"). Any other lower-case word (a verb,
 * a noun) makes it a sentence of the report.
 */
export function isDateline(sentence: string): boolean {
  const text = sentence.trim();
  if (text.length === 0 || text.length > MAX_DATELINE_CHARS || !/\d/.test(text)) return false;
  let names = 0;
  let dateParts = 0;
  for (const match of text.matchAll(/[\p{L}]+|\d+/gu)) {
    const word = match[0];
    const lower = word.toLowerCase();
    if (/^\d+$/.test(word)) {
      dateParts++;
      continue;
    }
    if (DATE_WORDS.has(lower)) {
      dateParts++;
      continue;
    }
    if (HEADER_WORDS.has(lower) || /^(?:st|nd|rd|th|am|pm)$/i.test(word)) continue;
    if (/^[A-Z]{2,5}$/.test(word)) continue; // time zones and country codes: GMT, BST, UK
    if (/^\p{Lu}/u.test(word)) {
      // Capitalised header words ("Published", "UPDATED") were handled above; other names are few at most.
      if (++names > MAX_DATELINE_NAMES) return false;
      continue;
    }
    return false;
  }
  return dateParts >= 2;
}
