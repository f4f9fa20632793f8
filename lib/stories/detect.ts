/**
 * Story (event) detection: which imported documents report on the same event.
 *
 * Each document becomes a TF-IDF vector over its content words, names
 * (capitalised words, counted double) and title words (counted double); two
 * documents are linked when the cosine of their vectors, discounted by the gap
 * between their publication dates, reaches a threshold. Stories are the
 * connected components of those links, built strongest link first
 * (single-link, Kruskal order) under one constraint: an analyst's placements
 * (pinned documents, manual stories) never end up in one component with a
 * different analyst placement. Deterministic, and near-linear in practice:
 * candidate pairs come from an inverted index over each document's top terms.
 */

import { MONTH_NAMES, WEEKDAYS } from "../lexicon/words";

export interface StoryDocument {
  id: number;
  title: string;
  text: string;
  publishedAt?: Date | string | null;
  /** The analyst's placement, respected as is: the document stays in this story. */
  pinnedStoryKey?: string | null;
}

export interface DetectedStory {
  /** Pinned key when the story holds analyst placements, else `auto:<smallest document id>`. */
  key: string;
  label: string;
  documentIds: number[];
  /** Whether the key came from an analyst placement. */
  pinned: boolean;
}

export interface StoryOptions {
  /** Cosine (after the date discount) at which two documents are one story. */
  threshold?: number;
  /** Terms per document kept for the vector and the candidate index. */
  topTerms?: number;
  /** Publication dates further apart than this (days) halve the similarity, and so on per period. */
  dateHalfLifeDays?: number;
}

export const DEFAULT_STORY_THRESHOLD = 0.1;
const DEFAULT_TOP_TERMS = 60;
const DEFAULT_DATE_HALF_LIFE = 14;
/** A term in more than this share of documents (when there are many) finds no candidates. */
const MAX_POSTING_SHARE = 0.2;
const MIN_POSTING_CAP = 50;
const NAME_WEIGHT = 2;
const MIN_COLLECTION = 50;
const TITLE_WEIGHT = 2;
const TOP_TERM_SHARE = 0.5;

const STOP = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him himself his " +
    "how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out " +
    "over own same she should so some such than that the their theirs them themselves then there these they this those through to too " +
    "under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves " +
    "said says say told tell according reported report reports news new year years month months week weeks day days time times " +
    "today yesterday tomorrow morning evening night " +
    "one two three four five six seven eight nine ten first second third last next many much several since still even " +
    "like may might must shall us mr mrs ms per cent percent million billion thousand hundred around nearly almost " +
    "people man men woman women get got made make told take took come came went go going being via image photo copyright"
  )
    .split(/\s+/)
    .concat(WEEKDAYS, MONTH_NAMES),
);

/** Crude English stemming: enough to meet "killed"/"kills"/"killing", not a lemmatizer. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ["ings", "ing", "edly", "ed", "ies", "es", "s"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const root = word.slice(0, -suffix.length);
      return suffix === "ies" ? `${root}y` : root;
    }
  }
  return word;
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** Weighted term counts of one document: names and title words count more. */
export function termCounts(title: string, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (raw: string, weight: number, sentenceStart: boolean) => {
    const word = raw.replace(/['’]s$/u, "").replace(/['’]/gu, "");
    const lower = word.toLowerCase();
    if (lower.length < 3 || STOP.has(lower)) return;
    const capitalised = /^\p{Lu}/u.test(word) && !sentenceStart;
    const term = capitalised ? `N:${lower}` : stem(lower);
    counts.set(term, (counts.get(term) ?? 0) + weight * (capitalised ? NAME_WEIGHT : 1));
  };
  const scan = (body: string, weight: number) => {
    let previousEnd = 0;
    for (const match of body.matchAll(WORD)) {
      const gap = body.slice(previousEnd, match.index);
      const sentenceStart = match.index === 0 || /[.!?\n]\s*["“'‘(]?\s*$/u.test(gap);
      previousEnd = match.index + match[0].length;
      for (const part of match[0].split(/-+/)) if (part) add(part, weight, sentenceStart);
    }
  };
  scan(title, TITLE_WEIGHT);
  scan(text, 1);
  return counts;
}

function toTime(value: Date | string | null | undefined): number | null {
  if (!value) return null;
  const t = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isFinite(t) ? t : null;
}

/** Sparse unit vector: term → weight. */
type Vector = Map<string, number>;

/**
 * Cosine of two unit vectors, leaving out the single term that contributes
 * most at half weight: one shared word (the city two different protests took place in, the
 * country of two different earthquakes) never links two documents by itself;
 * reports of one event share many.
 */
function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  let top = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other === undefined) continue;
    dot += w * other;
    if (w * other > top) top = w * other;
  }
  return dot - TOP_TERM_SHARE * top;
}

/** Similarity of two documents: cosine, halved per `halfLife` days between their dates. */
function dateFactor(a: number | null, b: number | null, halfLifeDays: number): number {
  if (a === null || b === null) return 1;
  const days = Math.abs(a - b) / 86_400_000;
  return days <= 2 ? 1 : Math.pow(0.5, (days - 2) / halfLifeDays);
}

/** Builds the vectors (sublinear tf × idf, top terms, unit length). */
function vectors(docs: StoryDocument[], topTerms: number): Vector[] {
  const counts = docs.map((d) => termCounts(d.title, d.text));
  const df = new Map<string, number>();
  for (const c of counts) for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  // A small collection (one story, five articles) says little about which words are common: count
  // it as if it were part of a larger one, so words all its documents share still weigh.
  const n = Math.max(docs.length, MIN_COLLECTION);
  return counts.map((c) => {
    const weighted = [...c]
      .map(([term, tf]): [string, number] => [term, (1 + Math.log(tf)) * Math.log((n + 1) / (df.get(term) ?? 0))])
      .filter(([, w]) => w > 0)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, topTerms);
    const norm = Math.sqrt(weighted.reduce((sum, [, w]) => sum + w * w, 0));
    return new Map(norm === 0 ? [] : weighted.map(([term, w]) => [term, w / norm]));
  });
}

/**
 * Groups documents into stories. Documents with `pinnedStoryKey` keep it; an
 * unpinned document that links (directly or through others) to pinned ones
 * joins their story; the rest form automatic stories.
 */
export function detectStories(input: StoryDocument[], options: StoryOptions = {}): DetectedStory[] {
  const threshold = options.threshold ?? DEFAULT_STORY_THRESHOLD;
  const topTerms = options.topTerms ?? DEFAULT_TOP_TERMS;
  const halfLife = options.dateHalfLifeDays ?? DEFAULT_DATE_HALF_LIFE;
  const docs = [...input].sort((a, b) => a.id - b.id);
  const vecs = vectors(docs, topTerms);
  const times = docs.map((d) => toTime(d.publishedAt));

  // Candidate pairs: documents sharing one of their top terms (very common terms skipped).
  const postings = new Map<string, number[]>();
  vecs.forEach((v, i) => {
    for (const term of v.keys()) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  const cap = Math.max(MIN_POSTING_CAP, Math.ceil(docs.length * MAX_POSTING_SHARE));
  const seen = new Set<number>();
  const edges: { i: number; j: number; s: number }[] = [];
  const consider = (x: number, y: number) => {
    const [i, j] = x < y ? [x, y] : [y, x];
    const key = i * docs.length + j;
    if (seen.has(key)) return;
    seen.add(key);
    const s = cosine(vecs[i], vecs[j]) * dateFactor(times[i], times[j], halfLife);
    if (s >= threshold) edges.push({ i, j, s });
  };
  // The cosine is at most 1, so dated documents further apart than this can never link:
  // pairing only within it gives the same links without comparing every article of a
  // common term across years.
  const reachMs = (2 + halfLife * Math.log2(1 / threshold)) * 86_400_000;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > cap) continue;
    const dated = list.filter((i) => times[i] !== null).sort((a, b) => times[a]! - times[b]! || a - b);
    for (let x = 0; x < dated.length; x++) {
      for (let y = x + 1; y < dated.length && times[dated[y]]! - times[dated[x]]! <= reachMs; y++) consider(dated[x], dated[y]);
    }
    const undated = list.filter((i) => times[i] === null);
    for (const u of undated) for (const v of list) if (v !== u && !(times[v] === null && v < u)) consider(u, v);
  }
  edges.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);

  // Union-find whose roots remember the analyst placement of their component.
  const parent = docs.map((_, i) => i);
  const pinned: (string | null)[] = docs.map((d) => d.pinnedStoryKey ?? null);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (const { i, j } of edges) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    if (pinned[a] !== null && pinned[b] !== null && pinned[a] !== pinned[b]) continue;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    pinned[root] = pinned[root] ?? pinned[child];
  }

  const byKey = new Map<string, { docs: StoryDocument[]; vectors: Vector[]; pinned: boolean }>();
  docs.forEach((doc, i) => {
    const root = find(i);
    const key = doc.pinnedStoryKey ?? pinned[root] ?? `auto:${docs[root].id}`;
    const entry = byKey.get(key) ?? { docs: [], vectors: [], pinned: key === doc.pinnedStoryKey || pinned[root] !== null };
    entry.docs.push(doc);
    entry.vectors.push(vecs[i]);
    byKey.set(key, entry);
  });
  return [...byKey]
    .map(([key, entry]) => ({
      key,
      label: storyLabel(entry.docs, entry.vectors),
      documentIds: entry.docs.map((d) => d.id),
      pinned: entry.pinned,
    }))
    .sort((a, b) => a.documentIds[0] - b.documentIds[0]);
}

/**
 * The index of the story's most central document: the one whose vector is
 * closest to the story's centroid (the sum of all its documents' vectors), so
 * a live blog or an odd headline among the reports does not name the story.
 * Linear in the story's size. Ties go to the earliest document.
 */
export function centralDocument(vectors: Vector[]): number {
  if (vectors.length <= 2) return 0;
  const centroid: Vector = new Map();
  for (const v of vectors) for (const [term, w] of v) centroid.set(term, (centroid.get(term) ?? 0) + w);
  let best = 0;
  let bestScore = -Infinity;
  vectors.forEach((v, i) => {
    // Leave the document's own weight out of the centroid: else long stories favour nothing in particular.
    let score = 0;
    for (const [term, w] of v) score += w * ((centroid.get(term) ?? 0) - w);
    if (score > bestScore + 1e-12) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** The title of the story's most central document, trimmed: what an analyst recognises. */
function storyLabel(docs: StoryDocument[], vectors: Vector[]): string {
  const central = docs[centralDocument(vectors)] ?? docs[0];
  const title = central?.title.trim() || `Document ${central?.id}`;
  return title.length > 120 ? `${title.slice(0, 117)}...` : title;
}
