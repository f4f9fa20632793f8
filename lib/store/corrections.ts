// Analysts' corrections of the machine's grouping: move, split, merge, rename, "not a claim".
// Each one makes the groups it touches `manual` and pins their claims (`pinnedGroup`),
// which is what lib/store/regroup.ts leaves alone, so corrections survive re-grouping.
import { randomUUID } from "node:crypto";
import { getDb, type Db, type Tx } from "../db/client";
import { recordEvents, type AuditEventInput } from "./audit";
import { ReviewError } from "./review-errors";
import { claimVersionGuard, groupVersionGuard, loadClaimState, loadGroupState, type VersionedRef } from "./review";
import { refreshGroupFromMembers, regroupOwed } from "./regroup";

const MANUAL_KEY_PREFIX = "manual:";

/** A key automatic grouping never produces, so its upsert-by-key can't take the group over. */
function manualKey(): string {
  return `${MANUAL_KEY_PREFIX}${randomUUID()}`;
}

async function makeManual(tx: Tx, groupId: number): Promise<void> {
  const group = await tx.group.findUnique({ where: { id: groupId }, select: { key: true, manual: true } });
  if (!group) throw new ReviewError("not-found", `Group ${groupId} does not exist.`);
  if (!group.manual || !group.key.startsWith(MANUAL_KEY_PREFIX)) {
    await tx.group.update({ where: { id: groupId }, data: { manual: true, key: manualKey() } });
  }
  // Every member is pinned: an unpinned one would be pulled back into automatic grouping.
  await tx.claim.updateMany({ where: { groupId, notAClaim: false }, data: { pinnedGroup: true } });
}

/** Recomputes a group from its members; an emptied group is deleted. Returns whether it still exists. */
async function refreshGroup(tx: Tx, groupId: number): Promise<boolean> {
  if (await refreshGroupFromMembers(tx, groupId, { version: { increment: 1 } })) return true;
  await tx.claim.updateMany({ where: { groupId }, data: { groupId: null } });
  await tx.group.delete({ where: { id: groupId } });
  return false;
}

async function groupSnapshot(tx: Tx, groupId: number) {
  const group = await tx.group.findUnique({
    where: { id: groupId },
    select: { label: true, verdict: true, manual: true, claims: { select: { id: true }, orderBy: { id: "asc" } } },
  });
  return group ? { label: group.label, verdict: group.verdict, manual: group.manual, claimIds: group.claims.map((claim) => claim.id) } : null;
}

function cleanLabel(label: string): string {
  const trimmed = label.trim().replace(/\s+/g, " ");
  if (!trimmed) throw new ReviewError("invalid", "A group label cannot be empty.");
  return trimmed;
}

/** Moves claims into another group, and records who did it. Returns the groups that still exist. */
export async function moveClaims(claims: readonly VersionedRef[], targetGroupId: number, actor: string, db: Db = getDb()): Promise<void> {
  if (claims.length === 0) throw new ReviewError("invalid", "Select at least one claim to move.");
  await db.$transaction(async (tx) => {
    await loadGroupState(tx, targetGroupId);
    const targetBefore = await groupSnapshot(tx, targetGroupId);
    const sources = new Set<number>();
    const events: AuditEventInput[] = [];
    for (const ref of claims) {
      const before = await loadClaimState(tx, ref.id);
      if (before.groupId === targetGroupId) throw new ReviewError("invalid", `Claim ${ref.id} is already in group ${targetGroupId}.`);
      await claimVersionGuard(tx, ref, { groupId: targetGroupId, pinnedGroup: true, notAClaim: false });
      if (before.groupId !== null) sources.add(before.groupId);
      events.push({ actor, entity: "claim", entityId: ref.id, action: "move", before: { groupId: before.groupId }, after: { groupId: targetGroupId } });
    }
    await makeManual(tx, targetGroupId);
    await refreshGroup(tx, targetGroupId);
    events.push({ actor, entity: "group", entityId: targetGroupId, action: "move", before: targetBefore, after: await groupSnapshot(tx, targetGroupId) });
    for (const sourceId of sources) {
      const before = await groupSnapshot(tx, sourceId);
      // The source keeps its shape too: otherwise losing its smallest member could change its key and its resolution.
      await makeManual(tx, sourceId);
      await refreshGroup(tx, sourceId);
      events.push({ actor, entity: "group", entityId: sourceId, action: "move", before, after: await groupSnapshot(tx, sourceId) });
    }
    await recordEvents(tx, events);
  });
}

/** Takes some claims out of a group into a new group of their own. Returns the new group's id. */
export async function splitGroup(
  group: VersionedRef,
  claims: readonly VersionedRef[],
  label: string | undefined,
  actor: string,
  db: Db = getDb(),
): Promise<number> {
  return db.$transaction(async (tx) => {
    const source = await loadGroupState(tx, group.id);
    const before = await groupSnapshot(tx, group.id);
    const memberIds = new Set(before?.claimIds ?? []);
    if (claims.length === 0 || claims.length >= memberIds.size) {
      throw new ReviewError("invalid", "Choose some, but not all, of the group's claims to split off.");
    }
    for (const ref of claims) {
      if (!memberIds.has(ref.id)) throw new ReviewError("invalid", `Claim ${ref.id} is not in group ${group.id}.`);
    }
    await groupVersionGuard(tx, group, {});
    const first = await tx.claim.findUniqueOrThrow({ where: { id: claims[0].id } });
    const created = await tx.group.create({
      data: {
        key: manualKey(),
        label: cleanLabel(label || `${source.label} (split)`),
        kind: first.kind,
        unit: first.unit,
        verdict: "single",
        manual: true,
      },
    });
    const events: AuditEventInput[] = [];
    for (const ref of claims) {
      await claimVersionGuard(tx, ref, { groupId: created.id, pinnedGroup: true });
      events.push({ actor, entity: "claim", entityId: ref.id, action: "split", before: { groupId: group.id }, after: { groupId: created.id } });
    }
    await makeManual(tx, group.id);
    await refreshGroup(tx, group.id);
    await refreshGroup(tx, created.id);
    events.push(
      { actor, entity: "group", entityId: group.id, action: "split", before, after: await groupSnapshot(tx, group.id) },
      { actor, entity: "group", entityId: created.id, action: "split", before: null, after: { ...(await groupSnapshot(tx, created.id)), splitFrom: group.id } },
    );
    await recordEvents(tx, events);
    return created.id;
  });
}

/** Moves every claim of the other groups into `target` and deletes the emptied groups. */
export async function mergeGroups(target: VersionedRef, others: readonly VersionedRef[], actor: string, db: Db = getDb()): Promise<void> {
  if (others.length === 0) throw new ReviewError("invalid", "Choose at least one group to merge in.");
  if (others.some((other) => other.id === target.id)) throw new ReviewError("invalid", "A group cannot be merged into itself.");
  await db.$transaction(async (tx) => {
    const targetBefore = await groupSnapshot(tx, target.id);
    await groupVersionGuard(tx, target, {});
    const events: AuditEventInput[] = [];
    for (const other of others) {
      const otherBefore = await groupSnapshot(tx, other.id);
      await groupVersionGuard(tx, other, {});
      const moved = otherBefore?.claimIds ?? [];
      await tx.claim.updateMany({ where: { groupId: other.id }, data: { groupId: target.id, pinnedGroup: true, version: { increment: 1 } } });
      for (const claimId of moved) {
        events.push({ actor, entity: "claim", entityId: claimId, action: "merge", before: { groupId: other.id }, after: { groupId: target.id } });
      }
      await tx.group.delete({ where: { id: other.id } });
      events.push({ actor, entity: "group", entityId: other.id, action: "merge", before: otherBefore, after: { mergedInto: target.id } });
    }
    await makeManual(tx, target.id);
    await refreshGroup(tx, target.id);
    events.push({ actor, entity: "group", entityId: target.id, action: "merge", before: targetBefore, after: await groupSnapshot(tx, target.id) });
    await recordEvents(tx, events);
  });
}

export async function renameGroup(group: VersionedRef, label: string, actor: string, db: Db = getDb()): Promise<void> {
  const newLabel = cleanLabel(label);
  await db.$transaction(async (tx) => {
    const before = await loadGroupState(tx, group.id);
    await groupVersionGuard(tx, group, { label: newLabel });
    // A label an analyst chose must not be overwritten by the next automatic label.
    await makeManual(tx, group.id);
    await recordEvents(tx, [{ actor, entity: "group", entityId: group.id, action: "rename", before: { label: before.label }, after: { label: newLabel } }]);
  });
}

/**
 * Marks a claim as an extraction mistake (kept for the record, out of every group),
 * or takes that back; a restored claim is placed by re-grouping its story, run here.
 */
export async function setNotAClaim(claim: VersionedRef, notAClaim: boolean, actor: string, db: Db = getDb()): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadClaimState(tx, claim.id);
    if (before.notAClaim === notAClaim) {
      throw new ReviewError("invalid", `Claim ${claim.id} is already ${notAClaim ? "marked as not a claim" : "a claim"}.`);
    }
    await claimVersionGuard(tx, claim, { notAClaim, groupId: null, pinnedGroup: false });
    const events: AuditEventInput[] = [
      {
        actor,
        entity: "claim",
        entityId: claim.id,
        action: notAClaim ? "not-a-claim" : "restore-claim",
        before: { notAClaim: before.notAClaim, groupId: before.groupId },
        after: { notAClaim, groupId: null },
      },
    ];
    if (before.groupId !== null) {
      const groupBefore = await groupSnapshot(tx, before.groupId);
      await refreshGroup(tx, before.groupId);
      events.push({ actor, entity: "group", entityId: before.groupId, action: "not-a-claim", before: groupBefore, after: await groupSnapshot(tx, before.groupId) });
    }
    await recordEvents(tx, events);
  });
  // The restored claim is in no group: its story is owed a grouping, and only that story is redone.
  if (!notAClaim) await regroupOwed(db);
}
