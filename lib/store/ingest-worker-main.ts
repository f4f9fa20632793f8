// The child process of ingestInWorker: one batch in, its outcomes out, then exit.
import { getDb } from "../db/client";
import { GroupingError, ingestFiles } from "./ingest";
import type { IngestInput } from "./ingest-types";
import type { WorkerReply } from "./ingest-worker";

process.once("message", (inputs: IngestInput[]) => {
  const reply = (message: WorkerReply) => new Promise<void>((resolve) => process.send!(message, undefined, undefined, () => resolve()));
  ingestFiles(inputs)
    .then((outcomes) => reply({ outcomes }))
    .catch((error: unknown) =>
      error instanceof GroupingError
        ? reply({ outcomes: error.outcomes, groupingError: error.message })
        : reply({ outcomes: [], error: error instanceof Error ? error.message : String(error) }),
    )
    .finally(async () => {
      await getDb().$disconnect();
      process.exit(0);
    });
});
