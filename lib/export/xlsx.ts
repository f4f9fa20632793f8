import ExcelJS from "exceljs";
import type { GroupRow } from "../store/types";
import { AUDIT_COLUMNS, CLAIM_COLUMNS, GROUP_COLUMNS, type Row, auditRows, claimRows, groupRows } from "./rows";
import type { AuditEventRow } from "./types";

/** Column widths in characters; columns not named here get the default. */
const WIDTHS: Record<string, number> = {
  group_label: 40, label: 40, figure: 22, quote: 80, subject: 30, attribution: 24, note: 30, resolution: 30,
  document_title: 40, outlet: 20, file: 24, url: 40, at: 24, before: 50, after: 50,
};
const DEFAULT_WIDTH = 12;

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly string[], rows: Row[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((key) => ({ header: key, key, width: WIDTHS[key] ?? DEFAULT_WIDTH }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
}

/**
 * Sheets "Groups", "Claims" and "Audit log" (present even when empty), header
 * rows bold and frozen, strings neutralised against formula injection.
 */
export async function toXlsx(groups: GroupRow[], auditEvents: AuditEventRow[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Collate";
  addSheet(workbook, "Groups", GROUP_COLUMNS, groupRows(groups));
  addSheet(workbook, "Claims", CLAIM_COLUMNS, claimRows(groups));
  addSheet(workbook, "Audit log", AUDIT_COLUMNS, auditRows(auditEvents));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
