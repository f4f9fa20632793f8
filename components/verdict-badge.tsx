import type { Verdict } from "../lib/comparison/types";
import { verdictDescriptions, verdictLabels } from "./figure-format";

/** Colour plus words: the verdict must read the same without colour vision. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className="verdict-badge" data-verdict={verdict} title={verdictDescriptions[verdict]}>
      {verdictLabels[verdict]}
    </span>
  );
}
