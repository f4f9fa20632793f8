"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { reviewClaimsAction, setNotAClaimAction } from "../app/review/actions";
import type { ReviewStatus } from "../lib/store/types";
import { ActionFeedback, toMessage, type ActionMessage } from "./action-feedback";
import { statusLabels } from "./figure-format";
import { requireReviewer } from "./use-reviewer";

export interface ClaimReviewFormProps {
  claimId: number;
  version: number;
  status: ReviewStatus;
  reason: string | null;
  note: string | null;
  notAClaim: boolean;
}

/** Status, reason and note of one claim; the save names the version it edited. */
export function ClaimReviewForm(claim: ClaimReviewFormProps) {
  const router = useRouter();
  const [status, setStatus] = useState<ReviewStatus>(claim.status);
  const [reason, setReason] = useState(claim.reason ?? "");
  const [note, setNote] = useState(claim.note ?? "");
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const [pending, startTransition] = useTransition();

  // A newer stored version (own save, or "load the current value") resets the fields to it.
  useEffect(() => {
    setStatus(claim.status);
    setReason(claim.reason ?? "");
    setNote(claim.note ?? "");
  }, [claim.version, claim.status, claim.reason, claim.note]);

  function save() {
    const actor = requireReviewer();
    if (!actor) return setMessage({ kind: "error", text: "Set a reviewer name to record reviews." });
    startTransition(async () => {
      const result = await reviewClaimsAction({ actor, claims: [{ id: claim.claimId, version: claim.version }], status, reason, note });
      setMessage(toMessage(result, `Saved: ${statusLabels[status].toLowerCase()}.`));
    });
  }

  function toggleNotAClaim() {
    const actor = requireReviewer();
    if (!actor) return setMessage({ kind: "error", text: "Set a reviewer name to record corrections." });
    startTransition(async () => {
      const result = await setNotAClaimAction({ actor, claim: { id: claim.claimId, version: claim.version }, notAClaim: !claim.notAClaim });
      setMessage(toMessage(result, claim.notAClaim ? "Restored as a claim." : "Marked as not a claim: it has left its group."));
    });
  }

  return (
    <form
      className="review-form"
      aria-label="Review this claim"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <fieldset>
        <legend>Status</legend>
        {(Object.keys(statusLabels) as ReviewStatus[]).map((value) => (
          <label key={value} className="radio">
            <input type="radio" name="status" value={value} checked={status === value} onChange={() => setStatus(value)} />
            {statusLabels[value]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="claim-reason">Reason</label>
        <input id="claim-reason" value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="claim-note">Note</label>
        <textarea id="claim-note" rows={3} value={note} maxLength={4000} onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          Save review
        </button>
        <button type="button" className="button button-quiet" disabled={pending} onClick={toggleNotAClaim}>
          {claim.notAClaim ? "Restore as a claim" : "Not a claim"}
        </button>
        {message?.kind === "error" && message.current ? (
          <button type="button" className="button button-quiet" onClick={() => router.refresh()}>
            Load the current value
          </button>
        ) : null}
      </div>
      <div aria-live="polite">
        <ActionFeedback message={message} />
      </div>
    </form>
  );
}
