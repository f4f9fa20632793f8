// The review queue: claims in the order an analyst should look at them: open conflicts
// first (contradictions, then discrepancies), unreviewed before reviewed. Paged on the
// server so a database of thousands of groups sends the browser one page at a time.
import type { Verdict } from "../comparison/types";
import { getDb, type Db } from "../db/client";
import { toClaimReading, toReviewClaim } from "./mappers";
import { verdictOrder } from "./queries";
import type { ReviewStatus } from "./types";

export const QUEUE_PAGE_SIZE = 500;

export interface ReviewQueueFilters {
  verdict?: Verdict;
  status?: ReviewStatus;
  /** One article's claims only. */
  documentId?: number;
}

export interface ReviewQueueRow {
  claimId: number;
  version: number;
  status: ReviewStatus;
  reason: string | null;
  note: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  figure: string;
  quote: string;
  documentId: number;
  documentTitle: string;
  outlet: string | null;
  url: string | null;
  groupId: number;
  groupLabel: string;
  verdict: Verdict;
}

export interface ReviewQueuePage {
  rows: ReviewQueueRow[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

function verdictRank(verdict: string): number {
  return verdictOrder[verdict as Verdict] ?? Object.keys(verdictOrder).length;
}

export async function reviewQueue(
  filters: ReviewQueueFilters = {},
  page = 1,
  pageSize = QUEUE_PAGE_SIZE,
  db: Db = getDb(),
): Promise<ReviewQueuePage> {
  // Order on a narrow projection of every queued claim, then load the page's details only.
  const keys = await db.claim.findMany({
    where: {
      notAClaim: false,
      groupId: { not: null },
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.documentId ? { documentId: filters.documentId } : {}),
      ...(filters.verdict ? { group: { verdict: filters.verdict } } : {}),
    },
    select: { id: true, status: true, groupId: true, group: { select: { verdict: true } } },
  });
  keys.sort(
    (a, b) =>
      verdictRank(a.group!.verdict) - verdictRank(b.group!.verdict) ||
      Number(a.status !== "unreviewed") - Number(b.status !== "unreviewed") ||
      a.groupId! - b.groupId! ||
      a.id - b.id,
  );
  const pageCount = Math.max(1, Math.ceil(keys.length / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const pageIds = keys.slice((current - 1) * pageSize, current * pageSize).map((key) => key.id);
  const records = await db.claim.findMany({
    where: { id: { in: pageIds } },
    include: { document: { select: { id: true, title: true, outlet: true, url: true } }, group: { select: { id: true, label: true, verdict: true } } },
  });
  const byId = new Map(records.map((record) => [record.id, record]));
  const rows = pageIds.flatMap((id) => {
    const claim = byId.get(id);
    if (!claim?.group) return [];
    return [
      {
        ...toReviewClaim(claim),
        groupId: claim.group.id,
        groupLabel: claim.group.label,
        verdict: claim.group.verdict as Verdict,
      },
    ];
  });
  return { rows, total: keys.length, page: current, pageCount, pageSize };
}

/** One claim with its document and group, for /claims/[id]; groupId is 0 for claims outside every group. */
export async function getClaimDetail(id: number, db: Db = getDb()) {
  const claim = await db.claim.findUnique({
    where: { id },
    include: { document: { select: { id: true, title: true, outlet: true, url: true } }, group: { select: { id: true, label: true, verdict: true, version: true } } },
  });
  if (!claim) return null;
  return {
    ...toReviewClaim(claim),
    start: claim.start,
    end: claim.end,
    reading: { ...toClaimReading(claim), concept: claim.concept },
    notAClaim: claim.notAClaim,
    pinnedGroup: claim.pinnedGroup,
    group: claim.group ? { id: claim.group.id, label: claim.group.label, verdict: claim.group.verdict as Verdict, version: claim.group.version } : null,
  };
}

export type ClaimDetailView = NonNullable<Awaited<ReturnType<typeof getClaimDetail>>>;

/** One group with its members (and the claims ruled "not a claim" that came from nowhere else), for /groups/[id]. */
export async function getGroupDetail(id: number, db: Db = getDb()) {
  const group = await db.group.findUnique({
    where: { id },
    include: {
      claims: {
        where: { notAClaim: false },
        include: { document: { select: { id: true, title: true, outlet: true, url: true } } },
        orderBy: [{ documentId: "asc" }, { start: "asc" }],
      },
    },
  });
  if (!group) return null;
  return {
    id: group.id,
    label: group.label,
    kind: group.kind,
    unit: group.unit,
    verdict: group.verdict as Verdict,
    resolution: group.resolution,
    manual: group.manual,
    version: group.version,
    claims: group.claims.map((claim) => ({
      ...toReviewClaim(claim),
      pinnedGroup: claim.pinnedGroup,
    })),
  };
}

export type GroupDetailView = NonNullable<Awaited<ReturnType<typeof getGroupDetail>>>;

/** Groups a claim could move to or merge with: same unit first, then the rest, for a picker. */
export async function groupChoices(unit: string, excludeId: number, limit = 300, db: Db = getDb()) {
  const groups = await db.group.findMany({
    where: { id: { not: excludeId }, claims: { some: {} } },
    select: { id: true, label: true, unit: true, version: true },
    orderBy: { id: "asc" },
  });
  return groups.sort((a, b) => Number(a.unit !== unit) - Number(b.unit !== unit) || a.id - b.id).slice(0, limit);
}
