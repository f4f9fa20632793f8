import { isRankContext, parseOrdinalAt } from "../ordinals";
import type { Draft, Scan } from "../scan-state";
import { DISCOURSE_NOUNS, lemmatize, nounPhraseAt } from "../subjects";
import { TIME_UNITS } from "../units";
import type { ClaimRule } from "./rule";

function tryRank(s: Scan, i: number): Draft | null {
  const m = parseOrdinalAt(s.tokens, i);
  if (!m || !isRankContext(s.tokens, m)) return null;
  const np = nounPhraseAt(s.text, s.tokens, m.last + 1, false);
  if (!np) return null;
  const unit = lemmatize(np.head);
  if (TIME_UNITS[unit] || DISCOURSE_NOUNS.has(unit)) return null; // "the third quarter", "the second point"
  return { first: m.first, last: m.last, kind: "rank", value: m.value, low: m.value, high: m.value, qualifier: "exact", unit, subject: np.text, precision: 1, change: null };
}

export const rankRule: ClaimRule = {
  id: "rank",
  description: "The ordinal of an event or item (\"the fifth attack\"), not a superlative or a period.",
  read: (s, i) => tryRank(s, i),
};
