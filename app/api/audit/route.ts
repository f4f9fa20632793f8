import { stringify } from "csv-stringify/sync";
import { auditRows, AUDIT_COLUMNS } from "../../../lib/export/rows";
import { listEvents } from "../../../lib/store/audit";

/** GET /api/audit?format=csv|json → the whole append-only review log, oldest first. */
export async function GET(request: Request): Promise<Response> {
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  if (format !== "csv" && format !== "json") {
    return new Response(`Unknown audit format ${JSON.stringify(format)}. Use format=csv or format=json.\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const events = await listEvents();
  const date = new Date().toISOString().slice(0, 10);
  const headers = { "Cache-Control": "no-store", "Content-Disposition": `attachment; filename="collate-audit-${date}.${format}"` };
  if (format === "json") {
    return new Response(`${JSON.stringify({ generatedAt: new Date().toISOString(), events }, null, 2)}\n`, {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  }
  // Same neutralised rows as the XLSX "Audit log" sheet: reviewer names and notes are untrusted text.
  const csv = stringify(auditRows(events), { bom: true, header: true, columns: [...AUDIT_COLUMNS], record_delimiter: "\r\n" });
  return new Response(csv, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
}
