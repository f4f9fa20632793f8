// Reviewing claims and resolving groups. Every write is one transaction that checks
// the version the analyst edited (optimistic concurrency) and appends audit events.
import { getDb, type Db, type Tx } from "../db/client";
import { recordEvents, type AuditEventInput } from "./audit";
import { refreshGroupFromMembers } from "./regroup";
import { ReviewError, type CurrentClaimState, type CurrentGroupState } from "./review-errors";
import type { ReviewStatus } from "./types";

export interface VersionedRef {
  id: number;
  /** The version the analyst saw; the save is refused if the row changed since. */
  version: number;
}

export interface ClaimReview {
  status: ReviewStatus;
  reason?: string | null;
  note?: string | null;
}

const claimStateSelect = {
  id: true,
  version: true,
  status: true,
  reason: true,
  note: true,
  reviewedBy: true,
  reviewedAt: true,
  notAClaim: true,
  groupId: true,
} as const;

type ClaimStateRecord = Omit<CurrentClaimState, "reviewedAt"> & { reviewedAt: Date | null };

function toClaimState(record: ClaimStateRecord): CurrentClaimState {
  return { ...record, reviewedAt: record.reviewedAt ? record.reviewedAt.toISOString() : null };
}

export async function loadClaimState(tx: Tx | Db, id: number): Promise<CurrentClaimState> {
  const record = await tx.claim.findUnique({ where: { id }, select: claimStateSelect });
  if (!record) throw new ReviewError("not-found", `Claim ${id} does not exist (it may have been deleted).`);
  return toClaimState(record);
}

export async function loadGroupState(tx: Tx | Db, id: number): Promise<CurrentGroupState> {
  const record = await tx.group.findUnique({ where: { id }, select: { id: true, version: true, label: true, resolution: true } });
  if (!record) throw new ReviewError("not-found", `Group ${id} does not exist (it may have been merged or re-grouped away).`);
  return record;
}

function describeClaimState(state: CurrentClaimState): string {
  const who = state.reviewedBy ? ` by ${state.reviewedBy}` : "";
  const when = state.reviewedAt ? ` at ${state.reviewedAt.replace("T", " ").slice(0, 16)} UTC` : "";
  return `it is now "${state.status}"${who}${when}${state.note ? `, note: "${state.note}"` : ""}`;
}

function describeGroupState(state: CurrentGroupState): string {
  return `label "${state.label}", resolution ${state.resolution ? `"${state.resolution}"` : "none"}`;
}

/**
 * The update the version guards run: apply `data` and bump the version only if the row is
 * still at the version the analyst saw. `update … where id and version` is atomic, so two
 * saves can never both win.
 */
function versionedUpdate(ref: VersionedRef, data: Record<string, unknown>) {
  return { where: { id: ref.id, version: ref.version }, data: { ...data, version: { increment: 1 } } };
}

/** The refusal of a save that lost the race, carrying the row's current state for the UI. */
function conflictError(entity: string, described: string, current: CurrentClaimState | CurrentGroupState): ReviewError {
  return new ReviewError(
    "conflict",
    `${entity} was changed by someone else since you opened it (${described}). Your change was not saved; reload to see the current value.`,
    current,
  );
}

/** Bumps a claim's version if it is still at `ref.version`, else refuses with its current state. */
export async function claimVersionGuard(tx: Tx, ref: VersionedRef, data: Record<string, unknown>): Promise<void> {
  const { count } = await tx.claim.updateMany(versionedUpdate(ref, data));
  if (count === 1) return;
  const current = await loadClaimState(tx, ref.id);
  throw conflictError(`Claim ${ref.id}`, describeClaimState(current), current);
}

/** Bumps a group's version if it is still at `ref.version`, else refuses with its current state. */
export async function groupVersionGuard(tx: Tx, ref: VersionedRef, data: Record<string, unknown>): Promise<void> {
  const { count } = await tx.group.updateMany(versionedUpdate(ref, data));
  if (count === 1) return;
  const current = await loadGroupState(tx, ref.id);
  throw conflictError(`Group ${ref.id}`, describeGroupState(current), current);
}

function reviewSnapshot(state: CurrentClaimState) {
  return { status: state.status, reason: state.reason, note: state.note, reviewedBy: state.reviewedBy, reviewedAt: state.reviewedAt, version: state.version };
}

/**
 * Sets the review of one or more claims in one transaction: all of them, or, if any
 * changed since the analyst saw it, none.
 */
export async function reviewClaims(
  claims: readonly VersionedRef[],
  review: ClaimReview,
  actor: string,
  db: Db = getDb(),
): Promise<CurrentClaimState[]> {
  if (claims.length === 0) throw new ReviewError("invalid", "Select at least one claim.");
  const reviewedAt = new Date();
  return db.$transaction(async (tx) => {
    const events: AuditEventInput[] = [];
    const results: CurrentClaimState[] = [];
    const regrouped = new Set<number>();
    for (const ref of claims) {
      const before = await loadClaimState(tx, ref.id);
      const data: Record<string, unknown> = { status: review.status, reviewedBy: actor, reviewedAt };
      // Leaving reason/note out keeps them; an empty string clears them.
      if (review.reason !== undefined) data.reason = review.reason || null;
      if (review.note !== undefined) data.note = review.note || null;
      await claimVersionGuard(tx, ref, data);
      const after = await loadClaimState(tx, ref.id);
      events.push({ actor, entity: "claim", entityId: ref.id, action: "review", before: reviewSnapshot(before), after: reviewSnapshot(after) });
      results.push(after);
      // A rejected figure leaves its group's spread and verdict (and comes back when un-rejected).
      if ((before.status === "rejected") !== (after.status === "rejected") && after.groupId !== null) regrouped.add(after.groupId);
    }
    for (const groupId of regrouped) await refreshGroupFromMembers(tx, groupId);
    await recordEvents(tx, events);
    return results;
  });
}

/** The group's accepted reading ("1,344 km, per source X"), which the exports carry. */
export async function resolveGroup(group: VersionedRef, resolution: string, actor: string, db: Db = getDb()): Promise<CurrentGroupState> {
  return db.$transaction(async (tx) => {
    const before = await loadGroupState(tx, group.id);
    await groupVersionGuard(tx, group, { resolution: resolution.trim() || null });
    const after = await loadGroupState(tx, group.id);
    await recordEvents(tx, [
      { actor, entity: "group", entityId: group.id, action: "resolve", before: { resolution: before.resolution }, after: { resolution: after.resolution } },
    ]);
    return after;
  });
}
