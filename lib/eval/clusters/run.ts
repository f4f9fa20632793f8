// End-to-end cluster evaluation: every source's articles go into one fresh
// database (as an analyst's database would hold them all; one import batch per
// source), then the stored groups are scored against the references.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { IngestInput, IngestOutcome } from "../../store/ingest-types";
import type { GroupRow } from "../../store/types";
import { loadReference, type DataSource } from "./reference";
import { scoreClusters } from "./score";
import type { ClusterScore, EvalDocument, EvalGroup, ReferenceFile, ReferenceSet } from "./types";

export type { DataSource } from "./reference";

export interface ClusterEvalOptions {
  sources: DataSource[];
  /** Keep unmatched claims and merge details in the printed report. */
  verbose?: boolean;
  /** Leave the temporary database on disk for inspection (its path is in the report). */
  keepDatabase?: boolean;
  log?: (line: string) => void;
}

export interface SourceSummary {
  source: string;
  kind: DataSource["kind"];
  path: string;
  clusters: number;
  files: number;
  goldGroups: number;
  goldClaims: number;
}

export interface ClusterEvalReport {
  sources: SourceSummary[];
  /** Files that did not become a document: unreadable, rejected or failed. */
  ingestProblems: { name: string; problem: string }[];
  collateGroups: number;
  collateClaims: number;
  score: ClusterScore;
  verbose: boolean;
  databasePath: string | null;
  seconds: number;
}

interface PlannedInput {
  file: ReferenceFile;
  source: string;
  input: IngestInput | null;
  problem: string | null;
}

/** Distinct labels, so two sources never share gold keys ("seeds", "seeds-2"). */
function uniqueLabels(references: ReferenceSet[]): ReferenceSet[] {
  const seen = new Map<string, number>();
  return references.map((reference) => {
    const count = (seen.get(reference.source) ?? 0) + 1;
    seen.set(reference.source, count);
    if (count === 1) return reference;
    const source = `${reference.source}-${count}`;
    const rename = (key: string) => source + key.slice(reference.source.length);
    return {
      source,
      files: reference.files,
      groups: reference.groups.map((group) => ({ ...group, source, key: rename(group.key) })),
      claims: reference.claims.map((claim) => ({
        ...claim,
        source,
        id: rename(claim.id),
        groupKey: claim.groupKey && rename(claim.groupKey),
      })),
    };
  });
}

async function planInputs(references: ReferenceSet[]): Promise<PlannedInput[]> {
  const planned: PlannedInput[] = [];
  const usedNames = new Set<string>();
  for (const reference of references) {
    for (const file of reference.files) {
      // `<cluster>/<file>` keeps equal file names of different clusters apart.
      let name = `${file.cluster}/${file.file}`;
      if (usedNames.has(name)) name = `${reference.source}/${name}`;
      usedNames.add(name);
      try {
        const bytes = new Uint8Array(await fs.readFile(file.path));
        planned.push({ file, source: reference.source, input: { name, bytes, url: file.url ?? undefined }, problem: null });
      } catch (error) {
        planned.push({ file, source: reference.source, input: null, problem: `cannot read ${file.path}: ${(error as Error).message}` });
      }
    }
  }
  return planned;
}

function toEvalGroups(rows: GroupRow[]): EvalGroup[] {
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    verdict: row.verdict,
    claims: row.claims.map((claim) => ({
      id: claim.id,
      documentId: claim.document.id,
      start: claim.start,
      end: claim.end,
      figure: claim.figure,
      kind: claim.kind,
      value: claim.value,
      low: claim.low,
      high: claim.high,
      unit: claim.unit,
    })),
  }));
}

// The Prisma client is created once per process from DATABASE_URL; if it
// already exists, pointing DATABASE_URL elsewhere would not take effect and the
// evaluation would write into the user's database.
function assertNoDatabaseYet(): void {
  if ((globalThis as { collateDb?: unknown }).collateDb) {
    throw new Error("The cluster evaluation needs its own database, but this process already opened one; run it in a fresh process.");
  }
}

export async function runClusterEval(options: ClusterEvalOptions): Promise<ClusterEvalReport> {
  const began = Date.now();
  const log = options.log ?? (() => {});
  if (options.sources.length === 0) throw new Error("No data source given: pass --data <folder> and/or --seeds <folder>.");
  const references = uniqueLabels(await Promise.all(options.sources.map(loadReference)));

  assertNoDatabaseYet();
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "collate-cluster-eval-"));
  const databasePath = path.join(tempDir, "eval.db");
  process.env.DATABASE_URL = `file:${databasePath}`;
  // Imported only now: nothing may open the database before DATABASE_URL is set.
  const { migrateDatabase } = await import("../../cli/setup");
  const { ingestFiles } = await import("../../store/ingest");
  const { getDocument, listGroups } = await import("../../store/queries");
  const { getDb } = await import("../../db/client");

  try {
    migrateDatabase();
    const planned = await planInputs(references);
    const readable = planned.filter((p) => p.input !== null);
    log(`Ingesting ${readable.length} files from ${references.length} source(s) into ${databasePath}`);
    // One import batch per source, all into the same database: a batch's
    // dominant year dates its year-less dates, and mixing 2013 clusters with
    // 2021 seeds in one batch would shift the seeds' dates.
    const outcomes = new Map<PlannedInput, IngestOutcome>();
    for (const reference of references) {
      const batch = readable.filter((p) => p.source === reference.source);
      const results = await ingestFiles(batch.map((p) => p.input!));
      batch.forEach((p, index) => outcomes.set(p, results[index]!));
    }

    const documents: EvalDocument[] = [];
    const ingestProblems: ClusterEvalReport["ingestProblems"] = [];
    for (const p of planned) {
      const base = { source: p.source, cluster: p.file.cluster, file: p.file.file };
      const outcome = outcomes.get(p);
      const problem = p.problem ?? (outcome?.documentId === undefined ? (outcome?.message ?? "not imported") : null);
      const stored = problem === null ? await getDocument(outcome!.documentId!) : null;
      if (problem !== null || !stored) {
        const why = problem ?? "document not found after import";
        ingestProblems.push({ name: p.input?.name ?? p.file.path, problem: why });
        documents.push({ ...base, documentId: null, text: null, problem: why });
      } else {
        // A duplicate points at the document already holding the same content.
        documents.push({ ...base, documentId: stored.id, text: stored.text, problem: null });
      }
    }

    const groups = toEvalGroups(await listGroups());
    const score = scoreClusters(references, documents, groups);
    return {
      sources: references.map((reference, index) => ({
        source: reference.source,
        kind: options.sources[index]!.kind,
        path: options.sources[index]!.path,
        clusters: new Set(reference.files.map((file) => file.cluster)).size,
        files: reference.files.length,
        goldGroups: reference.groups.length,
        goldClaims: reference.claims.length,
      })),
      ingestProblems,
      collateGroups: groups.length,
      collateClaims: groups.reduce((sum, group) => sum + group.claims.length, 0),
      score,
      verbose: options.verbose ?? false,
      databasePath: options.keepDatabase ? databasePath : null,
      seconds: (Date.now() - began) / 1000,
    };
  } finally {
    await getDb().$disconnect();
    if (!options.keepDatabase) await fs.rm(tempDir, { recursive: true, force: true });
  }
}
