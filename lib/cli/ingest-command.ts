import { getDb } from "../db/client";
import { GroupingError, ingestFiles } from "../store/ingest";
import { formatOutcome, groupingProgress, summarise } from "./progress";
import { readInputPaths } from "../ingest/files";
import type { IngestInput, IngestOutcome } from "../store/ingest-types";
import { userPath } from "./paths";

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Reads files and folders; a path that cannot be read becomes an error outcome, not a stop. */
export async function readForIngest(paths: string[]): Promise<{ files: IngestInput[]; unreadable: IngestOutcome[] }> {
  const { files, problems } = await readInputPaths(paths);
  const unreadable = problems.map((problem): IngestOutcome => ({ fileName: problem.path, status: "error", message: problem.error }));
  for (const outcome of unreadable) log(`skipped    ${outcome.fileName}: ${outcome.message}`);
  return { files, unreadable };
}

/** `collate ingest <files or folders...>`: returns the process exit code. */
export async function ingestCommand(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    log("Usage: npm run collate -- ingest <files or folders...>");
    return 2;
  }
  const { files, unreadable } = await readForIngest(paths.map(userPath));
  if (files.length === 0 && unreadable.length === 0) {
    log("No article files found (looked for .txt, .md, .markdown, .html, .htm).");
    return 1;
  }
  log(`Importing ${files.length} file(s)`);
  let outcomes: IngestOutcome[];
  try {
    outcomes = await ingestFiles(files, (done, total, outcome) => log(formatOutcome(done, total, outcome)), undefined, { onGrouping: groupingProgress(log) });
  } catch (error) {
    if (!(error instanceof GroupingError)) throw error;
    log(summarise([...unreadable, ...error.outcomes]));
    log(error.message);
    return 1;
  }
  const all = [...unreadable, ...outcomes];
  log(summarise(all));
  const groups = await getDb().group.count();
  log(`${groups} groups of figures in the database`);
  return all.some((outcome) => outcome.status === "error") ? 1 : 0;
}
