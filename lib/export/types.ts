export type ExportFormat = "json" | "csv" | "xlsx";

export const EXPORT_FORMATS: readonly ExportFormat[] = ["json", "csv", "xlsx"];

/** One audit-log entry (a ReviewEvent row): who changed what, with the state before and after. */
export interface AuditEventRow {
  at: string | Date;
  actor: string;
  entity: string;
  entityId: number | string;
  action: string;
  /** JSON text as stored, or any value (objects are written as JSON). */
  before: unknown;
  after: unknown;
}

export interface ExportMeta {
  /** ISO timestamp; defaults to now. */
  generatedAt?: string;
  /** The filters the groups were selected with, echoed into the JSON export. */
  filters?: unknown;
}

export interface ExportOptions extends ExportMeta {
  auditEvents?: AuditEventRow[];
}

export interface ExportedFile {
  body: string | Buffer;
  contentType: string;
  fileName: string;
}
