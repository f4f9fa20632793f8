/**
 * Fractions and proportions, valued in percent: "two-thirds" → 66.67,
 * "a third of", "half the", "one in five" → 20, "three out of four" → 75.
 * A fraction word needs a sign that it is not an ordinal ("a third term"):
 * a hyphen ("one-third"), a plural ("two thirds"), or a following "of".
 */
import { parseDigits, parseNumberWords } from "./numbers";
import { adjacent, type Token } from "./tokens";

const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/** Words after "half" that make it a proportion: "half the border", "half of all". */
const HALF_FOLLOWERS = new Set(["of", "the", "its", "their", "his", "her", "our", "all", "those", "these", "them"]);

export interface FractionMatch {
  first: number;
  last: number;
  /** Percent, rounded to 2 decimals. */
  percent: number;
  /** Token after which the measured thing is named ("of the border area"). */
  next: number;
}

function percentOf(numerator: number, denominator: number): number {
  return Math.round((numerator / denominator) * 10000) / 100;
}

function smallNumberAt(tokens: Token[], i: number): { value: number; last: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "num") {
    if (!/^\d{1,4}$/.test(t.text)) return null;
    return { value: parseDigits(t.text).value, last: i };
  }
  if (t.lower === "a" || t.lower === "an") return { value: 1, last: i };
  const words = parseNumberWords(tokens, i);
  return words && !words.scaled ? { value: words.value, last: words.last } : null;
}

export function parseFractionAt(tokens: Token[], i: number): FractionMatch | null {
  const t = tokens[i];
  if (!t) return null;
  // "half the border", "half of all"
  if (t.lower === "half") {
    const prev = tokens[i - 1]?.lower;
    if (prev === "a" || prev === "and" || prev === "the" || prev === "first" || prev === "second") return null;
    if (!HALF_FOLLOWERS.has(tokens[i + 1]?.lower ?? "")) return null;
    return { first: i, last: i, percent: 50, next: i + 1 };
  }
  const num = smallNumberAt(tokens, i);
  if (!num) return null;
  let j = num.last + 1;
  const hyphen = tokens[j]?.text === "-" && adjacent(tokens[j - 1], tokens[j]) && adjacent(tokens[j], tokens[j + 1]);
  if (hyphen) j++;
  const denomToken = tokens[j];
  const denominator = denomToken?.kind === "word" ? DENOMINATORS[denomToken.lower] : undefined;
  if (denominator !== undefined) {
    if (num.value >= denominator || num.value < 1) return null;
    const plural = denomToken.lower.endsWith("s") && num.value > 1;
    // "a third of the votes"; "one sixth the space", "a quarter the price": a fraction of a measure, "of" left out
    const followedByOf = tokens[j + 1]?.lower === "of" || (t.kind === "word" && /^(the|its|their)$/.test(tokens[j + 1]?.lower ?? "") && tokens[j + 2]?.kind === "word");
    if (!hyphen && !plural && !followedByOf) return null;
    if (t.lower === "a" && !followedByOf) return null;
    // "fourth" is mostly an ordinal: only hyphenated or plural
    // ("one fourth of the voters" is a fraction: "one" cannot precede an ordinal with "of")
    if (denominator === 4 && denomToken.lower.startsWith("fourth") && !hyphen && !plural && !(t.lower === "one" && followedByOf)) return null;
    return { first: i, last: j, percent: percentOf(num.value, denominator), next: j + 1 };
  }
  // "one in five", "three out of four"
  if (t.lower === "a" || t.lower === "an") return null;
  let k = num.last + 1;
  if (tokens[k]?.lower === "in") k++;
  else if (tokens[k]?.lower === "out" && tokens[k + 1]?.lower === "of") k += 2;
  else return null;
  const den = smallNumberAt(tokens, k);
  if (!den || tokens[k].lower === "a" || den.value <= num.value || den.value > 1000) return null;
  if (tokens[den.last + 1] && adjacent(tokens[den.last], tokens[den.last + 1]) && tokens[den.last + 1].kind === "word") return null;
  return { first: i, last: den.last, percent: percentOf(num.value, den.value), next: den.last + 1 };
}
