// Publication dates become "YYYY-MM-DD" calendar dates, as the source states
// them (no time-zone shift: "2013-09-09T01:30+02:00" stays the 9th).

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

const monthNumber = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * Finds a full calendar date in free text: ISO ("2013-09-09"), "September 16, 2013",
 * "Sat Nov 12 2011", "16 Sep 2013", "15/09/2013" (only when day and month are unambiguous).
 */
export function parseLooseDate(text: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i").exec(text);
  if (monthFirst) return isoDate(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i").exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  const numeric = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (first > 12 && second <= 12) return isoDate(year, second, first);
    if (second > 12 && first <= 12) return isoDate(year, first, second);
  }
  return null;
}

/** A metadata value (ISO timestamp or a written date) as "YYYY-MM-DD". */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const written = parseLooseDate(trimmed);
  if (written) return written;
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

const DATELINE_PREFIX = /^(?:published|updated|last updated|posted|date|pub(?:lished)? date)(?: on)?\s*:?\s*/i;
const DATE_WORDS = new RegExp(
  `\\b(?:${MONTH}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?|\\d+(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?|am|pm|[a-z]{2,4}t|utc|ist|uk)(?=\\W|$)`,
  "gi",
);
const MAX_OTHER_WORDS = 4;

/** Words on the line that are not part of a date or time: a dateline has few. */
function otherWords(line: string): number {
  return line.replace(DATE_WORDS, " ").split(/[^\p{L}]+/u).filter(Boolean).length;
}

/**
 * A short line near the top that is mostly a date, such as "Updated: November 11, 2011 18:50 IST"
 * or "PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: ...". The first one found wins.
 */
export function findDateline(lines: string[]): string | null {
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed.length === 0 || trimmed.length > 100 || otherWords(trimmed) > MAX_OTHER_WORDS) continue;
    const date = parseLooseDate(trimmed.replace(DATELINE_PREFIX, ""));
    if (date) return date;
  }
  return null;
}
