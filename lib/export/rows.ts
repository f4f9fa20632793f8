// Flat rows for the tabular exports (CSV and the XLSX sheets), already neutralised.
import type { GroupRow } from "../store/types";
import { exportValue, statedValue } from "./dates";
import { type CellValue, safeCell } from "./neutralize";
import type { AuditEventRow } from "./types";

export type Row = Record<string, CellValue>;

export const CLAIM_COLUMNS = [
  "group_id", "group_label", "verdict", "unit", "claim_id", "figure", "value", "low", "high", "qualifier",
  "subject", "attribution", "status", "reason", "note", "reviewed_by", "reviewed_at", "quote", "start", "end", "document_title", "outlet", "file", "url",
] as const;

export const GROUP_COLUMNS = [
  "group_id", "label", "kind", "unit", "verdict", "spread_low", "spread_high", "resolution", "claim_count",
] as const;

export const AUDIT_COLUMNS = ["at", "actor", "entity", "entity_id", "action", "before", "after"] as const;

/** One row per claim, with its group's columns repeated. */
export function claimRows(groups: GroupRow[]): Row[] {
  return groups.flatMap((group) =>
    group.claims.map((claim) => ({
      group_id: group.id,
      group_label: safeCell(group.label),
      verdict: safeCell(group.verdict),
      unit: safeCell(claim.unit),
      claim_id: claim.id,
      figure: safeCell(claim.figure),
      value: safeCell(statedValue(claim)),
      low: safeCell(exportValue(claim.kind, claim.low)),
      high: safeCell(exportValue(claim.kind, claim.high)),
      qualifier: safeCell(claim.qualifier),
      subject: safeCell(claim.subject),
      attribution: safeCell(claim.attribution),
      status: safeCell(claim.status),
      reason: safeCell(claim.reason),
      note: safeCell(claim.note),
      reviewed_by: safeCell(claim.reviewedBy),
      reviewed_at: safeCell(claim.reviewedAt),
      quote: safeCell(claim.quote),
      start: claim.start,
      end: claim.end,
      document_title: safeCell(claim.document.title),
      outlet: safeCell(claim.document.outlet),
      file: safeCell(claim.document.file),
      url: safeCell(claim.document.url),
    })),
  );
}

export function groupRows(groups: GroupRow[]): Row[] {
  return groups.map((group) => ({
    group_id: group.id,
    label: safeCell(group.label),
    kind: safeCell(group.kind),
    unit: safeCell(group.unit),
    verdict: safeCell(group.verdict),
    spread_low: safeCell(exportValue(group.kind, group.spreadLow)),
    spread_high: safeCell(exportValue(group.kind, group.spreadHigh)),
    resolution: safeCell(group.resolution),
    claim_count: group.claims.length,
  }));
}

function auditText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? String(value);
}

export function auditRows(events: AuditEventRow[]): Row[] {
  return events.map((event) => ({
    at: safeCell(auditText(event.at)),
    actor: safeCell(event.actor),
    entity: safeCell(event.entity),
    entity_id: safeCell(event.entityId),
    action: safeCell(event.action),
    before: safeCell(auditText(event.before)),
    after: safeCell(auditText(event.after)),
  }));
}
