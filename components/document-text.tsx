import type { Verdict } from "../lib/comparison/types";
import type { DocumentDetail } from "../lib/store/types";

type MarkedClaim = Pick<DocumentDetail["claims"][number], "id" | "start" | "end" | "figure" | "verdict" | "status">;

type Segment =
  | { type: "text"; text: string }
  | { type: "claim"; text: string; claimId: number; verdict: Verdict | null; status: string }
  | { type: "anchor"; claimId: number };

/**
 * Cuts the article text at claim offsets. Claims whose offsets fall outside the text, or that
 * overlap an earlier claim, keep only an empty anchor so their `#claim-…` links still land.
 */
export function segmentText(text: string, claims: readonly MarkedClaim[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const claim of [...claims].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const usable = claim.start >= cursor && claim.end > claim.start && claim.end <= text.length;
    if (!usable) {
      // Anchor at the nearest sensible place: right here in reading order.
      segments.push({ type: "anchor", claimId: claim.id });
      continue;
    }
    if (claim.start > cursor) segments.push({ type: "text", text: text.slice(cursor, claim.start) });
    segments.push({
      type: "claim",
      text: text.slice(claim.start, claim.end),
      claimId: claim.id,
      verdict: claim.verdict,
      status: claim.status,
    });
    cursor = claim.end;
  }
  if (cursor < text.length) segments.push({ type: "text", text: text.slice(cursor) });
  return segments;
}

/** The article as plain text (it is untrusted: React escapes every piece), claims as <mark>s. */
export function DocumentText({ text, claims }: { text: string; claims: readonly MarkedClaim[] }) {
  return (
    <div className="document-text">
      {segmentText(text, claims).map((segment, index) => {
        if (segment.type === "text") return <span key={`t${index}`}>{segment.text}</span>;
        if (segment.type === "anchor") return <span key={`a${segment.claimId}`} id={`claim-${segment.claimId}`} tabIndex={-1} />;
        return (
          <mark
            key={`c${segment.claimId}`}
            id={`claim-${segment.claimId}`}
            data-verdict={segment.verdict ?? "none"}
            data-status={segment.status}
            tabIndex={-1}
          >
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
}
