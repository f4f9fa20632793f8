"use client";

import { promptForReviewer, useReviewer } from "./use-reviewer";

/** "Reviewing as Alice (change)" in the header. */
export function ReviewerIdentity() {
  const reviewer = useReviewer();
  return (
    <p className="reviewer-identity" aria-live="polite">
      {reviewer ? (
        <>
          Reviewing as <strong data-testid="reviewer-name">{reviewer}</strong>{" "}
        </>
      ) : (
        <span className="muted">No reviewer name yet </span>
      )}
      <button type="button" className="link-button" onClick={() => promptForReviewer()}>
        {reviewer ? "change" : "set name"}
      </button>
    </p>
  );
}
