// Groups → JSON, CSV and XLSX files. Pure functions of their input.
export { toExportJson } from "./json";
export { toCsv } from "./csv";
export { toXlsx } from "./xlsx";
export { exportFile, CONTENT_TYPES } from "./export-file";
export { neutralizeText } from "./neutralize";
export { daysToIsoDate } from "./dates";
export { exportJsonSchema, exportGroupSchema, exportClaimSchema, exportDocumentSchema } from "./schema";
export type { ExportJson, ExportGroup, ExportClaim } from "./schema";
export { EXPORT_FORMATS } from "./types";
export type { AuditEventRow, ExportFormat, ExportMeta, ExportOptions, ExportedFile } from "./types";
