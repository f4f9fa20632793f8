// The append-only audit log: every review or correction writes one ReviewEvent per
// entity it changed, inside the same transaction as the change itself.
import { getDb, type Db, type Tx } from "../db/client";

export type AuditEntity = "claim" | "group";

export type AuditAction =
  | "review"
  | "resolve"
  | "rename"
  | "move"
  | "split"
  | "merge"
  | "not-a-claim"
  | "restore-claim";

export interface AuditEventInput {
  actor: string;
  entity: AuditEntity;
  entityId: number;
  action: AuditAction;
  before: unknown;
  after: unknown;
}

/** A stored event as the UI and exports read it: `before`/`after` parsed back from JSON. */
export interface AuditEvent {
  id: number;
  at: string;
  actor: string;
  userId: string | null;
  entity: AuditEntity;
  entityId: number;
  action: string;
  before: unknown;
  after: unknown;
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

function fromJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function recordEvents(tx: Tx, events: AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  // One `at` for one change, so a bulk action reads as one moment in the log.
  const at = new Date();
  await tx.reviewEvent.createMany({
    data: events.map((event) => ({
      at,
      actor: event.actor,
      entity: event.entity,
      entityId: event.entityId,
      action: event.action,
      before: toJson(event.before),
      after: toJson(event.after),
    })),
  });
}

type EventRecord = Awaited<ReturnType<Db["reviewEvent"]["findMany"]>>[number];

function toAuditEvent(record: EventRecord): AuditEvent {
  return {
    id: record.id,
    at: record.at.toISOString(),
    actor: record.actor,
    userId: record.userId,
    entity: record.entity as AuditEntity,
    entityId: record.entityId,
    action: record.action,
    before: fromJson(record.before),
    after: fromJson(record.after),
  };
}

export interface AuditQuery {
  /** Only events about these claims or groups; all events when both are left out. */
  claimIds?: readonly number[];
  groupIds?: readonly number[];
}

/** Events oldest first (the order they happened), optionally limited to some claims and groups. */
export async function listEvents(query: AuditQuery = {}, db: Db = getDb()): Promise<AuditEvent[]> {
  const scoped = query.claimIds !== undefined || query.groupIds !== undefined;
  const records = await db.reviewEvent.findMany({
    where: scoped
      ? {
          OR: [
            { entity: "claim", entityId: { in: [...(query.claimIds ?? [])] } },
            { entity: "group", entityId: { in: [...(query.groupIds ?? [])] } },
          ],
        }
      : undefined,
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  return records.map(toAuditEvent);
}

/** One claim's or group's history, newest first. */
export async function entityHistory(entity: AuditEntity, entityId: number, db: Db = getDb()): Promise<AuditEvent[]> {
  const records = await db.reviewEvent.findMany({
    where: { entity, entityId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  return records.map(toAuditEvent);
}
