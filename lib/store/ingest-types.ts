/** One line of an ingest report: what happened to one input file. */
export interface IngestOutcome {
  fileName: string;
  status: "imported" | "duplicate" | "error";
  documentId?: number;
  claimCount?: number;
  /** For duplicates, the document that already holds this content; for errors, what went wrong. */
  message?: string;
}

export interface IngestInput {
  name: string;
  bytes: Uint8Array;
  url?: string;
}
