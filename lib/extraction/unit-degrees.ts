/** Degrees after a number: temperatures with or without their scale ("30 degrees Celsius", "6 deg c", "100° F", "85°"), and bare scales ("40 celsius"). */
import type { Amount, Scan, UnitRead } from "./scan-state";
import { closestWord, spellingIndex } from "./spelling";
import { adjacent, type Token } from "./tokens";

/** Temperature scale names and the unit each gives. */
const SCALES: Readonly<Record<string, string>> = { celsius: "°C", centigrade: "°C", fahrenheit: "°F" };
const SCALE_SPELLING = spellingIndex(Object.keys(SCALES), 7);
const DEGREE_WORDS = new Set(["degree", "degrees", "deg"]);

/** "Celsius", "fahrenheit", or one of them misspelled by a letter ("celcius", "farenheit"). */
export function scaleNamed(t: Token | undefined): string | null {
  if (!t || t.kind !== "word") return null;
  const name = SCALES[t.lower] ? t.lower : closestWord(t.lower, SCALE_SPELLING);
  return name ? SCALES[name] : null;
}

/** The scale right after a degree: a scale name, or the letter C or F ("degrees C", "°F", "deg c"). */
function scaleAt(tokens: readonly Token[], m: number): string | null {
  const t = tokens[m];
  if (!t || t.kind !== "word") return null;
  if (t.lower === "c" || t.lower === "f") {
    // a letter glued to a following word or number is no scale ("F Block" is, "Fx" is not)
    if (adjacent(t, tokens[m + 1]) && tokens[m + 1].kind !== "sym") return null;
    return t.lower === "c" ? "°C" : "°F";
  }
  return scaleNamed(t);
}

/** A degree (sign, word or "deg") at token k with its scale if one follows; a bare scale name. */
export function readDegrees(s: Scan, a: Amount, k: number): UnitRead | null {
  const tokens = s.tokens;
  const t = tokens[k];
  if (!t) return null;
  const sign = t.text === "°" || t.text === "º";
  if (sign || (t.kind === "word" && DEGREE_WORDS.has(t.lower))) {
    if (sign && !adjacent(tokens[a.last], t) && tokens[k + 1]?.kind === "num") return null;
    // "deg." abbreviated: the period belongs to it when a scale follows
    const m = t.lower === "deg" && tokens[k + 1]?.text === "." && adjacent(t, tokens[k + 1]) && scaleAt(tokens, k + 2) ? k + 2 : k + 1;
    const scale = scaleAt(tokens, m);
    if (scale) return { kind: "temperature", unit: scale, last: m, next: m + 1 };
    return { kind: "temperature", unit: "°", last: k, next: k + 1 };
  }
  const scale = scaleNamed(t);
  return scale ? { kind: "temperature", unit: scale, last: k, next: k + 1 } : null;
}

/** A scale after a degree glued to the digits: "1.2deg C". */
export function scaleAfterGluedDegree(s: Scan, k: number): UnitRead | null {
  const scale = scaleAt(s.tokens, k);
  return scale ? { kind: "temperature", unit: scale, last: k, next: k + 1 } : null;
}
