/**
 * 5 MiB per file. A long news article is under 100 KB of text and a saved
 * article page, scripts and inline styles included, rarely passes 2-3 MB;
 * 5 MiB leaves room for heavy pages while keeping the DOM parse (which needs
 * many times the input in memory) and the cleaning regexes quick and bounded.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/**
 * Figures per document. News articles hold tens (the longest of the reference clusters
 * holds 82); past a few thousand a file is a data table or a log, whose figures would
 * flood the comparison and take minutes to group, so it is refused with a message.
 */
export const MAX_CLAIMS_PER_DOCUMENT = 3_000;
