/**
 * One more of something, worded as an ordinal after an indefinite article:
 * "critically wounding a third co-worker", "wounded a third, police said",
 * "A second was also hurt". The figure counts one (the newly mentioned
 * member), of the noun after it when a count before counts that noun too,
 * or, when no noun follows, of what the last count before it counts. Not
 * "a third of" (a fraction), "for a second time" (no verb takes it as object
 * or subject) or "won a third term" (nothing before counts terms).
 */
import { ORDINAL_WORDS } from "../ordinals";
import { lastCountedNoun, type Draft, type Scan } from "../scan-state";
import { lemmatize, nounPhraseAt } from "../subjects";
import { TIME_UNITS } from "../units";
import type { ClaimRule } from "./rule";

const NO_NOUN_TAGS = new Set(["PUNCT", "CCONJ", "SCONJ", "ADP", "VERB", "AUX", "ADV"]);

function tryOrdinalCount(s: Scan, i: number): Draft | null {
  const tokens = s.tokens;
  const article = tokens[i];
  const ordinal = tokens[i + 1];
  if (!article || !ordinal || (article.lower !== "a" && article.lower !== "an")) return null;
  const rank = ORDINAL_WORDS[ordinal.lower];
  if (rank === undefined || rank < 2 || ordinal.text !== ordinal.lower) return null;
  const next = tokens[i + 2];
  if (next?.lower === "of" || next?.text === "-") return null;
  // (a verb before it, or it opens the sentence: tested on tokens before tagging)
  const prev = tokens[i - 1];
  if (i !== s.firstWord && (prev?.kind !== "word" || prev.text !== prev.lower)) return null;
  const tags = s.tags();
  const byVerb = tags[i - 1] === "VERB" || (i === s.firstWord && (tags[i + 2] === "VERB" || tags[i + 2] === "AUX"));
  if (!byVerb) return null;
  let unit = "";
  let subject: string | null = null;
  if (next && !NO_NOUN_TAGS.has(tags[i + 2])) {
    const np = nounPhraseAt(s.text, tokens, i + 2, false);
    if (!np || np.first !== i + 2) return null;
    unit = lemmatize(np.head);
    subject = np.text;
    // one more of a set counted before ("killed two guards and wounded a third guard"), not a rank ("won a third term")
    if (!s.drafts.some((d) => d.kind === "count" && d.unit === unit)) return null;
  } else {
    if (TIME_UNITS[ordinal.lower]) return null; // "it took a second or two"
    ({ unit, subject } = lastCountedNoun(s));
  }
  return { first: i, last: i + 1, kind: "count", value: 1, low: 1, high: 1, qualifier: "exact", unit, subject, precision: 1, change: null };
}

export const ordinalCountRule: ClaimRule = {
  id: "ordinal-count",
  description: "One more of something worded as an ordinal after \"a\": \"wounding a third co-worker\", \"A second was also hurt\"; it counts one.",
  read: (s, i) => tryOrdinalCount(s, i),
};
