import { ZERO_AUXILIARIES, ZERO_CASUALTY_NOUNS, ZERO_HARM_VERBS, ZERO_REPORT_VERBS } from "../../lexicon/words";
import type { Draft, Scan } from "../scan-state";
import { isPluralNoun, isStopWord, lemmatize } from "../subjects";
import { isCapitalized } from "../tokens";
import type { ClaimRule } from "./rule";

/**
 * A count of zero stated with "no"/"nobody" and an event it did not happen
 * to: "no injuries were reported", "no one was hurt", "nobody died",
 * "no passengers were injured", "there were no casualties", "with no
 * injuries to police". Harm and casualty nouns (injuries, casualties,
 * deaths, fatalities) count people. Only with a harm/arrest/reporting verb
 * after the phrase, or for casualty nouns after "with"/"there were": never
 * "no longer", "no more than 5" (a bound), "no plans", "no one knows".
 */
function tryZero(s: Scan, i: number): Draft | null {
  const tokens = s.tokens;
  const t = tokens[i];
  if (t.kind !== "word" || (t.lower !== "no" && t.lower !== "nobody")) return null;
  let head: number;
  let unit: string;
  let subject: string;
  let casualty = false;
  if (t.lower === "nobody" || tokens[i + 1]?.lower === "one") {
    head = t.lower === "nobody" ? i : i + 1;
    if (t.lower === "no" && tokens[i + 2]?.text === "-") return null; // "no one-size-fits-all"
    unit = "people";
    subject = "people";
  } else {
    let k = i + 1;
    // up to two modifiers: "no serious injuries", "no other passengers"
    while (k <= i + 3 && tokens[k]?.kind === "word" && !ZERO_CASUALTY_NOUNS.has(tokens[k].lower) && !isPluralNoun(tokens[k].lower) && !isStopWord(tokens[k].lower) && !isCapitalized(tokens[k])) k++;
    const noun = tokens[k];
    if (!noun || noun.kind !== "word" || isCapitalized(noun) || k > i + 3) return null;
    casualty = ZERO_CASUALTY_NOUNS.has(noun.lower);
    // "no reports of injuries": the casualties are what is counted
    if (/^reports?$/.test(noun.lower) && tokens[k + 1]?.lower === "of" && ZERO_CASUALTY_NOUNS.has(tokens[k + 2]?.lower ?? "")) {
      casualty = true;
      k += 2;
    }
    if (!casualty && !isPluralNoun(noun.lower)) return null;
    head = k;
    unit = casualty ? "people" : lemmatize(noun.lower);
    subject = s.text.slice(tokens[head === i + 1 || tokens[head] === noun ? i + 1 : head].start, tokens[head].end);
  }
  // the event: "were (immediately) reported", "was hurt", "died"
  let v = head + 1;
  while (v <= head + 4 && tokens[v] && ZERO_AUXILIARIES.has(tokens[v].lower)) v++;
  const verb = tokens[v]?.lower ?? "";
  // "No one was believed to be inside": nobody as the subject of any passive clause
  const passiveOfNobody = unit === "people" && !casualty && v > head + 1 && /^(was|were|is|are|been|being)$/.test(tokens[v - 1].lower) && s.tags()[v] === "VERB";
  const eventVerb = ZERO_HARM_VERBS.has(verb) || ((casualty || unit === "arrest") && ZERO_REPORT_VERBS.has(verb)) || passiveOfNobody;
  const before = tokens[i - 1]?.lower ?? "";
  const existential = casualty && (before === "with" || (/^(were|was|been)$/.test(before) && /^(there|have|has|had)$/.test(tokens[i - 2]?.lower ?? "")));
  if (!eventVerb && !existential) return null;
  if (!eventVerb && v !== head + 1) return null;
  return { first: i, last: head, kind: "count", value: 0, low: 0, high: 0, qualifier: "exact", unit, subject, precision: 1, change: null, concept: casualty ? subject : undefined };
}

export const zeroCountRule: ClaimRule = {
  id: "zero-count",
  description: "A count of zero worded with \"no\"/\"nobody\" and the event that did not happen (\"no injuries were reported\", \"nobody died\").",
  read: (s, i) => tryZero(s, i),
};
