import type { IngestError, IngestErrorCode } from "./types";
import { MAX_FILE_BYTES, formatBytes } from "./limits";

export const SUPPORTED_TYPES_HINT = "Collate reads plain text (.txt), Markdown (.md, .markdown) and saved web pages (.html, .htm)";

export function ingestError(fileName: string, code: IngestErrorCode, error: string): IngestError {
  return { fileName, code, error };
}

export function isIngestError(value: unknown): value is IngestError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as IngestError).error === "string" &&
    typeof (value as IngestError).code === "string"
  );
}

export function tooLargeError(fileName: string, size: number): IngestError {
  return ingestError(
    fileName,
    "too_large",
    `${fileName} is ${formatBytes(size)}; the limit is ${formatBytes(MAX_FILE_BYTES)} per file. ` +
      "Import one article per file: copy just the article text into a .txt file, or save the page as HTML only (without images or media).",
  );
}
