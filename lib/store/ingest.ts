import { withBusyRetry } from "../db/busy";
import { chunks, MAX_BOUND_VALUES } from "../db/chunks";
import { getDb, type Db } from "../db/client";
import { extractClaims } from "../extraction";
import { isIngestError, MAX_CLAIMS_PER_DOCUMENT, prepareDocument } from "../ingest";
import type { PreparedDocument } from "../ingest";
import type { IngestInput, IngestOutcome } from "./ingest-types";
import { insertClaims } from "./claim-rows";
import { batchYear, ownYear } from "./reference-year";
import { needsRegroup, regroupOwed, type RegroupProgress } from "./regroup";

export type ProgressListener = (done: number, total: number, outcome: IngestOutcome) => void;

/** Seconds spent per stage of an import, summed over its files (for the ingest bench). */
export interface IngestTimings {
  prepareSeconds: number;
  extractSeconds: number;
  saveSeconds: number;
  groupSeconds: number;
}

/** Runs `work`, adding its duration to `stage` once it has finished (a promise: once it settles). */
function timed<T>(timings: IngestTimings | undefined, stage: keyof IngestTimings, work: () => T): T {
  if (!timings) return work();
  const started = performance.now();
  const record = () => void (timings[stage] += (performance.now() - started) / 1000);
  const result = work();
  if (result instanceof Promise) return result.finally(record) as T;
  record();
  return result;
}

/** The documents were saved but their claims could not be grouped; the next import or start retries. */
export class GroupingError extends Error {
  constructor(
    readonly outcomes: IngestOutcome[],
    readonly cause: unknown,
  ) {
    super(
      `The documents were saved, but their figures could not be grouped (${describeError(cause)}). ` +
        "Nothing is lost: the next import or start groups them, or run `npm run -s collate -- regroup`.",
    );
    this.name = "GroupingError";
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

type KnownDocuments = Map<string, { id: number; title: string }>;

/** The documents already stored with any of these contents, looked up in a few statements rather than one per file. */
async function knownDocuments(db: Db, hashes: string[]): Promise<KnownDocuments> {
  const known: KnownDocuments = new Map();
  for (const chunk of chunks([...new Set(hashes)], MAX_BOUND_VALUES)) {
    const rows = await db.document.findMany({ where: { contentHash: { in: chunk } }, select: { id: true, title: true, contentHash: true } });
    for (const row of rows) known.set(row.contentHash, row);
  }
  return known;
}

async function saveDocument(db: Db, doc: PreparedDocument, referenceYear: number, known: KnownDocuments, timings?: IngestTimings): Promise<IngestOutcome> {
  const existing = known.get(doc.contentHash);
  if (existing) {
    return {
      fileName: doc.fileName,
      status: "duplicate",
      documentId: existing.id,
      message: `same content as document ${existing.id} ("${existing.title}"); nothing changed`,
    };
  }
  // The publication date anchors days named relative to it ("on Thursday", "yesterday").
  const claims = timed(timings, "extractSeconds", () => extractClaims(doc.text, { referenceYear, ...(doc.publishedAt ? { referenceDate: doc.publishedAt } : {}) }));
  if (claims.length > MAX_CLAIMS_PER_DOCUMENT) {
    return {
      fileName: doc.fileName,
      status: "error",
      message: `holds ${claims.length.toLocaleString("en-US")} figures, more than the ${MAX_CLAIMS_PER_DOCUMENT.toLocaleString("en-US")} an article can (a data table or a log?); import it in parts or as separate articles`,
    };
  }
  try {
    // One transaction: the document lands with all its claims or not at all.
    // Whole or nothing, so a save that met another writer is simply run again.
    const save = () => withBusyRetry(() => db.$transaction(async (tx) => {
      const document = await tx.document.create({
        data: {
          title: doc.title,
          outlet: doc.outlet,
          url: doc.url,
          publishedAt: doc.publishedAt ? new Date(doc.publishedAt) : null,
          fileName: doc.fileName,
          format: doc.format,
          contentHash: doc.contentHash,
          text: doc.text,
        },
      });
      await insertClaims(tx, document.id, claims);
      return document;
    }));
    const created = await timed(timings, "saveSeconds", save);
    known.set(doc.contentHash, { id: created.id, title: created.title });
    return { fileName: doc.fileName, status: "imported", documentId: created.id, claimCount: claims.length };
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { fileName: doc.fileName, status: "duplicate", message: "the same content was imported at the same time" };
    }
    throw error;
  }
}

/**
 * Imports a batch: each file is cleaned, checked, de-duplicated by content and
 * stored with its claims in its own transaction, so one bad file never spoils
 * the rest. Afterwards every claim is re-grouped once, also when nothing new
 * came in but an earlier import was cut off before its grouping.
 */
export async function ingestFiles(
  inputs: IngestInput[],
  onProgress?: ProgressListener,
  db: Db = getDb(),
  options: { timings?: IngestTimings; onGrouping?: RegroupProgress } = {},
): Promise<IngestOutcome[]> {
  const { timings } = options;
  const prepared = timed(timings, "prepareSeconds", () => inputs.map((input) => {
    try {
      return prepareDocument(input);
    } catch (error) {
      return { fileName: input.name, error: `could not be read: ${describeError(error)}`, code: "undecodable" as const };
    }
  }));
  const years = prepared.map((doc) => (isIngestError(doc) ? null : ownYear(doc)));
  const fallbackYear = batchYear(years) ?? new Date().getUTCFullYear();

  const known = await knownDocuments(db, prepared.flatMap((doc) => (isIngestError(doc) ? [] : [doc.contentHash])));
  const outcomes: IngestOutcome[] = [];
  for (const [index, doc] of prepared.entries()) {
    let outcome: IngestOutcome;
    if (isIngestError(doc)) {
      outcome = { fileName: doc.fileName, status: "error", message: doc.error };
    } else {
      try {
        outcome = await saveDocument(db, doc, years[index] ?? fallbackYear, known, timings);
      } catch (error) {
        outcome = { fileName: doc.fileName, status: "error", message: `could not be saved: ${describeError(error)}` };
      }
    }
    outcomes.push(outcome);
    onProgress?.(index + 1, inputs.length, outcome);
  }

  // Also when nothing new came in: an earlier import may have been cut off before grouping.
  await timed(timings, "groupSeconds", async () => {
    if (!outcomes.some((outcome) => outcome.status === "imported") && !(await needsRegroup(db))) return;
    try {
      await regroupOwed(db, options.onGrouping);
    } catch (error) {
      throw new GroupingError(outcomes, error);
    }
  });
  return outcomes;
}
