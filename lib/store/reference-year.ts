// Dates written without a year ("by September 11") are read in the year the
// article is about: its publication date, else the year it mentions most,
// else the year most of the batch mentions.

const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;

/** The year a text mentions most often, or null when it names none. */
export function dominantYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(YEAR)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return mostCommon(counts);
}

export function mostCommon(counts: Map<number, number>): number | null {
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

export function ownYear(doc: { publishedAt: string | null; text: string }): number | null {
  if (doc.publishedAt) {
    const year = Number(doc.publishedAt.slice(0, 4));
    if (Number.isFinite(year)) return year;
  }
  return dominantYear(doc.text);
}

/** The year most of these documents are about, for those that name none themselves. */
export function batchYear(years: (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const year of years) if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  return mostCommon(counts);
}
