import { qualify, subjectAfter } from "../figure-context";
import { parseFractionAt } from "../fractions";
import { isMasked } from "../noise";
import { SCALE_WORDS } from "../numbers";
import type { Draft, Scan } from "../scan-state";
import { nounPhraseAt } from "../subjects";
import { isCapitalized } from "../tokens";
import type { ClaimRule } from "./rule";

function tryFraction(s: Scan, i: number, floor: number): Draft | null {
  const t = s.tokens[i];
  if (t.kind === "sym") return null;
  if (t.kind === "num" && isMasked(s.mask, t.start, t.end)) return null;
  if (isCapitalized(t) && i !== s.firstWord && t.lower !== "a" && t.lower !== "half") return null;
  const match = parseFractionAt(s.tokens, i);
  if (!match) return null;
  const next = s.tokens[match.next];
  // "three quarters billion": a fraction of a scale is an amount (amount.ts)
  if (next && next.lower.length > 3 && SCALE_WORDS[next.lower]) return null;
  const subject = next && next.lower !== "of" && match.last > match.first + 1 && s.tokens[match.first + 1].kind !== "sym"
    ? nounPhraseAt(s.text, s.tokens, match.next, true)?.text ?? null // "one in five adults"
    : subjectAfter(s, match.next, "percent");
  return qualify(s, {
    first: match.first,
    last: match.last,
    kind: "percent",
    value: match.percent,
    low: match.percent,
    high: match.percent,
    qualifier: "exact",
    unit: "%",
    subject,
    precision: 0.01,
    change: null,
  }, floor);
}

export const fractionRule: ClaimRule = {
  id: "fraction",
  description: "A fraction of a whole in words or digits (\"two-thirds of\", \"one in five\", \"half the\"), read as a percentage.",
  read: (s, i, floor) => tryFraction(s, i, floor),
};
