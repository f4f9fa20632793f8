// Stored rows → the plain objects the UI, the CLI and the exports read. Each shape is
// built in one place, so a field added to the review (say) reaches every view at once.
import type { ClaimKind, Qualifier } from "../extraction/types";
import type { ClaimRow, DocumentRef, ReviewStatus } from "./types";

export type DocumentRecord = {
  id: number;
  fileName: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
};

export type ClaimRecord = {
  id: number;
  figure: string;
  sentence: string;
  start: number;
  end: number;
  kind: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  unit: string;
  subject: string | null;
  attribution: string | null;
  status: string;
  note: string | null;
  reason: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  version: number;
  originClaimId?: number | null;
  rule?: string | null;
};

export function toDocumentRef(doc: DocumentRecord): DocumentRef {
  return {
    id: doc.id,
    file: doc.fileName,
    title: doc.title,
    outlet: doc.outlet,
    url: doc.url,
    publishedAt: doc.publishedAt ? doc.publishedAt.toISOString().slice(0, 10) : null,
  };
}

/** A claim's review state, with the version a save must name. */
export function toReviewFields(claim: Pick<ClaimRecord, "status" | "note" | "reason" | "reviewedBy" | "reviewedAt" | "version">) {
  return {
    status: claim.status as ReviewStatus,
    note: claim.note,
    reason: claim.reason,
    reviewedBy: claim.reviewedBy,
    reviewedAt: claim.reviewedAt ? claim.reviewedAt.toISOString() : null,
    version: claim.version,
  };
}

type ReadingRecord = Pick<ClaimRecord, "kind" | "low" | "high" | "qualifier" | "unit" | "subject" | "attribution" | "rule">;

/** What Collate read of a figure: kind, interval, wording, unit, what it counts, who is cited, and the rule that read it. */
export function toClaimReading(claim: ReadingRecord) {
  return {
    kind: claim.kind as ClaimKind,
    low: claim.low,
    high: claim.high,
    qualifier: claim.qualifier as Qualifier,
    unit: claim.unit,
    subject: claim.subject,
    attribution: claim.attribution,
    rule: claim.rule ?? null,
  };
}

export function toClaimFields(claim: ClaimRecord): Omit<ClaimRow, "document"> {
  return {
    id: claim.id,
    figure: claim.figure,
    quote: claim.sentence,
    start: claim.start,
    end: claim.end,
    value: claim.value,
    ...toClaimReading(claim),
    originClaimId: claim.originClaimId ?? null,
    ...toReviewFields(claim),
  };
}

type ReviewClaimRecord = Pick<ClaimRecord, "id" | "figure" | "sentence" | "status" | "note" | "reason" | "reviewedBy" | "reviewedAt" | "version"> & {
  document: Pick<DocumentRecord, "id" | "title" | "outlet" | "url">;
};

/** A claim as the review pages (queue, claim, group) show it: figure, quote, review state and source. */
export function toReviewClaim(claim: ReviewClaimRecord) {
  return {
    claimId: claim.id,
    ...toReviewFields(claim),
    figure: claim.figure,
    quote: claim.sentence,
    documentId: claim.document.id,
    documentTitle: claim.document.title,
    outlet: claim.document.outlet,
    url: claim.document.url,
  };
}
