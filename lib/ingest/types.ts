export type DocumentFormat = "text" | "markdown" | "html";

export interface IngestFileInput {
  name: string;
  bytes: Uint8Array;
  /** Where the article came from, when the caller knows; wins over URLs found inside the file. */
  url?: string;
}

/** A file turned into one clean article snapshot, ready for claim extraction. */
export interface PreparedDocument {
  fileName: string;
  format: DocumentFormat;
  title: string;
  outlet: string | null;
  url: string | null;
  /** Calendar date "YYYY-MM-DD" as the source states it. */
  publishedAt: string | null;
  /** The cleaned snapshot; claim offsets point into this exact string. */
  text: string;
  /** sha256 hex of `text` with every whitespace run collapsed to one space. */
  contentHash: string;
}

export type IngestErrorCode = "empty" | "binary" | "too_large" | "undecodable" | "no_text" | "unsupported";

export interface IngestError {
  fileName: string;
  /** What is wrong and what to do about it, for people. */
  error: string;
  code: IngestErrorCode;
}

/** What a format reader finds before the shared cleaning. */
export interface ExtractedArticle {
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  body: string;
}
