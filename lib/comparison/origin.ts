import type { ComparableClaim } from "./types";

/**
 * Common origin: outlets that reprint one wire report say the same sentence
 * word for word (or nearly), so they are one source, not several. Claims of
 * one document are one source as well.
 */

/** Two sentences this similar (word-set Jaccard) are copies of one report. */
export const COPY_SIMILARITY = 0.8;
/** Sentences shorter than this (in words) are too generic to call a copy ("Four died."). */
const MIN_COPY_WORDS = 6;

interface SentenceWords {
  id: number;
  words: Set<string>;
}
const wordCache = new Map<string, SentenceWords>();
/** Copy tests already made, by sentence-id pair: a sentence with several figures meets another many times. */
const copyCache = new Map<number, boolean>();
const MAX_CACHED_SENTENCES = 50_000;

function sentenceWords(sentence: string): SentenceWords {
  let entry = wordCache.get(sentence);
  if (!entry) {
    if (wordCache.size >= MAX_CACHED_SENTENCES) {
      // Bound memory on very large runs; pair results keyed by the old ids go too.
      wordCache.clear();
      copyCache.clear();
    }
    entry = { id: wordCache.size, words: new Set(sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) };
    wordCache.set(sentence, entry);
  }
  return entry;
}

/** The word set of a sentence (cached: grouping compares each sentence with many others). */
function words(sentence: string): Set<string> {
  return sentenceWords(sentence).words;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Whether two sentences are the same report (identical or near-identical wording). */
export function sameWording(a: string, b: string): boolean {
  const p = sentenceWords(a);
  const q = sentenceWords(b);
  // q's lookup may have emptied the cache, leaving p with an id of the old generation.
  const cacheable = wordCache.get(a) === p;
  const key = p.id < q.id ? p.id * MAX_CACHED_SENTENCES + q.id : q.id * MAX_CACHED_SENTENCES + p.id;
  const cached = cacheable ? copyCache.get(key) : undefined;
  if (cached !== undefined) return cached;
  const [x, y] = [p.words, q.words];
  const [small, large] = x.size <= y.size ? [x.size, y.size] : [y.size, x.size];
  // Jaccard is at most small/large: most pairs fail this without a look at their words.
  const same = small >= MIN_COPY_WORDS && small >= COPY_SIMILARITY * large && jaccard(x, y) >= COPY_SIMILARITY;
  if (copyCache.size > 2_000_000) copyCache.clear();
  if (cacheable) copyCache.set(key, same);
  return same;
}

/**
 * For the members of one group: each claim's origin (the smallest claim id
 * of its copies and same-document statements) and the number of independent
 * sources. Quadratic in the group size, which is small.
 */
export function origins(claims: ComparableClaim[]): { originOf: Map<number, number>; independentSources: number } {
  const sorted = [...claims].sort((a, b) => a.id - b.id);
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const unite = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const sets = sorted.map((c) => words(c.sentence));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (sorted[i].documentId === sorted[j].documentId) unite(i, j);
      else if (Math.min(sets[i].size, sets[j].size) >= MIN_COPY_WORDS && jaccard(sets[i], sets[j]) >= COPY_SIMILARITY) unite(i, j);
    }
  }
  const originOf = new Map(sorted.map((c, i) => [c.id, sorted[find(i)].id]));
  return { originOf, independentSources: new Set(originOf.values()).size };
}
