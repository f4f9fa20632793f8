import type { AuditEvent } from "../lib/store/audit";
import { formatWhen } from "./figure-format";

function describe(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value !== "object") return String(value);
  return Object.entries(value as Record<string, unknown>)
    .map(([key, entry]) => `${key}: ${Array.isArray(entry) ? entry.join(", ") : entry === null ? "—" : String(entry)}`)
    .join("; ");
}

/** An entity's audit trail, newest first: who, when, what, and the state before and after. */
export function HistoryList({ events, title = "History" }: { events: AuditEvent[]; title?: string }) {
  return (
    <section aria-label={title} className="history">
      <h2>{title}</h2>
      {events.length === 0 ? (
        <p className="muted">No changes recorded yet.</p>
      ) : (
        <ol className="history-list">
          {events.map((event) => (
            <li key={event.id} data-action={event.action}>
              <p className="history-head">
                <strong>{event.action}</strong> by <span className="history-actor">{event.actor}</span>{" "}
                <time dateTime={event.at}>{formatWhen(event.at)}</time>
                {event.entity === "claim" ? <span className="muted"> · claim {event.entityId}</span> : null}
              </p>
              <p className="history-change">
                <span className="muted">before</span> {describe(event.before)} <span aria-hidden="true">→</span>{" "}
                <span className="muted">after</span> {describe(event.after)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
