// The import pipeline without a database: files → cleaned documents → claims →
// stories → comparable claims, held in memory so that grouping can be re-run
// many times (training, cross-validation) on one extraction. It mirrors
// lib/store/ingest.ts and lib/store/regroup.ts: same cleaning, same reference
// years, same story detection, same claim fields.
import fs from "node:fs";
import type { ComparableClaim } from "../../comparison/types";
import { extractClaims } from "../../extraction";
import { isIngestError, prepareDocument } from "../../ingest";
import type { PreparedDocument } from "../../ingest";
import { batchYear, ownYear } from "../../store/reference-year";
import { detectStories } from "../../stories";
import type { EvalDocument, ReferenceSet } from "./types";

export interface CorpusDocument extends EvalDocument {
  /** The cluster a document belongs to, as "source/cluster". */
  clusterKey: string;
}

export interface Corpus {
  references: ReferenceSet[];
  documents: CorpusDocument[];
  claims: ComparableClaim[];
}

export const clusterKeyOf = (source: string, cluster: string) => `${source}/${cluster}`;

/** Reads, cleans and extracts every reference file once (one batch per source, as the store's evaluation does). */
export function prepareCorpus(references: ReferenceSet[]): Corpus {
  const documents: CorpusDocument[] = [];
  const prepared: { doc: PreparedDocument; id: number; year: number }[] = [];
  const seenHashes = new Map<string, number>();
  let nextDocumentId = 1;
  for (const reference of references) {
    const batch = reference.files.map((file) => {
      let result: PreparedDocument | { error: string };
      try {
        const bytes = new Uint8Array(fs.readFileSync(file.path));
        const doc = prepareDocument({ name: `${file.cluster}/${file.file}`, bytes, url: file.url ?? undefined });
        result = isIngestError(doc) ? { error: doc.error } : doc;
      } catch (error) {
        result = { error: `cannot read ${file.path}: ${(error as Error).message}` };
      }
      return { file, result };
    });
    const years = batch.map(({ result }) => ("error" in result ? null : ownYear(result)));
    const fallbackYear = batchYear(years) ?? new Date().getUTCFullYear();
    batch.forEach(({ file, result }, index) => {
      const base = { source: reference.source, cluster: file.cluster, file: file.file, clusterKey: clusterKeyOf(reference.source, file.cluster) };
      if ("error" in result) {
        documents.push({ ...base, documentId: null, text: null, problem: result.error });
        return;
      }
      const duplicate = seenHashes.get(result.contentHash);
      const id = duplicate ?? nextDocumentId++;
      documents.push({ ...base, documentId: id, text: result.text, problem: null });
      if (duplicate === undefined) {
        seenHashes.set(result.contentHash, id);
        prepared.push({ doc: result, id, year: years[index] ?? fallbackYear });
      }
    });
  }

  const stories = detectStories(prepared.map(({ doc, id }) => ({ id, title: doc.title, text: doc.text, publishedAt: doc.publishedAt })));
  const storyOf = new Map<number, string>();
  for (const story of stories) for (const id of story.documentIds) storyOf.set(id, story.key);

  const claims: ComparableClaim[] = [];
  let nextClaimId = 1;
  for (const { doc, id, year } of prepared) {
    const extracted = extractClaims(doc.text, { referenceYear: year, ...(doc.publishedAt ? { referenceDate: doc.publishedAt } : {}) });
    for (const claim of extracted) {
      claims.push({
        ...claim,
        concept: claim.concept ?? null,
        id: nextClaimId++,
        documentId: id,
        source: doc.outlet ?? doc.title,
        storyId: storyOf.get(id) ?? `document:${id}`,
        // The store keeps a date as midnight UTC; the comparison reads it back as an ISO string.
        publishedAt: doc.publishedAt ? new Date(doc.publishedAt).toISOString() : null,
        asOf: null,
      });
    }
  }
  return { references, documents, claims };
}
