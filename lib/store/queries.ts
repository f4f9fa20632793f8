import { getDb } from "../db/client";
import type { ClaimKind, Qualifier } from "../extraction/types";
import type { Verdict } from "../comparison/types";
import type { ClaimRow, DocumentDetail, DocumentRef, GroupRow, ReviewStatus } from "./types";

type DocumentRecord = {
  id: number;
  fileName: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
};

type ClaimRecord = {
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
};

function toDocumentRef(doc: DocumentRecord): DocumentRef {
  return {
    id: doc.id,
    file: doc.fileName,
    title: doc.title,
    outlet: doc.outlet,
    url: doc.url,
    publishedAt: doc.publishedAt ? doc.publishedAt.toISOString().slice(0, 10) : null,
  };
}

function toClaimFields(claim: ClaimRecord): Omit<ClaimRow, "document"> {
  return {
    id: claim.id,
    figure: claim.figure,
    quote: claim.sentence,
    start: claim.start,
    end: claim.end,
    kind: claim.kind as ClaimKind,
    value: claim.value,
    low: claim.low,
    high: claim.high,
    qualifier: claim.qualifier as Qualifier,
    unit: claim.unit,
    subject: claim.subject,
    attribution: claim.attribution,
    status: claim.status as ReviewStatus,
    note: claim.note,
    reason: claim.reason,
    reviewedBy: claim.reviewedBy,
    reviewedAt: claim.reviewedAt ? claim.reviewedAt.toISOString() : null,
    version: claim.version,
  };
}

export const verdictOrder: Record<Verdict, number> = {
  contradiction: 0,
  discrepancy: 1,
  superseded: 2,
  rounding: 3,
  consistent: 4,
  single: 5,
};

/** Every group with its claims, conflicts first; each claim belongs to exactly one group. */
export async function listGroups(): Promise<GroupRow[]> {
  const groups = await getDb().group.findMany({
    include: {
      claims: { where: { notAClaim: false }, include: { document: true }, orderBy: [{ documentId: "asc" }, { start: "asc" }] },
    },
  });
  return groups
    .filter((group) => group.claims.length > 0)
    .map((group) => ({
      id: group.id,
      label: group.label,
      kind: group.kind as ClaimKind,
      unit: group.unit,
      verdict: group.verdict as Verdict,
      spreadLow: group.spreadLow,
      spreadHigh: group.spreadHigh,
      resolution: group.resolution,
      manual: group.manual,
      version: group.version,
      claims: group.claims.map((claim) => ({ ...toClaimFields(claim), document: toDocumentRef(claim.document) })),
    }))
    .sort((a, b) => verdictOrder[a.verdict] - verdictOrder[b.verdict] || b.claims.length - a.claims.length || a.id - b.id);
}

export async function listDocuments(): Promise<(DocumentRef & { claimCount: number; importedAt: string })[]> {
  const docs = await getDb().document.findMany({
    orderBy: { id: "asc" },
    include: { _count: { select: { claims: true } } },
  });
  return docs.map((doc) => ({
    ...toDocumentRef(doc),
    claimCount: doc._count.claims,
    importedAt: doc.importedAt.toISOString(),
  }));
}

export async function getDocument(id: number): Promise<DocumentDetail | null> {
  const doc = await getDb().document.findUnique({
    where: { id },
    include: { claims: { include: { group: true }, orderBy: { start: "asc" } } },
  });
  if (!doc) return null;
  return {
    ...toDocumentRef(doc),
    text: doc.text,
    format: doc.format,
    importedAt: doc.importedAt.toISOString(),
    claims: doc.claims.map((claim) => ({
      ...toClaimFields(claim),
      groupId: claim.groupId,
      verdict: (claim.group?.verdict as Verdict | undefined) ?? null,
    })),
  };
}
