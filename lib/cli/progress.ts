import type { IngestOutcome } from "../store/ingest-types";

export function formatOutcome(done: number, total: number, outcome: IngestOutcome): string {
  const width = String(total).length;
  const counter = `[${String(done).padStart(width)}/${total}]`;
  switch (outcome.status) {
    case "imported":
      return `${counter} imported   ${outcome.fileName} (${outcome.claimCount} claims)`;
    case "duplicate":
      return `${counter} duplicate  ${outcome.fileName}: ${outcome.message}`;
    case "error":
      return `${counter} skipped    ${outcome.fileName}: ${outcome.message}`;
  }
}

export function summarise(outcomes: IngestOutcome[]): string {
  const count = (status: IngestOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  return `${count("imported")} imported, ${count("duplicate")} duplicate, ${count("error")} skipped`;
}

/** A grouping progress line at most every `everyMs`, and always for the last run. */
export function groupingProgress(log: (line: string) => void, everyMs = 2_000): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < everyMs) return;
    last = now;
    log(`grouped    ${done}/${total} stories`);
  };
}
