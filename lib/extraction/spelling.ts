/** Unit words misspelled by one letter ("celcius", "farenheit", "kilometeres"): a bounded edit distance against the unit tables. */

/** True when a and b differ by at most one insertion, deletion, substitution or swap of adjacent letters. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i); // insertion or deletion
}

/**
 * A vocabulary word within one edit of `word` (its first letter kept), or
 * null. The vocabulary holds only long words (spellingIndex): short unit
 * names have English neighbours ("meters"/"meteors", "gallons"/"galleons").
 */
export function closestWord(word: string, vocabulary: ReadonlyMap<string, readonly string[]>): string | null {
  if (word.length < 6) return null;
  for (const candidate of vocabulary.get(word[0]) ?? []) {
    if (Math.abs(candidate.length - word.length) <= 1 && withinOneEdit(word, candidate)) return candidate;
  }
  return null;
}

/** Words of `minLength` letters or more, bucketed by first letter, for closestWord. */
export function spellingIndex(words: Iterable<string>, minLength: number): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const w of words) {
    if (w.length < minLength || !/^[a-z]+$/.test(w)) continue;
    const bucket = index.get(w[0]) ?? [];
    bucket.push(w);
    index.set(w[0], bucket);
  }
  return index;
}
