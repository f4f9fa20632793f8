import { clean } from "../numbers";
import { qualifierBefore } from "../qualifiers";
import type { Draft, Scan } from "../scan-state";
import { lemmatize, nounPhraseAt } from "../subjects";
import type { ClaimKind } from "../types";
import { CURRENCY_WORDS } from "../units";
import { parseVagueAt } from "../vague";
import { VAGUE_AMOUNT, type ClaimRule } from "./rule";

function tryVague(s: Scan, i: number, floor: number): Draft | null {
  const match = parseVagueAt(s.tokens, i);
  if (!match) return null;
  let kind: ClaimKind = "count";
  let unit = "";
  let subject: string | null = null;
  let last = match.last;
  const next = s.tokens[last + 1];
  if (next?.lower === "of") {
    const currency = CURRENCY_WORDS[s.tokens[last + 2]?.lower ?? ""];
    if (currency) {
      kind = "money";
      unit = currency;
      last = last + 2;
    } else {
      const np = nounPhraseAt(s.text, s.tokens, last + 2, true);
      if (np) {
        subject = np.text;
        unit = lemmatize(np.head);
      }
    }
  }
  let low: number | null = match.low;
  let high: number | null = match.high;
  let first = match.first;
  const q = qualifierBefore(s.tokens, first, floor);
  if (q) {
    first = q.index;
    if (q.qualifier === "at_least" || q.qualifier === "more_than") high = null;
    if (q.qualifier === "up_to" || q.qualifier === "at_most" || q.qualifier === "less_than") low = 0;
  }
  return {
    first,
    last,
    kind,
    // the midpoint only sorts the claim among others; the figure is shown as its words and its interval
    value: clean((match.low + match.high) / 2),
    low,
    high,
    qualifier: q && q.qualifier !== "about" ? q.qualifier : "range",
    unit,
    subject,
    precision: match.precision,
    change: null,
  };
}

export const vagueAmountRule: ClaimRule = {
  id: VAGUE_AMOUNT,
  description: "An amount stated only by its order of magnitude (\"thousands of\", \"dozens\", \"several hundred\"), kept as the interval the words allow.",
  read: (s, i, floor) => tryVague(s, i, floor),
};
