import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DEFAULT_SAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../samples");

export interface BenchCorpusOptions {
  /** Stop once the corpus holds at least this many UTF-8 bytes (default 2 MB). */
  corpusBytes?: number;
  seed?: number;
  samplesDir?: string;
}

/**
 * Article variants made from the sample articles: every digit is replaced by
 * a seeded random digit (a leading digit stays non-zero), so each copy has
 * different figures but the same shape. The first round is the originals.
 */
export function buildBenchCorpus(options: BenchCorpusOptions = {}): string[] {
  const corpusBytes = options.corpusBytes ?? 2_000_000;
  const originals = readSampleArticles(options.samplesDir ?? DEFAULT_SAMPLES_DIR);
  if (originals.length === 0) throw new Error("no sample articles (*.txt) to build a bench corpus from");
  const random = mulberry32(options.seed ?? 20261123);
  const corpus: string[] = [];
  let bytes = 0;
  for (let round = 0; bytes < corpusBytes; round++) {
    for (const article of originals) {
      const variant = round === 0 ? article : varyDigits(article, random);
      corpus.push(variant);
      bytes += Buffer.byteLength(variant, "utf8");
      if (bytes >= corpusBytes) break;
    }
  }
  return corpus;
}

/** Every .txt article in the folder and its subfolders (a cluster folder per event), in name order. */
export function readSampleArticles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return readSampleArticles(full);
      return entry.name.endsWith(".txt") ? [readFileSync(full, "utf8")] : [];
    });
}

export function varyDigits(text: string, random: () => number): string {
  return text.replace(/\d+/g, (run) =>
    [...run]
      .map((_, i) => {
        const leadingNonZero = i === 0 && run.length > 1;
        return String(leadingNonZero ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10));
      })
      .join(""),
  );
}

/** Small seeded PRNG (mulberry32): same seed, same corpus. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function corpusByteLength(texts: readonly string[]): number {
  return texts.reduce((total, text) => total + Buffer.byteLength(text, "utf8"), 0);
}
