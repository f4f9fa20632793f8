import type { ActionResult, CurrentClaimState, CurrentGroupState } from "../lib/store/review-errors";

export type ActionMessage = { kind: "ok"; text: string } | { kind: "error"; text: string; current?: CurrentClaimState | CurrentGroupState };

export function toMessage(result: ActionResult<unknown>, success: string): ActionMessage {
  return result.ok ? { kind: "ok", text: success } : { kind: "error", text: result.error, current: result.current };
}

/** Success as a status, failure as an alert that shows the value now stored. */
export function ActionFeedback({ message }: { message: ActionMessage | null }) {
  if (!message) return null;
  if (message.kind === "ok") return <p role="status" className="feedback-ok">{message.text}</p>;
  const current = message.current;
  return (
    <div role="alert" className="feedback-error">
      <p>{message.text}</p>
      {current ? (
        <dl className="current-value" aria-label="Current value">
          {Object.entries(current)
            .filter(([key]) => key !== "id")
            .map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{value === null || value === "" ? "—" : String(value)}</dd>
              </div>
            ))}
        </dl>
      ) : null}
    </div>
  );
}
