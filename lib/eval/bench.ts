import {
  Culture,
  recognizeCurrency,
  recognizeDimension,
  recognizeNumber,
  recognizePercentage,
} from "@microsoft/recognizers-text-suite";
import { extractClaims } from "../extraction";
import { buildBenchCorpus, corpusByteLength } from "./bench-corpus";
import type { ExtractFn } from "./extractor";
import { formatTable } from "./format-table";

export interface BenchOptions {
  /** Corpus size in UTF-8 bytes (default 2 MB). */
  corpusBytes?: number;
  extract?: ExtractFn;
  /** Timed passes of extractClaims over the corpus; the median is reported (default 5). */
  runs?: number;
  /** Time box for Recognizers-Text, in seconds (default 20). */
  recognizersSeconds?: number;
  samplesDir?: string;
}

export interface Throughput {
  bytes: number;
  seconds: number;
  mbPerSecond: number;
}

export interface BenchResult {
  articles: number;
  collate: Throughput & { runs: number; runSeconds: number[] };
  recognizers: Throughput & { articles: number; models: string[] };
  /** Collate MB/s ÷ Recognizers MB/s. */
  ratio: number;
}

export const TARGET_MB_PER_SECOND = 1;
export const TARGET_RATIO = 500;

/** The Recognizers-Text models comparable with what Collate extracts. */
const RECOGNIZER_MODELS = [
  ["number", recognizeNumber],
  ["percentage", recognizePercentage],
  ["currency", recognizeCurrency],
  ["dimension", recognizeDimension],
] as const;

/**
 * Throughput of the extractor on one core (warm-up pass, then `runs` timed
 * passes, median), and of @microsoft/recognizers-text-suite's number,
 * percentage, currency and dimension models on the same articles, time-boxed
 * and extrapolated from the bytes it got through.
 */
export function benchExtract(options: BenchOptions = {}): BenchResult {
  const extract = options.extract ?? extractClaims;
  const corpus = buildBenchCorpus({ corpusBytes: options.corpusBytes, samplesDir: options.samplesDir });
  const bytes = corpusByteLength(corpus);

  // Warm-up: let V8 optimise the hot paths before timing.
  for (const text of corpus.slice(0, Math.max(1, Math.ceil(corpus.length / 5)))) extract(text);
  const runs = options.runs ?? 5;
  const runSeconds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    for (const text of corpus) extract(text);
    runSeconds.push((performance.now() - started) / 1000);
  }
  const seconds = median(runSeconds);
  const collate = { bytes, seconds, mbPerSecond: bytes / 1e6 / seconds, runs, runSeconds };

  const recognizers = benchRecognizers(corpus, options.recognizersSeconds ?? 20);
  return { articles: corpus.length, collate, recognizers, ratio: collate.mbPerSecond / recognizers.mbPerSecond };
}

function benchRecognizers(corpus: readonly string[], budgetSeconds: number): BenchResult["recognizers"] {
  // Warm-up: the first call of each model builds its regexes (~0.1 s).
  for (const [, recognize] of RECOGNIZER_MODELS) recognize("It cost $5, 10% more, over 3 km.", Culture.English);
  let bytes = 0;
  let articles = 0;
  const started = performance.now();
  let elapsed = 0;
  for (const text of corpus) {
    for (const [, recognize] of RECOGNIZER_MODELS) recognize(text, Culture.English);
    bytes += Buffer.byteLength(text, "utf8");
    articles++;
    elapsed = (performance.now() - started) / 1000;
    if (elapsed >= budgetSeconds) break;
  }
  return { bytes, seconds: elapsed, mbPerSecond: bytes / 1e6 / elapsed, articles, models: RECOGNIZER_MODELS.map(([name]) => name) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What was measured, and whether the targets (≥ 1 MB/s, ≥ 500× Recognizers-Text) are met. */
export function formatBench(result: BenchResult): string {
  const { collate, recognizers } = result;
  const row = (name: string, t: Throughput) => [name, String(t.bytes), t.seconds.toFixed(3), t.mbPerSecond.toFixed(4)];
  const met = (ok: boolean) => (ok ? "met" : "NOT met");
  return [
    `Extraction speed, one core (${result.articles} article variants built from samples/)`,
    formatTable([
      ["extractor", "bytes", "seconds", "MB/s"],
      row(`Collate extractClaims (median of ${collate.runs} runs)`, collate),
      row(`Recognizers-Text ${recognizers.models.join("+")} (${recognizers.articles} articles, time-boxed)`, recognizers),
    ]),
    `ratio Collate / Recognizers-Text: ${result.ratio.toFixed(0)}×`,
    `target ≥ ${TARGET_MB_PER_SECOND} MB/s: ${met(collate.mbPerSecond >= TARGET_MB_PER_SECOND)}`,
    `target ≥ ${TARGET_RATIO}× Recognizers-Text: ${met(result.ratio >= TARGET_RATIO)}`,
  ].join("\n");
}
