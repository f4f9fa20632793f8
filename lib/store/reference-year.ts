// Dates written without a year ("by September 11") are read in the year the
// article is about: its publication date, else the year it mentions most,
// else the year most of the batch mentions.

import { mostFrequentYear } from "../extraction/dates";

const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;

/** The year a text mentions most often, or null when it names none. */
export function dominantYear(text: string): number | null {
  return mostFrequentYear(Array.from(text.matchAll(YEAR), (match) => Number(match[1])));
}

export function ownYear(doc: { publishedAt: string | null; text: string }): number | null {
  if (doc.publishedAt) {
    const year = Number(doc.publishedAt.slice(0, 4));
    if (Number.isFinite(year)) return year;
  }
  return dominantYear(doc.text);
}

/** The year most of these documents are about, for those that name none themselves. */
export function batchYear(years: (number | null)[]): number | null {
  return mostFrequentYear(years.filter((year): year is number => year !== null));
}
