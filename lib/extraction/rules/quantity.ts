/** The general rule: a number with its unit or counted noun, and the guards for numbers that are names, scores, addresses or years. */
import { CROWD_NOUNS, INDEX_NAMES, NOT_COUNTED_COMPOUNDS, STREET_WORDS } from "../../lexicon/words";
import { readAmount } from "../amount";
import { MONTHS, isYearToken } from "../dates";
import { qualify, subjectAfter } from "../figure-context";
import { SCALE_WORDS, clean } from "../numbers";
import { readRange } from "../range";
import { oneOf, smallCount } from "./small-count";
import type { Amount, Draft, Scan } from "../scan-state";
import { DISCOURSE_NOUNS, isPluralNoun, isStopWord, lemmatize, nounPhraseAt } from "../subjects";
import { adjacent, isCapitalized, type Token } from "../tokens";
import type { Qualifier } from "../types";
import { subunitAfter } from "../unit-money";
import { readUnit } from "../unit-reader";
import { CURRENCY_WORDS, ISO_CURRENCIES, MEASURE_UNITS, PERCENT_WORDS, TIME_UNITS } from "../units";
import type { ClaimRule } from "./rule";

const isSmallWhole = (t: Token | undefined) => t?.kind === "num" && /^\d{1,2}$/.test(t.text) && Number(t.text) <= 30;

/** Tokens k..k+2 are "2-0": two small whole numbers joined by a dash, the first not below the second, no percent after. */
function isScorePair(t: Token[], k: number): boolean {
  return isSmallWhole(t[k]) && (t[k + 1]?.text === "-" || t[k + 1]?.text === "–") && adjacent(t[k], t[k + 1]) && adjacent(t[k + 1], t[k + 2]) && isSmallWhole(t[k + 2])
    && Number(t[k].text) >= Number(t[k + 2].text) && t[k + 3]?.text !== "%" && !(t[k + 3] && PERCENT_WORDS.has(t[k + 3].lower));
}

/** "2-2", "2-0 down": a score (two small whole numbers, the first not below the second), either side. */
function isScore(s: Scan, i: number): boolean {
  return isScorePair(s.tokens, i) || isScorePair(s.tokens, i - 2);
}

/**
 * A house number in an address: "9 E 71st St", "49 Zorro Ranch Road",
 * "22 Ave Foch", "Unit 3 at 16-18 Industrial Avenue": digits, then up to
 * four capitalised words (or ordinals) among which a street word.
 */
function isStreetNumber(s: Scan, i: number): boolean {
  const tokens = s.cased;
  if (tokens[i].kind !== "num" || !/^\d{1,5}$/.test(tokens[i].text)) return false;
  let k = i + 1;
  if ((tokens[k]?.text === "-" || tokens[k]?.text === "–") && tokens[k + 1]?.kind === "num" && adjacent(tokens[k], tokens[k + 1])) k += 2;
  for (let n = 0; n < 4 && k < tokens.length; n++) {
    const t = tokens[k];
    if (t.kind === "num" && /^(st|nd|rd|th)$/.test(tokens[k + 1]?.lower ?? "") && adjacent(t, tokens[k + 1])) {
      k += 2;
      continue;
    }
    if (t.kind !== "word" || !isCapitalized(t)) return false;
    if (STREET_WORDS.has(t.text)) return true;
    k++;
  }
  return false;
}

function tryQuantity(s: Scan, i: number, floor: number): Draft | null {
  const tokens = s.tokens;
  if (isScore(s, i)) return null;
  if (isStreetNumber(s, i)) return null;
  // the end of a season or fiscal year: "2014-15"
  if (tokens[i - 1]?.text === "-" && /^\d{2}$/.test(tokens[i].text) && isYearToken(tokens[i - 2]) && adjacent(tokens[i - 2], tokens[i - 1]) && adjacent(tokens[i - 1], tokens[i])) return null;
  // the denominator of "1/2" or "24/7"
  if (tokens[i - 1]?.text === "/" && adjacent(tokens[i - 1], tokens[i]) && tokens[i - 2]?.kind === "num" && adjacent(tokens[i - 2], tokens[i - 1])) return null;
  // "s&p 500", "ftse 100": a number in an index name
  const before = tokens[i - 1];
  if (tokens[i].kind === "num" && before && (INDEX_NAMES.has(before.lower) || (before.text.length === 1 && before.kind === "word" && (tokens[i - 2]?.text === "&" || tokens[i - 2]?.text === "/") && adjacent(tokens[i - 2], before)))) return null;
  // "AK 47 rifles", "MP 5": a number after a short all-capitals name, before a noun
  if (tokens[i].kind === "num" && before && before.kind === "word" && before.text.length <= 3 && /^[A-Z]+$/.test(before.text) && before.text !== "A" && before.text !== "I" && !ISO_CURRENCIES.has(before.text) && tokens[i + 1]?.kind === "word" && !CURRENCY_WORDS[tokens[i + 1].lower] && !SCALE_WORDS[tokens[i + 1].lower] && !MEASURE_UNITS[tokens[i + 1].lower] && !PERCENT_WORDS.has(tokens[i + 1].lower)) return null;
  const a = readAmount(s, i);
  if (!a) return null;
  let u = readUnit(s, a);
  if (u.scale) {
    // "30 MUSD", "75 USD million"
    a.value = clean(a.value * u.scale);
    a.precision = clean(a.precision * u.scale);
    a.scaled = true;
    a.scale *= u.scale;
  }
  if (a.gluedM && u.kind === "count") {
    // "2m people": the glued m was millions after all
    a.value = clean(a.value * 1e6);
    a.precision = clean(a.precision * 1e6);
    a.scaled = true;
    a.scale = 1e6;
  }
  let first = a.first;
  let last = u.last;
  let value = a.value;
  let low: number | null = null;
  let high: number | null = null;
  let precision = a.precision;
  let qualifier: Qualifier = "exact";

  // Ranges: "between 10 and 15", "10 to 12 percent", "1.0-1.5", "two or three".
  const range = readRange(s, a, u);
  if (range) {
    u = range.unit;
    last = range.last;
    low = range.low;
    high = range.high;
    value = clean((range.low + range.high) / 2);
    precision = Math.min(precision, range.precision);
    qualifier = "range";
    if (range.first < first) first = range.first;
  }

  // an amount in a currency and its hundredths: "3 dollars 50 cents", "15 euros and 50."
  if (!range && u.kind === "money" && !a.scaled && Number.isInteger(value) && !/^(cent|penny|sen|satoshi)$/.test(u.unit)) {
    const sub = subunitAfter(s, u.next, u.last > a.last || !!a.gluedUnit);
    if (sub) {
      value = clean(value + sub.hundredths / 100);
      precision = 0.01;
      last = sub.last;
      u = { ...u, last: sub.last, next: sub.last + 1 };
    }
  }

  // (after an approximation a four-digit number is an amount: "about 1000 come from Asia")
  const isYearLike = !range && isYearToken(tokens[a.first]) && a.first === a.last && !a.currency && u.kind === "count"
    && !(/^(about|around|roughly|approximately|nearly|almost|some|over|than|least|most)$/.test(tokens[a.first - 1]?.lower ?? "")
      && !/^(in|since|by|until|from|of|during|before|after|circa|to)$/.test(tokens[a.first - 2]?.lower ?? "")); // "in about 1850" is a year
  let kind = u.kind;
  let skipTo: number | undefined;
  let unit = u.unit;
  let subject: string | null = null;
  let fixedConcept: string | undefined;
  let rule: string | undefined;

  if (kind === "count") {
    if (u.unit && !u.compound) {
      // a unit word read after the number ("points", "times", "basis points", "ppg") is what is counted
      subject = null;
    } else {
      let at = u.next;
      const prev = tokens[a.first - 1];
      if (a.inWords && value === 1 && !a.scaled && !range) return oneOf(s, a, u, first, floor);
      // "iPhone 11 Pro", "S P 500 stocks", "Boeing 787 Dreamliner": a number inside a product or index name
      if (!range && !a.currency && !a.inWords && prev && isCapitalized(prev) && a.first - 1 !== s.firstWord && MONTHS[prev.lower] === undefined) {
        const nextTok = tokens[a.last + 1];
        if (/[A-Z]/.test(prev.text.slice(1)) && /[a-z]/.test(prev.text) || prev.text.length === 1 || (nextTok && isCapitalized(nextTok))) return null;
      }
      // a camel-case brand before the number: "iPhone 11", "eBay 2"
      if (!range && !a.currency && !a.inWords && prev && /^[a-z]{1,2}[A-Z][a-zA-Z]*$/.test(prev.text) && a.first === u.last) return null;
      if (tokens[at]?.lower === "of" && !a.inWords) at++;
      // (a suspended hyphen, "four-, five- and six-cylinder", ends at the hyphen: its noun is the unit read ahead)
      let np = u.compound ? (tokens[u.last].text === "-" ? { text: u.unit, head: u.unit, first: u.last, last: u.last } : { text: tokens[u.last].text, head: tokens[u.last].lower, first: u.last, last: u.last }) : nounPhraseAt(s.text, tokens, at, true);
      if (!np && !isYearLike && !a.inWords && !range && at === u.next) np = unhyphenatedCompound(s, a, at);
      if (np) {
        subject = np.text;
        unit = lemmatize(np.head);
        for (let k = np.first; k <= np.last; k++) if (tokens[k].kind === "num") skipTo = np.last;
      }
      if (isYearLike && !np) return null; // "in 2001", "2021 (AP photo)"
      // "in 2001 troops ...", "the 1988 floods": a year, not a count
      if (isYearLike && prev && (/^(in|since|by|until|from|of|during|before|after|early|late|mid|the|a|an|its|their|this|that|[a-z]+['’]s)$/.test(prev.lower) || (isCapitalized(prev) && a.first - 1 !== s.firstWord))) return null;
      // "a 200 person crowd", "a 200-person crowd": people, in a crowd
      if (np && unit === "people" && np.first === np.last && CROWD_NOUNS.has(tokens[np.last + 1]?.lower ?? "")) {
        subject = tokens[np.last + 1].lower;
        fixedConcept = subject;
      }
      const crowd = !np ? crowdBefore(s, a.first) : null;
      if (crowd) {
        unit = "people";
        subject = crowd;
        fixedConcept = crowd;
      } else if (!np) {
        const small = a.inWords && value <= 10 && !range ? smallCount(s, a, u) : null;
        if (small) {
          unit = small.unit;
          subject = small.subject;
          rule = small.rule;
        } else if (a.inWords && value <= 10 && !range) return null; // "the two", "one must"
        // "Apollo 11", "Boeing 737", "Section 230": a name followed by a number, with nothing counted (in a headline any word is capitalised: "Kills Two")
        if (!range && !a.currency && prev && isCapitalized(prev) && a.first - 1 !== s.firstWord && MONTHS[prev.lower] === undefined && !(s.titleCase && a.inWords)) return null;
        const parallel = parallelFigure(s, a);
        const earlier = [...s.drafts].reverse().find((d) => d.kind === "count" && d.unit && d.unit !== "times");
        if (parallel) {
          // "the highest forecast is 84.75 cents, while the lowest is 74.07"
          kind = parallel.kind;
          unit = parallel.unit;
        } else if (earlier) {
          unit = earlier.unit; // "188 counties ... and another 135"
          subject = earlier.subject;
        }
      }
      if (value <= 12 && !range && DISCOURSE_NOUNS.has(unit)) return null; // "three reasons"
    }
  } else {
    if (a.inWords && value === 1 && !a.scaled && kind !== "duration" && kind !== "age" && kind !== "percent" && kind !== "money") return null;
    subject = subjectAfter(s, u.next, kind);
  }

  if (!range) {
    low = value;
    high = value;
  }
  return qualify(s, { first, last, kind, value, low, high, qualifier, unit, subject, precision, change: null, skipTo, concept: fixedConcept, rule }, floor, !!range);
}

/**
 * "estimated the crowd at (about) 70", "a crowd of 200", "turnout at 5,000":
 * a bare number measuring a crowd counts people. The crowd noun, or null.
 */
function crowdBefore(s: Scan, first: number): string | null {
  const tokens = s.tokens;
  let b = first - 1;
  while (b >= first - 3 && /^(about|around|roughly|some|nearly|almost|approximately|than|more|fewer|least|over|under|just|an|estimated)$/.test(tokens[b]?.lower ?? "")) b--;
  const joiner = tokens[b]?.lower;
  if (joiner !== "at" && joiner !== "of") return null;
  const noun = tokens[b - 1];
  if (!noun || !CROWD_NOUNS.has(noun.lower)) return null;
  return noun.lower === "crowds" ? "crowd" : noun.lower;
}

/**
 * A bare number stated in parallel with an earlier measured figure of the
 * same sentence takes its unit: "the highest is 84.75 cents, while the
 * lowest is 74.07", "the DAX rose by 2 percent and the CAC by 1". Only
 * after a word that links the two (a copula, "to", "by", "and", "than",
 * "versus", "with") and when the two are of the same order of magnitude.
 */
function parallelFigure(s: Scan, a: Amount): Draft | null {
  const cue = s.tokens[a.first - 1]?.lower ?? "";
  if (!/^(is|was|are|were|be|to|by|and|or|than|versus|vs|with|at|from)$/.test(cue) || a.value === 0) return null;
  for (let n = s.drafts.length - 1; n >= 0; n--) {
    const d = s.drafts[n];
    if (d.kind === "date" || d.kind === "time" || d.kind === "rank" || d.kind === "age" || d.kind === "count") continue;
    if (d.value === 0 || !d.unit) continue;
    const written = s.text.slice(s.tokens[d.first].start, s.tokens[d.last].end);
    if (d.kind === "percent" && !/\d/.test(written)) continue; // "a third" is no measured figure
    if (d.change && (cue === "to" || cue === "at")) return null; // "rose 8% to 3.65": a level, not a change
    const ratio = Math.abs(a.value / d.value);
    if (ratio >= 0.2 && ratio <= 5) return d;
  }
  return null;
}

/**
 * "a 12 page document", "a 3 cylinder engine": a compound modifier written
 * without its hyphen (number, singular noun, then the noun it modifies)
 * counts that singular noun. Only after a determiner or a measure, so that
 * "Section 230 liability" or "in 2019 revenue" are not read.
 */
function unhyphenatedCompound(s: Scan, a: Amount, at: number): { text: string; head: string; first: number; last: number } | null {
  const tokens = s.tokens;
  const noun = tokens[at];
  const then = tokens[at + 1];
  const prev = tokens[a.first - 1];
  if (!noun || !then || noun.kind !== "word" || then.kind !== "word" || isCapitalized(noun) || isCapitalized(then)) return null;
  if (isStopWord(noun.lower) || isStopWord(then.lower) || isPluralNoun(noun.lower) || noun.lower.length < 3 || /(?:ly|ed|ing)$/.test(noun.lower) || /(?:ly|ed)$/.test(then.lower)) return null;
  if (NOT_COUNTED_COMPOUNDS.has(noun.lower) || DISCOURSE_NOUNS.has(noun.lower) || TIME_UNITS[noun.lower] || MEASURE_UNITS[noun.lower]) return null;
  const determiner = prev && /^(a|an|the|its|their|his|her|our|this|that)$/.test(prev.lower);
  const afterMeasure = prev && prev.kind === "word" && tokens[a.first - 2]?.kind === "num" && adjacent(tokens[a.first - 2], prev);
  if (!determiner && !afterMeasure) return null;
  return { text: noun.text, head: noun.lower, first: at, last: at };
}

export const quantityRule: ClaimRule = {
  id: "quantity",
  variants: {
    "quantity.compound-duration": "Here two durations written as one (\"1hr 4 mins\", \"2 hours and 30 minutes\"), added up in the smaller unit.",
    "quantity.elliptical": "Here a number in words whose noun is understood from before: the object of a verb (\"killing one\"), the rest of a set (\"the other three\") or a clause's subject (\"Two managed to escape\"); it counts what the last count before it counts.",
  },
  description: "A number (digits or words) with its currency, scale and unit, or the noun it counts; ranges and wording read around it.",
  read: (s, i, floor) => tryQuantity(s, i, floor),
};
