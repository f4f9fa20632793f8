/** Reads the unit after an amount: symbols, words, hyphenated and glued units, currencies, speeds, ages. */
import { MEASURE_ADJECTIVES, NOT_COUNTED_COMPOUNDS, SPORTS_RATES } from "../lexicon/words";
import type { Amount, Scan, UnitRead } from "./scan-state";
import { isPluralNoun, isStopWord, lemmatize, nounPhraseAt } from "./subjects";
import { adjacent, isCapitalized } from "./tokens";
import { readDegrees, scaleAfterGluedDegree } from "./unit-degrees";
import { closestWord, spellingIndex } from "./spelling";
import { currencyCode, millionsCode } from "./unit-money";
import { SCALE_WORDS } from "./numbers";
import { bracketedUnit, inchesAfterFeet, poweredUnit, spacedSymbol } from "./unit-symbols";
import { CUBIC_UNITS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_ADJECTIVES, MEASURE_UNITS, PERCENT_WORDS, SPEED_OF_LENGTH, SQUARE_UNITS, TIME_UNITS } from "./units";

// eight letters or more: shorter unit names have English neighbours ("gallons"/"galleons")
const MEASURE_SPELLING = spellingIndex(Object.keys(MEASURE_UNITS), 8);

/** The unit after an amount ending at token `k - 1`. */
export function readUnit(s: Scan, a: Amount): UnitRead {
  const tokens = s.tokens;
  const k = a.last + 1;
  const t = tokens[k];
  const count: UnitRead = { kind: "count", unit: "", last: a.last, next: k };
  if (a.gluedUnit) {
    // "80km/h": the glued unit continues with a slash and a time
    const den = tokens[k + 1]?.lower;
    if (a.gluedUnit.kind === "length" && t?.text === "/" && adjacent(tokens[a.last], t) && adjacent(t, tokens[k + 1]) && (den === "h" || den === "hr" || den === "s")) {
      const unit = den === "s" ? (a.gluedUnit.unit === "m" ? "m/s" : undefined) : SPEED_OF_LENGTH[a.gluedUnit.unit];
      if (unit) return { kind: "speed", unit, last: k + 1, next: k + 2 };
    }
    if (a.gluedUnit.unit === "°") return scaleAfterGluedDegree(s, k) ?? { ...a.gluedUnit, last: a.last, next: k };
    return { ...a.gluedUnit, last: a.last, next: k };
  }
  if (a.currency) return { kind: "money", unit: a.currency, last: a.last, next: k };
  if (a.gluedM) {
    // "2m people", "2.7m combined sales", "35m of its devices" are millions; "80m" alone is metres.
    if (t && t.kind === "word" && (isPluralNoun(t.lower) || CURRENCY_WORDS[t.lower])) return count;
    if (t && t.kind === "word" && !MEASURE_ADJECTIVES.has(t.lower)) {
      const at = t.lower === "of" ? k + 1 : k;
      const np = nounPhraseAt(s.text, tokens, tokens[at]?.lower === "its" || tokens[at]?.lower === "their" || tokens[at]?.lower === "the" ? at + 1 : at, true);
      if (np && np.first <= at + 1 && isPluralNoun(np.head) && (t.lower === "of" || np.last - np.first <= 6)) return count;
    }
    return { kind: "length", unit: "m", last: a.last, next: k };
  }
  if (!t) return count;
  if (t.text === "%") return { kind: "percent", unit: "%", last: k, next: k + 1 };
  // a currency sign after the digits: "1,200€"
  // (or after a space, when no number follows it to take it as a prefix: "15 €")
  if (t.kind === "sym" && CURRENCY_SYMBOLS[t.text] && tokens[k + 1]?.kind !== "num") return { kind: "money", unit: CURRENCY_SYMBOLS[t.text], last: k, next: k + 1 };
  // inches and feet written with primes: "25.5″", "6′"
  if ((t.text === "″" || t.text === "′") && adjacent(tokens[a.last], t) && !(tokens[k + 1]?.lower === "s" && adjacent(t, tokens[k + 1]))) return { kind: "length", unit: t.text === "″" ? "in" : "ft", last: k, next: k + 1 };
  const symbol = readDegrees(s, a, k) ?? bracketedUnit(s, k) ?? inchesAfterFeet(s, a, k);
  if (symbol) return symbol;
  if (t.kind !== "word" && t.text !== "-") return count;
  const spaced = spacedSymbol(s, a, k);
  if (spaced) return spaced;
  // a letter glued to digits after it is a code, not a unit: "24703 m212" (a power "km2" is read below)
  const glued = tokens[k + 1];
  if (t.kind === "word" && glued?.kind === "num" && adjacent(t, glued) && !/^[23]$/.test(glued.text)) return count;
  const w = t.lower;
  if (PERCENT_WORDS.has(w)) {
    if (w === "percentage" && (tokens[k + 1]?.lower === "points" || tokens[k + 1]?.lower === "point")) return { kind: "percent", unit: "pp", last: k + 1, next: k + 2 };
    if (w === "percentage") return count;
    return { kind: "percent", unit: "%", last: k, next: k + 1 };
  }
  if (w === "per" && tokens[k + 1]?.lower === "cent") return { kind: "percent", unit: "%", last: k + 1, next: k + 2 };
  const code = currencyCode(t) ?? millionsCode(t);
  if (code) {
    // "75 USD million": a scale after the code; "30 MUSD": a code in millions
    const scaleWord = tokens[k + 1]?.lower ?? "";
    const after = scaleWord.length > 3 && SCALE_WORDS[scaleWord] && !a.scaled ? SCALE_WORDS[scaleWord] : 1;
    const scale = (currencyCode(t) ? 1 : 1e6) * after;
    const last = after > 1 ? k + 1 : k;
    return { kind: "money", unit: code, last, next: last + 1, ...(scale > 1 ? { scale } : {}) };
  }
  if (DOLLAR_ADJECTIVES[w] && (tokens[k + 1]?.lower === "dollars" || tokens[k + 1]?.lower === "dollar")) {
    return { kind: "money", unit: DOLLAR_ADJECTIVES[w], last: k + 1, next: k + 2 };
  }
  // "New Zealand dollars", "Hong Kong dollars"
  if (DOLLAR_ADJECTIVES[tokens[k + 1]?.lower ?? ""] && isCapitalized(t) && /^dollars?$/.test(tokens[k + 2]?.lower ?? "")) {
    return { kind: "money", unit: DOLLAR_ADJECTIVES[tokens[k + 1].lower], last: k + 2, next: k + 3 };
  }
  // a nationality before a currency that names it anyway: "7,199 Chinese yuan", "500 Indian rupees"
  if (/(?:an|ese|ish|i)$/.test(w) && CURRENCY_WORDS[tokens[k + 1]?.lower ?? ""] && !/^(dollars?|pesos?|francs?|crowns?|pounds?|dinars?)$/.test(tokens[k + 1].lower)) {
    return { kind: "money", unit: CURRENCY_WORDS[tokens[k + 1].lower], last: k + 1, next: k + 2 };
  }
  // metric horsepower: "300 PS"
  if (t.text === "PS") return { kind: "measure", unit: "PS", last: k, next: k + 1 };
  // sports averages: "15.3 ppg", "7.4 rpg", "6.9 apg"; baseball's "0.5 WAR"
  if (SPORTS_RATES[w] && (w !== "war" || t.text === "WAR")) return { kind: "count", unit: SPORTS_RATES[w], last: k, next: k + 1 };
  // torque: "450 Nm", "332 lb-ft", "275 pound-feet"
  if (t.text === "Nm") return { kind: "measure", unit: "N·m", last: k, next: k + 1 };
  if ((w === "lb" || w === "pound") && tokens[k + 1]?.text === "-" && /^(ft|feet|foot)$/.test(tokens[k + 2]?.lower ?? "") && adjacent(t, tokens[k + 1])) {
    return { kind: "measure", unit: w === "lb" ? "lb-ft" : "pound-foot", last: k + 2, next: k + 3 };
  }
  // "80 m.p.h."
  if (w === "m" && tokens[k + 1]?.text === "." && tokens[k + 2]?.lower === "p" && tokens[k + 3]?.text === "." && tokens[k + 4]?.lower === "h") {
    return { kind: "speed", unit: "mph", last: tokens[k + 5]?.text === "." ? k + 5 : k + 4, next: k + 6 };
  }
  if (w === "basis" && /^points?$/.test(tokens[k + 1]?.lower ?? "")) return { kind: "count", unit: "basis point", last: k + 1, next: k + 2 };
  if (w === "parts" && tokens[k + 1]?.lower === "per" && /^(million|billion)$/.test(tokens[k + 2]?.lower ?? "")) {
    return { kind: "measure", unit: tokens[k + 2].lower === "million" ? "ppm" : "ppb", last: k + 2, next: k + 3 };
  }
  if (w === "ppm" || w === "ppb") return { kind: "measure", unit: w, last: k, next: k + 1 };
  // "7.5 million Danish crowns"
  if (/^(danish|swedish|norwegian|czech|icelandic)$/.test(w) && /^(crowns?|kroner|kronor|krone|krona|koruna)$/.test(tokens[k + 1]?.lower ?? "")) {
    const code: Record<string, string> = { danish: "DKK", swedish: "SEK", norwegian: "NOK", czech: "CZK", icelandic: "ISK" };
    return { kind: "money", unit: code[w], last: k + 1, next: k + 2 };
  }
  if (w === "pounds" || w === "pound") {
    if (a.scaled || tokens[k + 1]?.lower === "sterling") {
      const last = tokens[k + 1]?.lower === "sterling" ? k + 1 : k;
      return { kind: "money", unit: "GBP", last, next: last + 1 };
    }
    return { kind: "mass", unit: "lb", last: k, next: k + 1 };
  }
  if (CURRENCY_WORDS[w] && w !== "sterling") return { kind: "money", unit: CURRENCY_WORDS[w], last: k, next: k + 1 };
  // a suspended hyphen shares the unit of the last item of the list: "a 7- or 8-inch screen", "four-, five- and six-cylinder engines"
  if (t.text === "-" && adjacent(tokens[a.last], t) && /^(or|and|to|,)$/.test(tokens[k + 1]?.lower ?? "")) {
    for (let m = k + 2; m < Math.min(tokens.length - 2, k + 10); m++) {
      const dash = tokens[m + 1];
      const word = tokens[m + 2];
      if (dash?.text !== "-" || !adjacent(tokens[m], dash) || !adjacent(dash, word) || word.kind !== "word") continue;
      if (tokens[m + 3]?.text === ",") break;
      const u = word.lower;
      if (MEASURE_UNITS[u]) return { ...MEASURE_UNITS[u], last: k, next: k + 1 };
      if (TIME_UNITS[u]) return { kind: "duration", unit: TIME_UNITS[u], last: k, next: k + 1 };
      if (!NOT_COUNTED_COMPOUNDS.has(u) && u.length >= 3 && !isPluralNoun(u) && tokens[m + 3]?.kind === "word") return { kind: "count", unit: lemmatize(u), last: k, next: k + 1, compound: true };
      break;
    }
  }
  // an age with spaced hyphens, as in tokenised text: "a 28 - year - old"
  if (t.text === "-" && TIME_UNITS[tokens[k + 1]?.lower ?? ""] && tokens[k + 2]?.text === "-" && tokens[k + 3]?.lower === "old") {
    return { kind: "age", unit: TIME_UNITS[tokens[k + 1].lower], last: k + 3, next: k + 4 };
  }
  // Hyphenated unit: "1,350-kilometer-long", "a 42-year-old", "a three-month delay".
  if (t.text === "-" && adjacent(tokens[a.last], t) && adjacent(t, tokens[k + 1]) && tokens[k + 1].kind === "word") {
    const u = tokens[k + 1].lower;
    if (TIME_UNITS[u]) {
      // an age keeps the unit it is stated in: "a 3-month-old"
      if (tokens[k + 2]?.text === "-" && tokens[k + 3]?.lower === "old") return { kind: "age", unit: TIME_UNITS[u], last: k + 3, next: k + 4 };
      return { kind: "duration", unit: TIME_UNITS[u], last: k + 1, next: k + 2 };
    }
    if (MEASURE_UNITS[u]) return { ...MEASURE_UNITS[u], last: k + 1, next: k + 2 };
    // "a five-boat pirate attack": the counted noun glued to the number, another noun after it
    if (!NOT_COUNTED_COMPOUNDS.has(u) && u.length >= 3 && tokens[k + 2]?.kind === "word" && !isStopWord(tokens[k + 2].lower) && !isPluralNoun(u)) {
      return { kind: "count", unit: lemmatize(u), last: k + 1, next: k + 2, compound: true };
    }
    return count; // "1,500-plus", "1,200-strong"
  }
  if ((w === "cubic" || w === "cu") && tokens[k + 1] && CUBIC_UNITS[tokens[k + 1].lower]) {
    return { kind: "volume", unit: CUBIC_UNITS[tokens[k + 1].lower], last: k + 1, next: k + 2 };
  }
  if (w === "square" && tokens[k + 1] && SQUARE_UNITS[tokens[k + 1].lower]) {
    return { kind: "area", unit: SQUARE_UNITS[tokens[k + 1].lower], last: k + 1, next: k + 2 };
  }
  if (w === "sq" && tokens[k + 1] && SQUARE_UNITS[tokens[k + 1].lower]) {
    return { kind: "area", unit: SQUARE_UNITS[tokens[k + 1].lower], last: k + 1, next: k + 2 };
  }
  if (MEASURE_UNITS[w]) {
    // "188 miles an hour", "40 kilometres per hour", "3 metres a second"
    const per = tokens[k + 1]?.lower;
    const time = tokens[k + 2]?.lower;
    if (MEASURE_UNITS[w].kind === "length" && (per === "an" || per === "a" || per === "per") && (time === "hour" || time === "hr" || time === "second")) {
      const unit = time === "second" ? (MEASURE_UNITS[w].unit === "m" ? "m/s" : undefined) : SPEED_OF_LENGTH[MEASURE_UNITS[w].unit];
      if (unit) return { kind: "speed", unit, last: k + 2, next: k + 3 };
    }
    // "140 km/h", "80 km/hr", "3 m/s" written with a slash
    const slash = tokens[k + 1];
    const denominator = tokens[k + 2]?.lower;
    if (MEASURE_UNITS[w].kind === "length" && slash?.text === "/" && adjacent(t, slash) && adjacent(slash, tokens[k + 2]) && (denominator === "h" || denominator === "hr" || denominator === "s")) {
      const unit = denominator === "s" ? (MEASURE_UNITS[w].unit === "m" ? "m/s" : undefined) : SPEED_OF_LENGTH[MEASURE_UNITS[w].unit];
      if (unit) return { kind: "speed", unit, last: k + 2, next: k + 3 };
    }
    return poweredUnit(s, k, MEASURE_UNITS[w]) ?? { ...MEASURE_UNITS[w], last: k, next: k + 1 };
  }
  if (w === "m") return poweredUnit(s, k, { kind: "length", unit: "m" }) ?? { kind: "length", unit: "m", last: k, next: k + 1 };
  // "34,500 metric tons"
  if (w === "metric" && /^(tons?|tonnes?)$/.test(tokens[k + 1]?.lower ?? "")) return { kind: "mass", unit: "t", last: k + 1, next: k + 2 };
  // a long unit name misspelled by one letter: "12 kilometeres", "5 kilograms"
  const misspelled = TIME_UNITS[w] || CURRENCY_WORDS[w] ? null : closestWord(w, MEASURE_SPELLING);
  if (misspelled) return { ...MEASURE_UNITS[misspelled], last: k, next: k + 1 };
  // "a 87 yo man", "aged 40 y/o": years old, abbreviated
  if (w === "yo" && !a.inWords) return { kind: "age", unit: "year", last: k, next: k + 1 };
  if (w === "y" && tokens[k + 1]?.text === "/" && tokens[k + 2]?.lower === "o" && adjacent(t, tokens[k + 1]) && adjacent(tokens[k + 1], tokens[k + 2])) return { kind: "age", unit: "year", last: k + 2, next: k + 3 };
  if (TIME_UNITS[w]) {
    // "ten months old", "a 90 day old bill": the age in the unit it is stated in
    if (tokens[k + 1]?.lower === "old") return { kind: "age", unit: TIME_UNITS[w], last: k + 1, next: k + 2 };
    if (tokens[k + 1]?.lower === "of" && tokens[k + 2]?.lower === "age") return { kind: "age", unit: TIME_UNITS[w], last: k + 2, next: k + 3 };
    // "a 60 year-old"
    if (tokens[k + 1]?.text === "-" && tokens[k + 2]?.lower === "old" && adjacent(t, tokens[k + 1])) return { kind: "age", unit: TIME_UNITS[w], last: k + 2, next: k + 3 };
    return { kind: "duration", unit: TIME_UNITS[w], last: k, next: k + 1 };
  }
  // Index or percentage points stated in digits: "fell by 3.9 points" ("two points" is rhetoric).
  if ((w === "points" || w === "point") && !a.inWords) return { kind: "count", unit: "point", last: k, next: k + 1 };
  if (w === "times") return { kind: "count", unit: "times", last: k, next: k + 1 };
  return count;
}
