import { EXPORT_FORMATS, exportFile, type ExportFormat } from "../../../lib/export";
import { listEvents } from "../../../lib/store/audit";
import { parseGroupFilters, parseGroupSort } from "../../../lib/store/filter-groups";
import { listFilteredGroups } from "../../../lib/store/queries";

function isExportFormat(value: string | null): value is ExportFormat {
  return (EXPORT_FORMATS as readonly (string | null)[]).includes(value);
}

/** Header-safe file name: the export layer names the file, but never trust it into a header raw. */
function contentDisposition(fileName: string): string {
  const safe = fileName.replace(/[^\w.-]+/g, "_") || "collate-groups";
  return `attachment; filename="${safe}"`;
}

/**
 * GET /api/export?format=csv|xlsx|json[&verdict=&unit=&source=&q=&sort=] → every group of the filtered
 * view (all pages, not just the one on screen), in the view's order, as a download.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const format = params.get("format");
  if (!isExportFormat(format)) {
    return new Response(`Unknown export format ${JSON.stringify(format ?? "")}. Use one of: ${EXPORT_FORMATS.map((name) => `format=${name}`).join(", ")}.\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  const filters = parseGroupFilters(params);
  const groups = await listFilteredGroups(filters, parseGroupSort(params.get("sort")));
  // The XLSX "Audit log" sheet holds the history of exactly what is exported (all of it for an unfiltered view).
  const filtered = Object.keys(filters).length > 0;
  const auditEvents =
    format !== "xlsx"
      ? undefined
      : await listEvents(filtered ? { groupIds: groups.map((group) => group.id), claimIds: groups.flatMap((group) => group.claims.map((claim) => claim.id)) } : {});
  const file = await exportFile(format, groups, { filters, auditEvents });
  const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.fileName),
      "Cache-Control": "no-store",
    },
  });
}
