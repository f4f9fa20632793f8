/**
 * A duration of one unit worded with the article: "around an hour", "for a
 * week", "as recently as a week ago", "a quarter-century of", "half an hour".
 * Only with a qualifier, a preposition of time or "ago" around it, so that
 * "a year of change" or "an hour-long show" are not read as figures.
 */
import { qualify } from "../figure-context";
import type { Draft, Scan } from "../scan-state";
import { TIME_UNITS } from "../units";
import type { ClaimRule } from "./rule";

const DURATION_PREPOSITIONS = new Set(["for", "in", "within", "after", "over", "during", "about", "around", "nearly", "almost", "than", "as"]);
const PARTS: Readonly<Record<string, number>> = { quarter: 0.25, half: 0.5 };

function tryArticleDuration(s: Scan, i: number, floor: number): Draft | null {
  const tokens = s.tokens;
  const first = i;
  let share = 1;
  let k = i;
  if (tokens[k]?.lower === "half" && (tokens[k + 1]?.lower === "a" || tokens[k + 1]?.lower === "an")) {
    share = 0.5;
    k++;
  }
  if (tokens[k]?.lower !== "a" && tokens[k]?.lower !== "an") return null;
  k++;
  // "a quarter-century", "a half-hour"
  if (PARTS[tokens[k]?.lower ?? ""] !== undefined && tokens[k + 1]?.text === "-") {
    share *= PARTS[tokens[k].lower];
    k += 2;
  }
  const word = tokens[k];
  const unit = word && word.kind === "word" && !/s$/.test(word.lower) ? TIME_UNITS[word.lower] : undefined;
  if (!unit || tokens[k + 1]?.text === "-") return null;
  // "in a second car" is an ordinal: the time unit only ends its phrase ("in a second", "a second or two")
  if (unit === "second" && tokens[k + 1]?.kind === "word" && !/^(ago|or|and|later|before|after|of)$/.test(tokens[k + 1].lower)) return null;
  const before = tokens[first - 1]?.lower ?? "";
  const ago = tokens[k + 1]?.lower === "ago";
  const quarterOf = share !== 1 && tokens[k + 1]?.lower === "of";
  if (!DURATION_PREPOSITIONS.has(before) && !ago && !quarterOf) return null;
  return qualify(s, { first, last: k, kind: "duration", value: share, low: share, high: share, qualifier: "exact", unit, subject: null, precision: share, change: null }, floor);
}

export const articleDurationRule: ClaimRule = {
  id: "article-duration",
  description: "A duration of one unit worded with the article: \"around an hour\", \"a week ago\", \"a quarter-century of\".",
  read: (s, i, floor) => tryArticleDuration(s, i, floor),
};
