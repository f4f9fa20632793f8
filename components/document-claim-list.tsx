import type { DocumentDetail } from "../lib/store/types";
import { formatClaimInterval, formatQualifier } from "./figure-format";
import { VerdictBadge } from "./verdict-badge";

type DocumentClaim = DocumentDetail["claims"][number];

function ClaimFacts({ claim }: { claim: DocumentClaim }) {
  const facts: [string, string][] = [
    ["Kind", claim.kind],
    ["Interval", formatClaimInterval(claim)],
    ["Qualifier", formatQualifier(claim.qualifier)],
    ["Unit", claim.unit || "—"],
    ["Subject", claim.subject ?? "—"],
    ["Attribution", claim.attribution ?? "—"],
    ["Status", claim.status],
  ];
  return (
    <dl className="claim-facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every claim found in the document, in reading order, each linking to its mark and its group. */
export function DocumentClaimList({ claims }: { claims: readonly DocumentClaim[] }) {
  if (claims.length === 0) return <p className="muted">No figures were found in this document.</p>;
  return (
    <ol className="document-claims">
      {claims.map((claim) => (
        <li key={claim.id}>
          <div className="document-claim-head">
            <a href={`#claim-${claim.id}`} className="claim-figure">
              {claim.figure}
            </a>
            {claim.verdict ? <VerdictBadge verdict={claim.verdict} /> : null}
          </div>
          <ClaimFacts claim={claim} />
          {claim.groupId !== null ? (
            <a className="group-link" href={`/?group=${claim.groupId}`}>
              Compare with other sources
            </a>
          ) : null}{" "}
          <a className="group-link" href={`/claims/${claim.id}`}>
            Review and history
          </a>
        </li>
      ))}
    </ol>
  );
}
