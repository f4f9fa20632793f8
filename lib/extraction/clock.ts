/**
 * Clock times ("at around 4.30am", "about 3pm", "just before 11:30 p.m.",
 * "at 9:25 hours", "0401 GMT") → minutes after midnight.
 *
 * A time needs a clock marker: am/pm (glued, spaced or dotted), "hours"/"hrs"
 * or a time zone after it, or "h:mm" with a colon after a time preposition
 * ("at 9:25"). "4.30" alone is a decimal, not a time.
 */
import type { Token } from "./tokens";

export interface ClockMatch {
  first: number;
  last: number;
  /** Minutes after midnight. */
  minutes: number;
  /** The step the time was stated with, in minutes: 3pm → 60, 4.30am → 30, 11:25 → 5. */
  precision: number;
}

const ZONES = new Set(["gmt", "utc", "bst", "cet", "cest", "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "ist", "jst", "aest", "et", "pt"]);
const TIME_PREPOSITIONS = new Set(["at", "around", "about", "before", "after", "until", "till", "by", "from", "to", "approximately", "roughly", "since"]);

/** am/pm at tokens[k]: "am", "pm", "a.m.", "p.m", "A.M." → { half, last } */
function meridiem(tokens: Token[], k: number): { pm: boolean; last: number } | null {
  const t = tokens[k];
  if (!t || t.kind !== "word") return null;
  if (t.lower === "am" || t.lower === "pm") return { pm: t.lower === "pm", last: k };
  if ((t.lower === "a" || t.lower === "p") && tokens[k + 1]?.text === "." && tokens[k + 2]?.lower === "m" && tokens[k + 1].start === t.end && tokens[k + 2].start === tokens[k + 1].end) {
    const dot = tokens[k + 3];
    return { pm: t.lower === "p", last: dot?.text === "." && dot.start === tokens[k + 2].end ? k + 3 : k + 2 };
  }
  return null;
}

function step(minutes: number): number {
  if (minutes === 0) return 60;
  if (minutes % 30 === 0) return 30;
  if (minutes % 15 === 0) return 15;
  if (minutes % 5 === 0) return 5;
  return 1;
}

/** A clock time starting at tokens[i] (a number token). */
export function parseClockAt(tokens: Token[], i: number): ClockMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== "num") return null;
  let hour: number;
  let minute = 0;
  let last = i;
  let colon = false;
  if (/^\d{1,2}$/.test(t.text)) {
    hour = Number(t.text);
    const sep = tokens[i + 1];
    const mm = tokens[i + 2];
    if (sep && (sep.text === ":") && sep.start === t.end && mm?.kind === "num" && mm.start === sep.end && /^\d{2}$/.test(mm.text)) {
      minute = Number(mm.text);
      last = i + 2;
      colon = true;
    }
  } else if (/^\d{1,2}\.\d{2}$/.test(t.text)) {
    [hour, minute] = t.text.split(".").map(Number);
  } else if (/^\d{4}$/.test(t.text)) {
    // "0401 GMT", "1530 hours": only with a zone or "hours" after it
    const next = tokens[i + 1];
    if (!next || !(ZONES.has(next.lower) || next.lower === "hours" || next.lower === "hrs")) return null;
    hour = Number(t.text.slice(0, 2));
    minute = Number(t.text.slice(2));
    if (hour > 23 || minute > 59) return null;
    return { first: i, last: i + 1, minutes: hour * 60 + minute, precision: step(minute) };
  } else {
    return null;
  }
  if (minute > 59 || hour > 24) return null;
  const m = meridiem(tokens, last + 1);
  if (m) {
    if (hour < 1 || hour > 12) return null;
    const h = (hour % 12) + (m.pm ? 12 : 0);
    let end = m.last;
    if (tokens[end + 1] && ZONES.has(tokens[end + 1].lower) && tokens[end + 1].text === tokens[end + 1].text.toUpperCase()) end++;
    return { first: i, last: end, minutes: h * 60 + minute, precision: step(minute) };
  }
  const next = tokens[last + 1];
  if (next && (next.lower === "hours" || next.lower === "hrs" || next.lower === "h") && (colon || t.text.includes(".")) && hour < 24) {
    return { first: i, last: last + 1, minutes: hour * 60 + minute, precision: step(minute) };
  }
  if (next && ZONES.has(next.lower) && next.text === next.text.toUpperCase() && (colon || t.text.includes(".")) && hour < 24) {
    return { first: i, last: last + 1, minutes: hour * 60 + minute, precision: step(minute) };
  }
  if (colon && hour < 24 && TIME_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "")) {
    return { first: i, last, minutes: hour * 60 + minute, precision: step(minute) };
  }
  return null;
}

/**
 * The interval a time's wording allows: "around" ±15 min, "just before"
 * [v−15, v], "just after" [v, v+15], "before"/"by"/"until" up to v, "after"
 * from v (open). Returns the qualifier and the first token of its phrase.
 */
export function clockQualifier(tokens: Token[], first: number, floor: number): { qualifier: "exact" | "about" | "almost" | "at_most" | "at_least" | "more_than" | "less_than"; index: number; low: (v: number) => number | null; high: (v: number) => number | null } {
  const k = first - 1;
  const w = tokens[k]?.lower ?? "";
  const w2 = tokens[k - 1]?.lower ?? "";
  const inReach = (idx: number) => idx >= floor;
  if (/^(around|about|roughly|approximately|circa|approx)$/.test(w) && inReach(k)) {
    return { qualifier: "about", index: k, low: (v) => Math.max(0, v - 15), high: (v) => v + 15 };
  }
  if (w === "before" && w2 === "just" && inReach(k - 1)) return { qualifier: "almost", index: k - 1, low: (v) => Math.max(0, v - 15), high: (v) => v };
  if (w === "after" && w2 === "just" && inReach(k - 1)) return { qualifier: "at_least", index: k - 1, low: (v) => v, high: (v) => v + 15 };
  if ((w === "before" || w === "by" || w === "until" || w === "till") && inReach(k)) return { qualifier: "at_most", index: k, low: () => 0, high: (v) => v };
  if (w === "after" && inReach(k)) return { qualifier: "more_than", index: k, low: (v) => v, high: () => null };
  return { qualifier: "exact", index: first, low: (v) => v, high: (v) => v };
}
