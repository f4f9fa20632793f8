/** Parsing of numbers written in digits or in words, and the precision rule. */
import { adjacent, type Token } from "./tokens";

export const SMALL_NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words usable after digits ("9 thousand") and inside word numbers. */
export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
  mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
};

/** Suffixes glued to digits: "2m", "$2.6bn", "5k". "m" is decided by context (million or metre). */
export const SCALE_SUFFIXES: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
};

export interface ParsedNumber {
  /** Index of the first and last token (inclusive). */
  first: number;
  last: number;
  value: number;
  /** Step the number was stated with, before any scale word. */
  precision: number;
  /** Written in words ("fifty billion") rather than digits. */
  inWords: boolean;
  /** A scale word or suffix was applied ("9 thousand", "2m"). */
  scaled: boolean;
  /** The trailing scale ("three million" → 1e6; 1 when none), for ranges: "two to three million". */
  scale: number;
}

/** Round away binary noise (0.9 * 9000 = 8100.000000000001). */
export function clean(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** 10^(trailing zeros) for integers: 1,350 → 10, 1,500 → 100, 7 → 1. */
export function integerStep(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let step = 1;
  let v = Math.abs(value);
  while (v % 10 === 0) {
    v /= 10;
    step *= 10;
  }
  return step;
}

/** Parse a digit token: "1,350" → 1350 (step 10); "2.6" → 2.6 (step 0.1). */
export function parseDigits(text: string): { value: number; precision: number } {
  const plain = text.replace(/,/g, "");
  const value = Number(plain);
  const dot = plain.indexOf(".");
  const precision = dot >= 0 ? Math.pow(10, -(plain.length - dot - 1)) : integerStep(value);
  return { value, precision: clean(precision) };
}

function wordValue(lower: string): number | undefined {
  return SMALL_NUMBER_WORDS[lower] ?? TENS_WORDS[lower];
}

/**
 * Parse a number written in words starting at tokens[i]: "fifty billion",
 * "twenty-five", "one hundred and twenty", "a thousand", "two dozen".
 * A leading "a" is accepted only before hundred/thousand/million/.../dozen.
 */
export function parseNumberWords(tokens: Token[], i: number): ParsedNumber | null {
  const startToken = tokens[i];
  if (!startToken || startToken.kind !== "word") return null;
  let j = i;
  let total = 0;
  let current = 0;
  let seenAny = false;
  let scaled = false;
  let lastScale = 1;
  let last = i - 1;

  if (startToken.lower === "a" || startToken.lower === "an") {
    const next = tokens[i + 1];
    if (!next || !(next.lower === "hundred" || next.lower === "dozen" || SCALE_WORDS[next.lower])) return null;
    current = 1;
    seenAny = true;
    last = i;
    j = i + 1;
  }

  while (j < tokens.length) {
    const t = tokens[j];
    if (t.kind !== "word") break;
    const unit = wordValue(t.lower);
    if (unit !== undefined) {
      // "two three" is not one number; a new unit needs an empty slot,
      // or ones after a tens word: "ninety five" written without its hyphen.
      const onesAfterTens = TENS_WORDS[tokens[j - 1]?.lower ?? ""] !== undefined && unit >= 1 && unit <= 9 && j - 1 === last;
      if (seenAny && current % 100 !== 0 && current !== 0 && !onesAfterTens) break;
      current += unit;
      seenAny = true;
      last = j;
      j++;
      // hyphenated compound: twenty-five
      if (TENS_WORDS[t.lower] && tokens[j]?.text === "-" && adjacent(t, tokens[j]) && adjacent(tokens[j], tokens[j + 1])) {
        const ones = SMALL_NUMBER_WORDS[tokens[j + 1].lower];
        if (ones !== undefined && ones > 0 && ones < 10) {
          current += ones;
          last = j + 1;
          j += 2;
        }
      }
      continue;
    }
    if (!seenAny) return null;
    if (t.lower === "hundred") {
      current = (current || 1) * 100;
      last = j;
      j++;
      continue;
    }
    if (t.lower === "dozen") {
      current = (current || 1) * 12;
      last = j;
      j++;
      continue;
    }
    const scale = t.lower in SCALE_WORDS && t.lower.length > 3 ? SCALE_WORDS[t.lower] : undefined;
    if (scale) {
      total += (current || 1) * scale;
      current = 0;
      scaled = true;
      lastScale = scale;
      last = j;
      j++;
      continue;
    }
    // "one hundred and twenty"
    if (t.lower === "and" && (tokens[j - 1]?.lower === "hundred" || tokens[j - 1]?.lower === "thousand") && wordValue(tokens[j + 1]?.lower ?? "") !== undefined) {
      j++;
      continue;
    }
    break;
  }
  if (!seenAny) return null;
  const value = total + current;
  const scale = tokens[last].lower in SCALE_WORDS ? lastScale : 1;
  return { first: i, last, value, precision: integerStep(value), inWords: true, scaled, scale };
}

export function isNumberWord(lower: string): boolean {
  return wordValue(lower) !== undefined || lower === "hundred" || lower === "thousand" || lower === "million" || lower === "billion" || lower === "trillion" || lower === "dozen";
}

/** Every word that writes a number: "two", "twenty", "hundred", "million". */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(SMALL_NUMBER_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS)]);
