// Finds a gold quote in a stored document text. The ingest layer cleans text
// (line endings, trailing spaces, blank lines), so quotes are searched verbatim
// first, then with whitespace collapsed, then ignoring whitespace, quote-mark
// and dash styles and case.
import type { QuoteSearch } from "./types";

export interface Span {
  start: number;
  end: number;
}

export interface QuoteHit {
  spans: Span[];
  search: QuoteSearch;
}

/** A projection of a text with a map from each kept character back to its offset. */
interface Projection {
  chars: string;
  offsets: number[];
}

const QUOTE_MARKS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u2032": "'",
  "`": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u00A0": " ",
};

function project(text: string, mode: "whitespace" | "loose"): Projection {
  const chars: string[] = [];
  const offsets: number[] = [];
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    if (mode === "loose") ch = (QUOTE_MARKS[ch] ?? ch).toLowerCase();
    if (/\s/.test(ch)) {
      // "loose" drops whitespace entirely (spacing around punctuation was rebuilt by rules).
      if (mode === "loose" || previousSpace) continue;
      ch = " ";
      previousSpace = true;
    } else {
      previousSpace = false;
    }
    chars.push(ch);
    offsets.push(i);
  }
  return { chars: chars.join(""), offsets };
}

function allIndexes(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function searchProjected(text: string, quote: string, mode: "whitespace" | "loose"): Span[] {
  const haystack = project(text, mode);
  const needle = project(quote, mode).chars.trim();
  return allIndexes(haystack.chars, needle).map((at) => ({
    start: haystack.offsets[at]!,
    end: haystack.offsets[at + needle.length - 1]! + 1,
  }));
}

/** Every place the quote occurs, by the first search mode that finds it; null when none does. */
export function locateQuote(text: string, quote: string): QuoteHit | null {
  const exact = allIndexes(text, quote).map((start) => ({ start, end: start + quote.length }));
  if (exact.length > 0) return { spans: exact, search: "exact" };
  for (const mode of ["whitespace", "loose"] as const) {
    const spans = searchProjected(text, quote, mode);
    if (spans.length > 0) return { spans, search: mode };
  }
  return null;
}

/** Where a figure sits inside a quote's span, searched the same way; null when it is not there. */
export function locateWithin(text: string, span: Span, figure: string): Span | null {
  const hit = locateQuote(text.slice(span.start, span.end), figure);
  const first = hit?.spans[0];
  return first ? { start: span.start + first.start, end: span.start + first.end } : null;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
