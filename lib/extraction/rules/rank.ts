import { isRankContext, parseOrdinalAt } from "../ordinals";
import type { Draft, Scan } from "../scan-state";
import { DISCOURSE_NOUNS, lemmatize, nounPhraseAt } from "../subjects";
import { TIME_UNITS } from "../units";
import { CALENDAR_WORDS } from "../../lexicon/words";
import type { ClaimRule } from "./rule";

/** "<ordinal> day of the trial": a time unit after the ordinal, then "of" and a noun that names no time (not "of May", "of 2019"). */
function isDayOfEvent(s: Scan, last: number): boolean {
  const tokens = s.tokens;
  if (tokens[last + 1]?.lower !== "of") return false;
  const np = nounPhraseAt(s.text, tokens, tokens[last + 2]?.lower === "the" || /['’]s$/.test(tokens[last + 2]?.lower ?? "") ? last + 3 : last + 2, false);
  const owner = tokens[last + 2];
  if (owner && /['’]s$/.test(owner.lower) && np) return true; // "the sixth day of Simpson's trial"
  return !!np && np.first > last + 1 && !TIME_UNITS[lemmatize(np.head)] && tokens[np.first].kind === "word" && !CALENDAR_WORDS.has(tokens[np.first].lower) && !/^(this|next|last|the)$/.test(tokens[np.first].lower);
}

function tryRank(s: Scan, i: number): Draft | null {
  const m = parseOrdinalAt(s.tokens, i);
  if (!m) return null;
  const after = s.tokens[m.last + 1];
  const dayOfEvent = m.value >= 2 && s.tokens[m.first - 1]?.lower === "the" && after?.kind === "word" && !!TIME_UNITS[after.lower] && isDayOfEvent(s, m.last + 1);
  if (!dayOfEvent && !isRankContext(s.tokens, m)) return null;
  const np = nounPhraseAt(s.text, s.tokens, m.last + 1, false);
  if (!np) return null;
  const unit = lemmatize(np.head);
  if (DISCOURSE_NOUNS.has(unit)) return null; // "the second point"
  // a period is no rank ("the third quarter", "the second week of May"), but a day of an event is ("the sixth day of the trial")
  if (TIME_UNITS[unit] && !isDayOfEvent(s, np.last)) return null;
  return { first: m.first, last: m.last, kind: "rank", value: m.value, low: m.value, high: m.value, qualifier: "exact", unit, subject: np.text, precision: 1, change: null };
}

export const rankRule: ClaimRule = {
  id: "rank",
  description: "The ordinal of an event or item (\"the fifth attack\", \"the sixth day of the trial\"), not a superlative or a period.",
  read: (s, i) => tryRank(s, i),
};
