import type { Draft, Scan } from "../scan-state";
import { isCapitalized } from "../tokens";
import type { ClaimRule } from "./rule";
import { WEEKDAYS } from "../../lexicon/words";

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
  if (prev && /^(is|was)$/.test(prev.lower) && tokens[i - 2]?.lower === "who" && (next === undefined || /^[.,;)]$/.test(next.text)) && !/^[.,]$/.test(tokens[i + 2]?.text ?? "") ) {
    return ageDraft(s, i, age, null);
  }
  if (prev?.text !== "," || !(next === undefined || next.text === "," || next.text === "." || next.text === ")" || next.text === ";")) return null;
  let k = i - 2;
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

function ageDraft(s: Scan, i: number, age: number, subject: string | null): Draft {
  return { first: i, last: i, kind: "age", value: age, low: age, high: age, qualifier: "exact", unit: "year", subject, precision: 1, change: null };
}

export const ageRule: ClaimRule = {
  id: "age",
  description: "A person's age stated without a unit: \"Maria Lopez, 32,\", \"aged 18 to 34\", \"who was 10\".",
  read: (s, i) => tryNamedAge(s, i),
};
