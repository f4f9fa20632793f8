// `npm run bench -- ingest --articles N`: an end-to-end import into a fresh
// database (read, extract, save, group), with time per stage, throughput,
// peak memory and a check that every claim ended up in a group.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../cli/setup";
import { getDb } from "../db/client";
import { ingestFiles, type IngestTimings } from "../store/ingest";
import type { IngestInput } from "../store/ingest-types";
import { DEFAULT_SAMPLES_DIR, mulberry32, readSampleArticles, varyDigits } from "./bench-corpus";
import { formatTable } from "./format-table";

export interface IngestBenchResult {
  articles: number;
  bytes: number;
  imported: number;
  errors: number;
  claims: number;
  groups: number;
  ungroupedClaims: number;
  timings: IngestTimings;
  totalSeconds: number;
  peakRssMb: number;
}

/** Days between two rounds of copies, so each round reads as a new event to story detection. */
const ROUND_DAYS = 60;

/**
 * `count` Markdown articles: the originals, then rounds of copies with seeded
 * random digits, each round dated ROUND_DAYS later and credited to its own outlets.
 */
export function buildIngestCorpus(count: number, dirs: string[]): IngestInput[] {
  const originals = dirs.flatMap(readSampleArticles);
  if (originals.length === 0) throw new Error(`no .txt articles in ${dirs.join(", ")}`);
  const random = mulberry32(20261203);
  const inputs: IngestInput[] = [];
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / originals.length);
    const original = originals[i % originals.length];
    const text = round === 0 ? original : varyDigits(original, random);
    const newline = text.indexOf("\n");
    const title = (newline < 0 ? text : text.slice(0, newline)).replace(/[\r\n:]/g, " ").trim() || `Article ${i + 1}`;
    const date = new Date(Date.UTC(2000, 0, 1) + round * ROUND_DAYS * 86_400_000).toISOString().slice(0, 10);
    const body = `---\ntitle: ${title}\noutlet: Outlet ${i % originals.length}-${round}\ndate: ${date}\n---\n\n${text}`;
    inputs.push({ name: `article-${String(i + 1).padStart(5, "0")}.md`, bytes: new TextEncoder().encode(body) });
  }
  return inputs;
}

export async function benchIngest(options: { articles?: number; dirs?: string[]; onProgress?: (done: number, total: number) => void } = {}): Promise<IngestBenchResult> {
  const inputs = buildIngestCorpus(options.articles ?? 1000, options.dirs?.length ? options.dirs : [DEFAULT_SAMPLES_DIR]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "collate-bench-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  try {
    migrateDatabase();
    const db = getDb();
    const timings: IngestTimings = { prepareSeconds: 0, extractSeconds: 0, saveSeconds: 0, groupSeconds: 0 };
    const started = performance.now();
    const outcomes = await ingestFiles(inputs, (done, total) => options.onProgress?.(done, total), db, { timings });
    const totalSeconds = (performance.now() - started) / 1000;
    const [claims, groups, ungroupedClaims] = await Promise.all([
      db.claim.count(),
      db.group.count(),
      db.claim.count({ where: { notAClaim: false, groupId: null } }),
    ]);
    await db.$disconnect();
    return {
      articles: inputs.length,
      bytes: inputs.reduce((total, input) => total + input.bytes.byteLength, 0),
      imported: outcomes.filter((outcome) => outcome.status === "imported").length,
      errors: outcomes.filter((outcome) => outcome.status === "error").length,
      claims,
      groups,
      ungroupedClaims,
      timings,
      totalSeconds,
      // maxRSS is in kilobytes.
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const INGEST_TARGET = { seconds: 60, peakRssMb: 1536 };

export function formatIngestBench(result: IngestBenchResult): string {
  const stage = (name: string, secs: number) => [name, secs.toFixed(2), `${((100 * secs) / Math.max(result.totalSeconds, 1e-9)).toFixed(0)}%`];
  const lines = [
    formatTable([
      ["stage", "seconds", "share"],
      stage("read and clean", result.timings.prepareSeconds),
      stage("extract claims", result.timings.extractSeconds),
      stage("save", result.timings.saveSeconds),
      stage("stories and groups", result.timings.groupSeconds),
      ["total", result.totalSeconds.toFixed(2), "100%"],
    ]),
    "",
    `${result.articles} articles (${(result.bytes / 1e6).toFixed(1)} MB): ${result.imported} imported, ${result.errors} errors; ${result.claims} claims in ${result.groups} groups`,
    `${(result.articles / result.totalSeconds).toFixed(0)} articles/s, ${(result.bytes / 1e6 / result.totalSeconds).toFixed(2)} MB/s, peak RSS ${result.peakRssMb.toFixed(0)} MB`,
    `claims outside every group: ${result.ungroupedClaims}`,
    `targets for 10,000 articles: ≤ ${INGEST_TARGET.seconds} s, peak RSS ≤ ${INGEST_TARGET.peakRssMb} MB, no claim outside a group`,
  ];
  return lines.join("\n");
}
