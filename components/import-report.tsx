import type { ImportState } from "../app/import/import-state";
import type { IngestOutcome } from "../lib/store/ingest-types";

function OutcomeLine({ outcome }: { outcome: IngestOutcome }) {
  const documentLink = outcome.documentId ? <a href={`/documents/${outcome.documentId}`}>document {outcome.documentId}</a> : null;
  switch (outcome.status) {
    case "imported":
      return (
        <>
          imported {outcome.claimCount ?? 0} {outcome.claimCount === 1 ? "claim" : "claims"}
          {documentLink ? <> as {documentLink}</> : null}
        </>
      );
    case "duplicate":
      return (
        <>
          duplicate of {documentLink ?? "an existing document"}
          {outcome.message ? <span className="muted"> ({outcome.message})</span> : null}
        </>
      );
    default:
      return <>error: {outcome.message ?? "could not be imported"}</>;
  }
}

/** The per-file result of the last import, announced to screen readers when it arrives. */
export function ImportReport({ state, isPending }: { state: ImportState; isPending: boolean }) {
  const imported = state.outcomes.filter((outcome) => outcome.status === "imported").length;
  return (
    <section aria-labelledby="import-report-heading" className="import-report" aria-live="polite" aria-busy={isPending}>
      <h2 id="import-report-heading">Import report</h2>
      {isPending ? <p role="status">Importing…</p> : null}
      {!isPending && state.error ? <p role="alert" className="form-error">{state.error}</p> : null}
      {!isPending && state.outcomes.length > 0 ? (
        <>
          <p>
            {imported} of {state.outcomes.length} {state.outcomes.length === 1 ? "file" : "files"} imported.{" "}
            {imported > 0 ? <a href="/">See the comparison</a> : null}
          </p>
          <ul className="outcome-list">
            {state.outcomes.map((outcome, index) => (
              <li key={`${state.submissionId}-${index}`} data-status={outcome.status}>
                <span className="outcome-file">{outcome.fileName}</span>: <OutcomeLine outcome={outcome} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {!isPending && !state.error && state.outcomes.length === 0 ? <p className="muted">Nothing imported yet in this session.</p> : null}
    </section>
  );
}
