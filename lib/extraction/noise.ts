/**
 * Numbers that are never figures: phone numbers, times of day, sports scores,
 * list markers, and identifiers ("Boeing 737", "Article 5", "COVID-19").
 * Phone numbers, times and scores are found by pattern over the sentence
 * text and masked; the scanner skips any number inside a mask.
 */
import { adjacent, type Token } from "./tokens";

const MASK_PATTERNS: RegExp[] = [
  // phone numbers: +44 20 7946 0958, (555) 123-4567, 555-123-4567, 555.123.4567
  /\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}/g,
  /\(\d{3}\)\s?\d{3}[-.\s]\d{4}/g,
  /\b(?:1[-.])?\d{3}[-.]\d{3}[-.]\d{4}\b/g,
  /\b\d{3}-\d{4}\b(?!\s*(?:percent|%))/g,
  // times of day: 10:30, 9:15:00, 3 p.m., 9am, 5 o'clock, 1500 GMT
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?!\d)/gi,
  /\b\d{1,2}\.\d{2}\s?[ap]\.?m\.?(?![a-z])/gi,
  /\b\d{1,2}\s?[ap]\.?m\.?(?![a-z])/gi,
  /\b\d{1,2}\s?o['’]clock/gi,
  /\b\d{4}\s?(?:GMT|UTC|hrs|hours\s+(?:GMT|local))\b/g,
  // sports scores with a sports word nearby: "won 3-1", "a 24-17 victory"
  /\b(?:won|beat|beats|defeated|lost|drew|tied|trailed|led|leads|score[ds]?|edged|passed|voted)\s+(?:\w+\s+){0,3}?\d{1,3}\s?[-–]\s?\d{1,3}\b(?!\s*(?:%|per\b|percent|[a-z]{2,}s\b))/gi,
  /\b\d{1,3}\s?[-–]\s?\d{1,3}\s+(?:win|victory|defeat|loss|draw|lead|scoreline|vote|ruling|decision|majority|split|margin|verdict)\b/gi,
];

/**
 * Code and markup left in page text ("alert(1)", "x[3]", "var a = 5;",
 * '<td width="300">'): numbers there are arguments, indexes and attribute
 * values, never figures. Kept apart from MASK_PATTERNS because every rule
 * (clock times and dates too) must skip them; see `codeMask`.
 */
const CODE_PATTERNS: Array<[trigger: RegExp, pattern: RegExp]> = [
  // a call: an identifier glued to its argument list, "alert(1)", "Math.max(2,3)", "foo()"
  [/\w\(/, /\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\((?:[^()\s]|,\s?){0,40}\)/g],
  // an index: "x[3]", "rows[i+1]"
  [/\w\[/, /\b[A-Za-z_]\w*\[[^\[\]\s]{1,20}\]/g],
  // a declaration or a statement ending in a semicolon: "var a = 5;", "count += 2;"
  [/=/, /\b(?:var|let|const|int|float|double|long|char|bool|auto)\s+[A-Za-z_]\w*\s*=[^;\n]{0,60};?/g],
  [/=[^;]*;/, /\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\s*[-+*\/%|&]?=\s*[^=;\n]{1,60};/g],
  // operators that prose does not use: "x == 3", "i < 10 && j != 2"
  [/==|!=|&&|\|\|/, /\S+\s*(?:===?|!==?|&&|\|\|)\s*\S+/g],
  // a braced block of code or style: "{ width: 300px; }", "{a=1}"
  [/\{/, /\{[^{}\n]*[;=:][^{}\n]*\}/g],
  // markup: tags, attributes and character references
  [/</, /<\/?[A-Za-z][^<>\n]{0,200}>/g],
  [/=["']/, /\b[\w-]+=["'][^"'\n]{0,40}["']/g],
  [/&/, /&#?\w{1,8};/g],
];

export type Mask = Array<[number, number]>;

function maskOf(patterns: RegExp[], sentence: string, offset: number): Mask {
  const mask: Mask = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) {
      // Only number tokens consult the mask, so masking the whole match is harmless.
      mask.push([offset + m.index, offset + m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return mask;
}

/** Masked spans (absolute offsets) in sentence text starting at `offset`. */
export function noiseMask(sentence: string, offset: number): Mask {
  return maskOf(MASK_PATTERNS, sentence, offset);
}

/** Spans of code or markup (absolute offsets): no figure starts or lies there. */
export function codeMask(sentence: string, offset: number): Mask {
  // each pattern runs only where its trigger (a cheap test) occurs: most sentences have none
  const patterns = CODE_PATTERNS.filter(([trigger]) => trigger.test(sentence)).map(([, pattern]) => pattern);
  return patterns.length > 0 ? maskOf(patterns, sentence, offset) : [];
}

export function isMasked(mask: Mask, start: number, end: number): boolean {
  for (const [a, b] of mask) if (start < b && end > a) return true;
  return false;
}

/** Words before a number that make it a label: "page 12", "Article 5", "No. 3". */
const IDENTIFIER_WORDS = new Set([
  "page", "pages", "chapter", "article", "section", "no", "nos", "number", "room", "route", "highway", "flight",
  "resolution", "paragraph", "gate", "platform", "terminal", "episode", "season", "version", "apartment", "suite",
  "tel", "phone", "fax", "ext", "vol", "volume", "verse", "psalm", "fig", "appendix", "annex", "clause",
  "category", "tier", "grade", "stage", "phase",
]);

/**
 * Is the number token at i a label, code or list marker rather than a figure?
 * `sentenceFirst`: index of the sentence's first token.
 */
export function isLabelNumber(tokens: Token[], i: number, sentenceFirst: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // glued to letters before: "COVID-19", "F-16", "G7", "A320"
  if (prev && adjacent(prev, t) && prev.kind === "word") return true;
  // ("minus-5" is a sign, "sub-300" a qualifier)
  if (prev && prev.text === "-" && adjacent(prev, t) && tokens[i - 2]?.kind === "word" && adjacent(tokens[i - 2], prev) && !/^(minus|sub)$/.test(tokens[i - 2].lower)) return true;
  // the second part of a code: "XK2-173"
  if (prev?.text === "-" && adjacent(prev, t) && tokens[i - 2]?.kind === "num" && adjacent(tokens[i - 2], prev) && tokens[i - 3]?.kind === "word" && adjacent(tokens[i - 3], tokens[i - 2])) return true;
  // list marker at the start of a line: "1." "2)" "(3)"
  if (i === sentenceFirst && next && adjacent(t, next) && (next.text === "." || next.text === ")") && /^\d{1,2}$/.test(t.text)) return true;
  if (i === sentenceFirst + 1 && prev?.text === "(" && next?.text === ")") return true;
  // "page 12", "Article 5"
  if (prev && prev.kind === "word" && IDENTIFIER_WORDS.has(prev.lower) && /^\d+$/.test(t.text)) return true;
  if (prev?.text === "." && tokens[i - 2] && IDENTIFIER_WORDS.has(tokens[i - 2].lower)) return true;
  if (prev?.text === "#") return true;
  // "ID.3", "Model.2": a name glued to a dot before the number
  if (prev?.text === "." && adjacent(prev, t) && tokens[i - 2]?.kind === "word" && adjacent(tokens[i - 2], prev) && /^[A-Z]/.test(tokens[i - 2].text)) return true;
  // a shirt number after a name: "Dak Prescott (4) celebrates"
  if (prev?.text === "(" && next?.text === ")" && /^\d{1,2}$/.test(t.text) && tokens[i - 2]?.kind === "word" && /^[A-Z]/.test(tokens[i - 2].text)) return true;
  // ".38 caliber", "12-gauge" are read as calibres (extract.ts tryCalibre) before this; a number left
  // before a calibre word ("7.62 caliber", a bare "0-gauge") is no amount
  const spec = next?.text === "-" ? tokens[i + 2] : next;
  if (spec && /^(caliber|calibre|gauge|bore)$/.test(spec.lower)) return true;
  // "007", "00": codes and clock minutes, never quantities
  if (/^0\d/.test(t.text)) return true;
  return false;
}
