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
