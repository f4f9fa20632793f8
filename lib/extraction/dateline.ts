/**
 * Datelines and timestamp lines: "Monday 16 September 2013 03.31 BST",
 * "Updated: 12 March 2013 | 9:36 am", "By Jane Roe, Staff Reporter 9:36 am".
 * They say when the page was published or updated: page metadata, not a
 * fact of the report. Their dates and times are still read (an analyst may
 * compare when outlets published), but marked (rule variant ".dateline") so
 * that they are never taken for the time of the event.
 *
 * The test is by the words of the line: a date or time with nothing else but
 * header words ("Published", "Last updated at"), time zones, separators and a
 * few names (a place, an agency, the author after "By"). Any other lower-case
 * word (a verb, a noun) makes it a sentence of the report. A sentence that
 * opens with such a line before a dash or colon ("LONDON 03.31 BST – Police
 * said ...") has it as a prefix, when the prefix holds a time zone or a
 * "Published"/"Updated" header.
 */
import { CALENDAR_WORDS, DATELINE_WORDS, MONTH_ABBREVIATIONS, TIMESTAMP_HEADERS, TIME_ZONES, WEEKDAY_ABBREVIATIONS } from "../lexicon/words";

/** A dateline is short: a header, never a paragraph. */
const MAX_CHARS = 120;
/** Capitalised words (place, agency, outlet) a dateline may carry besides its date. */
const MAX_NAMES = 3;
/** A byline ("By Jane Roe and John Doe, Staff Reporters") names its authors. */
const MAX_BYLINE_NAMES = 8;

const DATE_WORDS = new Set([...CALENDAR_WORDS, ...MONTH_ABBREVIATIONS, ...WEEKDAY_ABBREVIATIONS]);

interface LineWords {
  dateParts: number;
  zones: number;
  headers: number;
}

/** The words of a candidate line, or null when one of them belongs to a sentence. */
function readLine(text: string): LineWords | null {
  if (text.length === 0 || text.length > MAX_CHARS || !/\d/.test(text)) return null;
  const byline = /^by\s+\p{Lu}/iu.test(text) || /[|•,]\s*by\s+\p{Lu}/iu.test(text);
  const result: LineWords = { dateParts: 0, zones: 0, headers: 0 };
  let names = 0;
  for (const match of text.matchAll(/\p{L}+|\d+/gu)) {
    const word = match[0];
    const lower = word.toLowerCase();
    // "9am", "16th": a suffix glued to its number
    const gluedToDigit = match.index > 0 && /\d/.test(text[match.index - 1]);
    if (/^\d+$/.test(word) || DATE_WORDS.has(lower)) {
      result.dateParts++;
      continue;
    }
    if (gluedToDigit && /^(?:st|nd|rd|th|am|pm|h)$/i.test(word)) continue;
    if (TIME_ZONES.has(word)) {
      result.zones++;
      continue;
    }
    if (DATELINE_WORDS.has(lower)) {
      if (TIMESTAMP_HEADERS.has(lower)) result.headers++;
      continue;
    }
    if (/^\p{Lu}/u.test(word)) {
      if (++names > (byline ? MAX_BYLINE_NAMES : MAX_NAMES)) return null;
      continue;
    }
    return null;
  }
  return result.dateParts >= 2 ? result : null;
}

/** A line that opens a sentence: up to a spaced dash or a colon after it. */
const PREFIX_END = /\s[-–—]+\s|:\s/g;

/**
 * How much of a sentence (from its start, in characters) is dateline or
 * timestamp: all of it, a prefix before a dash or colon, or 0.
 */
export function datelineLength(sentence: string): number {
  const text = sentence.trimEnd();
  if (readLine(text.trim())) return sentence.length;
  PREFIX_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PREFIX_END.exec(text)) && m.index <= MAX_CHARS) {
    const head = readLine(text.slice(0, m.index).trim());
    if (head && (head.zones > 0 || head.headers > 0)) return m.index;
  }
  return 0;
}
