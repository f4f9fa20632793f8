// The append-only audit log: every review or correction writes one ReviewEvent per
// entity it changed, inside the same transaction as the change itself.
import { chunks, MAX_BOUND_VALUES, rowsPerStatement } from "../db/chunks";
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
  const rows = events.map((event) => ({
    at,
    actor: event.actor,
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    before: toJson(event.before),
    after: toJson(event.after),
  }));
  // A bulk review of thousands of claims would bind more values than one statement may.
  for (const chunk of chunks(rows, rowsPerStatement(Object.keys(rows[0]).length))) await tx.reviewEvent.createMany({ data: chunk });
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
  const order = [{ at: "asc" as const }, { id: "asc" as const }];
  if (query.claimIds === undefined && query.groupIds === undefined) {
    return (await db.reviewEvent.findMany({ orderBy: order })).map(toAuditEvent);
  }
  // A big group lists more claims than one statement may bind: ask in chunks, then merge.
  const records = [];
  for (const [entity, ids] of [["claim", query.claimIds ?? []], ["group", query.groupIds ?? []]] as const) {
    for (const chunk of chunks(ids, MAX_BOUND_VALUES)) records.push(...(await db.reviewEvent.findMany({ where: { entity, entityId: { in: chunk } }, orderBy: order })));
  }
  records.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
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
