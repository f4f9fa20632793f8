import { getDb, type Db } from "../db/client";
import { extractClaims } from "../extraction";
import { isIngestError, prepareDocument } from "../ingest";
import type { PreparedDocument } from "../ingest";
import type { IngestInput, IngestOutcome } from "./ingest-types";
import { batchYear, ownYear } from "./reference-year";
import { regroupAll } from "./regroup";

export type ProgressListener = (done: number, total: number, outcome: IngestOutcome) => void;

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

async function saveDocument(db: Db, doc: PreparedDocument, referenceYear: number): Promise<IngestOutcome> {
  const existing = await db.document.findUnique({ where: { contentHash: doc.contentHash } });
  if (existing) {
    return {
      fileName: doc.fileName,
      status: "duplicate",
      documentId: existing.id,
      message: `same content as document ${existing.id} ("${existing.title}"); nothing changed`,
    };
  }
  // The publication date anchors days named relative to it ("on Thursday", "yesterday").
  const claims = extractClaims(doc.text, { referenceYear, ...(doc.publishedAt ? { referenceDate: doc.publishedAt } : {}) });
  try {
    // A nested create is one transaction: the document lands with all its claims or not at all.
    const created = await db.document.create({
      data: {
        title: doc.title,
        outlet: doc.outlet,
        url: doc.url,
        publishedAt: doc.publishedAt ? new Date(doc.publishedAt) : null,
        fileName: doc.fileName,
        format: doc.format,
        contentHash: doc.contentHash,
        text: doc.text,
        claims: {
          create: claims.map((claim) => ({
            start: claim.start,
            end: claim.end,
            sentence: claim.sentence,
            sentenceStart: claim.sentenceStart,
            figure: claim.figure,
            kind: claim.kind,
            value: claim.value,
            low: claim.low,
            high: claim.high,
            qualifier: claim.qualifier,
            precision: claim.precision,
            unit: claim.unit,
            change: claim.change,
            subject: claim.subject,
            concept: claim.concept ?? null,
            attribution: claim.attribution,
            rule: claim.rule ?? null,
          })),
        },
      },
    });
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
 * the rest. Afterwards every claim is re-grouped once.
 */
export async function ingestFiles(
  inputs: IngestInput[],
  onProgress?: ProgressListener,
  db: Db = getDb(),
): Promise<IngestOutcome[]> {
  const prepared = inputs.map((input) => {
    try {
      return prepareDocument(input);
    } catch (error) {
      return { fileName: input.name, error: `could not be read: ${describeError(error)}`, code: "undecodable" as const };
    }
  });
  const years = prepared.map((doc) => (isIngestError(doc) ? null : ownYear(doc)));
  const fallbackYear = batchYear(years) ?? new Date().getUTCFullYear();

  const outcomes: IngestOutcome[] = [];
  for (const [index, doc] of prepared.entries()) {
    let outcome: IngestOutcome;
    if (isIngestError(doc)) {
      outcome = { fileName: doc.fileName, status: "error", message: doc.error };
    } else {
      try {
        outcome = await saveDocument(db, doc, years[index] ?? fallbackYear);
      } catch (error) {
        outcome = { fileName: doc.fileName, status: "error", message: `could not be saved: ${describeError(error)}` };
      }
    }
    outcomes.push(outcome);
    onProgress?.(index + 1, inputs.length, outcome);
  }

  if (outcomes.some((outcome) => outcome.status === "imported")) await regroupAll(db);
  return outcomes;
}
