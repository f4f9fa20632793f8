import type { Draft, Scan } from "../scan-state";
import { isCapitalized } from "../tokens";
import type { ClaimRule } from "./rule";
import { DEATH_VERBS, NAME_SUFFIXES, WEEKDAYS } from "../../lexicon/words";

/** Words between "died" and "at 77" ("died yesterday in federal prison at 77"). */
const DEATH_VERB_REACH = 8;

/** The end of the text or of a clause, right after a figure: "Lopez, 32," or "died at 77." */
const isClauseEnd = (t: Scan["tokens"][number] | undefined) => t === undefined || /^[.,;)]$/.test(t.text);

/** "Maria Lopez, 32, of Ohio" and "aged 32". */
function tryNamedAge(s: Scan, i: number): Draft | null {
  const tokens = s.tokens;
  const t = tokens[i];
  if (t.kind !== "num" || !/^\d{1,3}$/.test(t.text)) return null;
  const age = Number(t.text);
  if (age < 1 || age > 120) return null;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && (prev.lower === "aged" || prev.lower === "age")) {
    const draft = ageDraft(s, i, age, null);
    // "aged 18 to 34": an age band
    const to = tokens[i + 1];
    const upper = tokens[i + 2];
    if (to && (to.lower === "to" || to.text === "-" || to.text === "–" || to.lower === "and") && upper?.kind === "num" && /^\d{1,3}$/.test(upper.text) && Number(upper.text) > age && Number(upper.text) <= 120) {
      return { ...draft, last: i + 2, value: (age + Number(upper.text)) / 2, low: age, high: Number(upper.text), qualifier: "range" };
    }
    return draft;
  }
  // "under the age of 5 years"
  if (prev?.lower === "of" && tokens[i - 2]?.lower === "age") {
    const draft = ageDraft(s, i, age, null);
    if (/^years?$/.test(next?.lower ?? "")) draft.last = i + 1;
    return draft;
  }
  // "their daughter, who was 10." : a relative clause giving a person's age
  if (prev && /^(is|was)$/.test(prev.lower) && tokens[i - 2]?.lower === "who" && isClauseEnd(next) && !/^[.,]$/.test(tokens[i + 2]?.text ?? "") ) {
    return ageDraft(s, i, age, null);
  }
  // "who died in prison at 77", "Dies at 77": an age at death.
  if (prev?.lower === "at" && isClauseEnd(next) && deathVerbBefore(s, i - 1)) return ageDraft(s, i, age, null);
  if (prev?.text !== "," || !isClauseEnd(next)) return null;
  let k = i - 2;
  // "Arcade Comeaux Jr., 49,": a generational suffix and its period end the name.
  if (tokens[k]?.text === "." && NAME_SUFFIXES.has(tokens[k - 1]?.lower ?? "")) k--;
  const nameEnd = k;
  while (k >= 0 && tokens[k].kind === "word" && isCapitalized(tokens[k])) {
    k--;
    // "Mr. Rahman": a title with its period belongs to the name
    if (tokens[k]?.text === "." && tokens[k - 1] && /^(mr|mrs|ms|dr|gen|col|prof|sen|rep|gov|lt|capt|sgt)$/.test(tokens[k - 1].lower)) k--;
  }
  if (nameEnd - k < 1) return null;
  const nameWords = tokens.slice(k + 1, nameEnd + 1);
  // A month or weekday before the comma is a date ("July 3, 2021" is caught earlier anyway).
  if (nameWords.some((w) => WEEKDAYS.includes(w.lower))) return null;
  const name = s.text.slice(nameWords[0].start, nameWords[nameWords.length - 1].end);
  return ageDraft(s, i, age, name);
}

/** A form of "die" among the few words before `end` in the same clause. */
function deathVerbBefore(s: Scan, end: number): boolean {
  for (let k = end - 1; k >= Math.max(0, end - DEATH_VERB_REACH); k--) {
    const t = s.tokens[k];
    if (/^[.;:]$/.test(t.text)) return false;
    if (DEATH_VERBS.has(t.lower)) return true;
  }
  return false;
}

function ageDraft(s: Scan, i: number, age: number, subject: string | null): Draft {
  return { first: i, last: i, kind: "age", value: age, low: age, high: age, qualifier: "exact", unit: "year", subject, precision: 1, change: null };
}

export const ageRule: ClaimRule = {
  id: "age",
  description: "A person's age stated without a unit: \"Maria Lopez, 32,\", \"aged 18 to 34\", \"who was 10\".",
  read: (s, i) => tryNamedAge(s, i),
};
