import type { GroupRow } from "../store/types";
import { toCsv } from "./csv";
import { toExportJson } from "./json";
import type { ExportFormat, ExportOptions, ExportedFile } from "./types";
import { toXlsx } from "./xlsx";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The export as a file for a download response or the CLI: body, content type and a dated name. */
export async function exportFile(format: ExportFormat, groups: GroupRow[], options: ExportOptions = {}): Promise<ExportedFile> {
  const generatedAt = options.generatedAt ?? new Date().toISOString();
  const fileName = `collate-groups-${generatedAt.slice(0, 10)}.${format}`;
  const body =
    format === "json"
      ? `${JSON.stringify(toExportJson(groups, { generatedAt, filters: options.filters }), null, 2)}\n`
      : format === "csv"
        ? toCsv(groups)
        : await toXlsx(groups, options.auditEvents);
  return { body, contentType: CONTENT_TYPES[format], fileName };
}
