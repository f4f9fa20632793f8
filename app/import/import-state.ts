import type { IngestOutcome } from "../../lib/store/ingest-types";

/** What the import form shows after a submission. Kept out of actions.ts: "use server" files export only async functions. */
export interface ImportState {
  outcomes: IngestOutcome[];
  /** A problem with the submission itself (nothing chosen, bad URL), not with one file. */
  error: string | null;
  /** Changes with each submission so the report re-announces itself. */
  submissionId: number;
}

export const initialImportState: ImportState = { outcomes: [], error: null, submissionId: 0 };
