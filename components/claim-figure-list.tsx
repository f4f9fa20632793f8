import type { ClaimRow } from "../lib/store/types";
import { claimHref, sourceLabel } from "./figure-format";

/** Each source's figure side by side, each linking to the spot in its article. */
export function ClaimFigureList({ claims }: { claims: readonly ClaimRow[] }) {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return (
    <ul className="claim-figure-list">
      {claims.map((claim) => {
        const source = sourceLabel(claim.document);
        // Wire copy: the same wording in another outlet is not an independent confirmation.
        const origin = claim.originClaimId && claim.originClaimId !== claim.id ? byId.get(claim.originClaimId) : undefined;
        const copiesOther = origin && origin.document.id !== claim.document.id ? origin : undefined;
        return (
          <li key={claim.id} data-status={claim.status}>
            <span className="claim-source" title={claim.document.title === source ? source : `${source}: ${claim.document.title}`}>
              {source}
            </span>
            <span className="claim-separator">: </span>
            {/* A plain <a>: a full navigation makes the browser honour #claim-… and :target. */}
            <a className="claim-figure" href={claimHref(claim.document.id, claim.id)} title={claim.quote}>
              {claim.figure}
            </a>
            {claim.attribution ? <span className="claim-attribution"> (per {claim.attribution})</span> : null}
            {copiesOther ? <span className="claim-copy"> (same wording as {sourceLabel(copiesOther.document)})</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
