// Stored claims as the comparison core sees them, and the verdict of a group's members.
import type { Db, Tx } from "../db/client";
import { judge } from "../comparison";
import type { ComparableClaim } from "../comparison/types";
import type { ClaimKind, Qualifier } from "../extraction/types";

export type StoredClaim = Awaited<ReturnType<typeof loadClaims>>[number];

const withDocument = { document: { select: { outlet: true, title: true, storyId: true, publishedAt: true } } } as const;

export function loadClaims(db: Db | Tx, where: { groupId?: number; documentId?: { in: number[] } } = {}) {
  return db.claim.findMany({ where: { ...where, notAClaim: false }, include: withDocument, orderBy: { id: "asc" } });
}

export function toComparable(claim: StoredClaim, storyKey?: string | null): ComparableClaim {
  return {
    id: claim.id,
    documentId: claim.documentId,
    source: claim.document.outlet ?? claim.document.title,
    // Documents outside every story are compared with their own claims only.
    storyId: storyKey === undefined ? claim.document.storyId : (storyKey ?? `document:${claim.documentId}`),
    publishedAt: claim.document.publishedAt ? claim.document.publishedAt.toISOString() : null,
    start: claim.start,
    end: claim.end,
    figure: claim.figure,
    sentence: claim.sentence,
    sentenceStart: claim.sentenceStart,
    kind: claim.kind as ClaimKind,
    value: claim.value ?? 0,
    low: claim.low,
    high: claim.high,
    qualifier: claim.qualifier as Qualifier,
    unit: claim.unit,
    subject: claim.subject,
    concept: claim.concept,
    attribution: claim.attribution,
    asOf: claim.asOf,
    precision: claim.precision,
    change: claim.change === "up" || claim.change === "down" ? claim.change : null,
  };
}

/**
 * The verdict and spread of the figures an analyst has not rejected: a rejected
 * figure stays in its group (it is what the text says) but no longer widens the
 * spread or makes a conflict. With every figure rejected, nothing is left to compare.
 */
export function judgeCounted(members: ComparableClaim[], stored: Pick<StoredClaim, "id" | "status">[], unit?: string) {
  const rejected = new Set(stored.filter((claim) => claim.status === "rejected").map((claim) => claim.id));
  return judge(members.filter((claim) => !rejected.has(claim.id)), unit);
}
