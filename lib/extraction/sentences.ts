/**
 * Sentence splitting with exact offsets. A line break always ends a sentence
 * (headlines, bullets and paragraphs carry no final period). Otherwise a
 * sentence ends at . ! ? (plus closing quotes/brackets) followed by a space and
 * a character that is not a lower-case letter, unless the period closes a
 * known abbreviation ("Aug.", "Mr.", "U.S.") or an initial ("J.").
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Always abbreviations: a period after them never ends a sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep",
  "st", "jr", "sr", "vs", "approx", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u",
]);

/** Abbreviations that are also words ("no", "mar"): only before a digit ("No. 5", "Aug. 10"). */
const ABBREVIATIONS_BEFORE_DIGIT = new Set([
  "no", "nos", "fig", "vol", "pp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»"]);

function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The word (letters and inner periods) that ends right before position `dot`. */
function wordBefore(text: string, dot: number, lineStart: number): string {
  let k = dot;
  while (k > lineStart) {
    const ch = text[k - 1];
    if (/[A-Za-z.]/.test(ch)) k--;
    else break;
  }
  return text.slice(k, dot).toLowerCase();
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (to > from) out.push({ start: from, end: to, text: text.slice(from, to) });
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch === "\n") {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i + 1;
    while (j < n && (CLOSERS.has(text[j]) || text[j] === "." || text[j] === "!" || text[j] === "?")) j++;
    if (j < n && text[j] !== " " && text[j] !== "\t" && text[j] !== "\u00a0") continue;
    let k = j;
    while (k < n && (text[k] === " " || text[k] === "\t" || text[k] === "\u00a0")) k++;
    if (k < n && text[k] !== "\n" && isLowerLetter(text[k])) continue;
    if (ch === ".") {
      const word = wordBefore(text, i, start);
      if (ABBREVIATIONS.has(word)) continue;
      if (ABBREVIATIONS_BEFORE_DIGIT.has(word) && /[0-9]/.test(text[k] ?? "")) continue;
      if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[i - 1])) continue; // initial "J."
      if (/^([a-z]\.)+[a-z]$/.test(word)) continue; // "U.S" style
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, n);
  return out;
}
