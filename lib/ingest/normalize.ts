import { createHash } from "node:crypto";

/**
 * Line endings to \n, no trailing spaces, at most one blank line in a row, no
 * blank lines at either end. Every other character stays as it is: claim
 * offsets point into this text.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[^\S\n]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}

/** Hash of the wording only, so re-saving with other line breaks or spacing is still a duplicate. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim(), "utf8").digest("hex");
}

/** Lines compared for equality regardless of spacing and case. */
export function comparable(line: string): string {
  return line.replace(/\s+/g, " ").trim().toLowerCase();
}

/** One line, runs of ordinary whitespace as one space; other characters (NBSP included) stay. */
export function oneLine(text: string): string {
  return text.replace(/[ \t\r\n\f\v]+/g, " ").trim();
}
