/** Reads a number as written, digits or words, with its currency sign or code, sign and scale ("US$5", "2.6-million", "half a dozen"). */
import { isLabelNumber, isMasked } from "./noise";
import { SCALE_SUFFIXES, SCALE_WORDS, clean, parseDigits, parseNumberWords } from "./numbers";
import type { Amount, Scan } from "./scan-state";
import { isPluralNoun } from "./subjects";
import { adjacent, isCapitalized, type Token } from "./tokens";
import { currencyCode, millionsCode } from "./unit-money";
import { currencyOfCode, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, GLUED_UNITS, ISO_CURRENCIES, MEASURE_UNITS, SQUARE_UNITS, TIME_UNITS } from "./units";

export function readAmount(s: Scan, i: number): Amount | null {
  const tokens = s.tokens;
  let j = i;
  let currency: string | null = null;
  const t = tokens[i];
  if (!t) return null;
  let prefixScale = 1;
  const dollarPrefix = t.kind === "word" ? DOLLAR_PREFIXES[t.lower] ?? currencyCode(t) : undefined;
  // (in lower-cased text too, but not the article "a" or the "s" of a split "it' s")
  if (dollarPrefix && tokens[i + 1]?.text === "$" && (t.text === t.text.toUpperCase() || (t.lower !== "a" && t.lower !== "s")) && (adjacent(t, tokens[i + 1]) || (t.text !== "A" && tokens[i + 2]?.kind === "num"))) {
    // "US$5", "HK $3.7 billion", "C $6", "c $ 6", "Mex$ 10", "AUD$ 15" (a spaced "A $5" is the article)
    currency = dollarPrefix;
    j = i + 2;
  } else if (t.text === "$" && tokens[i + 1]?.kind === "word" && DOLLAR_PREFIXES[tokens[i + 1].lower] && tokens[i + 1].text === tokens[i + 1].text.toUpperCase() && adjacent(t, tokens[i + 1]) && adjacent(tokens[i + 1], tokens[i + 2]) && tokens[i + 2]?.kind === "num") {
    // "$US113 trillion", "$A50"
    currency = DOLLAR_PREFIXES[tokens[i + 1].lower];
    j = i + 2;
  } else if ((t.text === "PS" || t.text === "Y") && ((t.text === "PS" && adjacent(t, tokens[i + 1]) && tokens[i + 1]?.kind === "num") || (t.text === "Y" && tokens[i + 1]?.text === "=" && adjacent(t, tokens[i + 1]) && adjacent(tokens[i + 1], tokens[i + 2]) && tokens[i + 2]?.kind === "num"))) {
    // ASCII transliterations of £ ("PS6m") and ¥ ("Y=28,030") in text folded to ASCII
    currency = t.text === "PS" ? "GBP" : "JPY";
    j = t.text === "PS" ? i + 1 : i + 2;
  } else if (t.kind === "sym" && CURRENCY_SYMBOLS[t.text]) {
    currency = CURRENCY_SYMBOLS[t.text];
    j = i + 1;
  } else if ((currencyCode(t) || millionsCode(t)) && tokens[i + 1]?.kind === "num") {
    // "USD 5", "rmb 10", "MAUD 60" (millions)
    currency = currencyCode(t) ?? millionsCode(t);
    if (!currencyCode(t)) prefixScale = 1e6;
    j = i + 1;
  } else if (t.text === "Rs" && (tokens[i + 1]?.kind === "num" || (tokens[i + 1]?.text === "." && tokens[i + 2]?.kind === "num"))) {
    currency = "INR";
    j = tokens[i + 1].text === "." ? i + 2 : i + 1;
  } else if (t.text === "RM" && tokens[i + 1]?.kind === "num" && adjacent(t, tokens[i + 1])) {
    // Malaysian ringgit written before the digits: "RM23.50"
    currency = "MYR";
    j = i + 1;
  }
  // "$-50.8bn": a sign between the currency and the digits
  let negative = false;
  if (currency && (tokens[j]?.text === "-" || tokens[j]?.text === "−") && adjacent(tokens[j], tokens[j + 1]) && tokens[j + 1].kind === "num") {
    negative = true;
    j++;
  }
  const n = tokens[j];
  if (!n) return null;

  if (n.kind === "num") {
    let first = i;
    if (!currency && j === i) {
      // "-1.3%", "minus 5", "minus-5": a sign not glued to a word or number before it
      const sign = tokens[j - 1];
      const beforeSign = tokens[j - 2];
      if (sign && (sign.text === "-" || sign.text === "−") && adjacent(sign, n) && !(beforeSign && adjacent(beforeSign, sign) && beforeSign.lower !== "minus")) {
        negative = true;
        first = beforeSign?.lower === "minus" ? j - 2 : j - 1;
      } else if (sign?.lower === "minus") {
        negative = true;
        first = j - 1;
      }
    }
    if (isMasked(s.mask, n.start, n.end)) return null;
    if (!currency && isLabelNumber(tokens, j, 0)) return null;
    let after = tokens[j + 1];
    const digits = parseDigits(n.text);
    let value = digits.value;
    let precision = digits.precision;
    let last = j;
    // "1/2 pound", "3/4 mile": a simple fraction before a unit
    const den = tokens[j + 2];
    if (after && adjacent(n, after) && after.text === "/" && den?.kind === "num" && adjacent(after, den) && /^(2|3|4|8|16)$/.test(den.text) && /^\d{1,2}$/.test(n.text) && Number(n.text) < Number(den.text)) {
      const unitWord = tokens[j + 3]?.lower ?? "";
      if (!(MEASURE_UNITS[unitWord] || TIME_UNITS[unitWord] || /^(of|cup|cups|pound|pounds|teaspoon|tablespoon)$/.test(unitWord))) return null;
      value = clean(Number(n.text) / Number(den.text));
      precision = clean(1 / Number(den.text));
      last = j + 2;
      after = tokens[j + 3];
    } else if (after && adjacent(n, after) && (after.text === "/" || after.text === ":") && tokens[j + 2]?.kind === "num") {
      return null; // "24/7", "9/11", "3:1"
    } else if (after?.kind === "num" && /^\d{1,4}$/.test(n.text) && tokens[j + 2]?.text === "/" && adjacent(after, tokens[j + 2]) && adjacent(tokens[j + 2], tokens[j + 3]) && /^(2|3|4|8|16)$/.test(tokens[j + 3]?.text ?? "") && Number(after.text) < Number(tokens[j + 3].text)) {
      // "10 1/2 miles": a mixed number
      value = clean(value + Number(after.text) / Number(tokens[j + 3].text));
      precision = clean(1 / Number(tokens[j + 3].text));
      last = j + 3;
      after = tokens[j + 4];
    }
    let scaled = false;
    let scale = 1;
    let gluedM = false;
    let gluedUnit: Amount["gluedUnit"] = null;
    // scientific notation: "1.99×10−30", "6.02x10^23"
    const exponent = powerOfTen(s, j + 1);
    if (exponent) {
      value = Number((value * 10 ** exponent.power).toPrecision(12));
      precision = Number((precision * 10 ** exponent.power).toPrecision(12));
      last = exponent.last;
      after = tokens[last + 1];
      return { first, last, value: negative ? -value : value, precision, currency, inWords: false, scaled: true, scale: 1, gluedM, gluedUnit };
    }
    if (after && adjacent(n, after) && after.kind === "word") {
      const suffix = after.lower;
      // letters between digits make a code, not a unit: "24703m212", "4K60" (a power "km2" is read below)
      const code = tokens[j + 2];
      if (code?.kind === "num" && adjacent(after, code) && !/^[23]$/.test(code.text)) return null;
      const afterSuffix = tokens[j + 2];
      const moneyAfter = !!afterSuffix && (!!CURRENCY_WORDS[afterSuffix.lower] || ISO_CURRENCIES.has(afterSuffix.text));
      if (after.text === "M" && !moneyAfter) {
        // a capital M is never metres: "4.3M sales"
        scale = 1e6;
        scaled = true;
        last = j + 1;
      } else if ((suffix === "m" || suffix === "km") && !currency && tokens[j + 2]?.text === "2" && adjacent(after, tokens[j + 2]) && !(tokens[j + 3] && adjacent(tokens[j + 2], tokens[j + 3]) && tokens[j + 3].kind !== "sym")) {
        // "32m2", "12km2": a squared unit written with a digit
        gluedUnit = { kind: "area", unit: suffix === "m" ? "m²" : "km²" };
        last = j + 2;
      } else if (suffix === "m" && !currency && !moneyAfter) {
        gluedM = true;
        last = j + 1;
      } else if (suffix === "pc" && !currency) {
        // British newspapers' "5pc"
        gluedUnit = { kind: "percent", unit: "%" };
        last = j + 1;
      } else if (suffix === "sq" && !currency && SQUARE_UNITS[tokens[j + 2]?.lower ?? ""]) {
        // "3,923sq m"
        gluedUnit = { kind: "area", unit: SQUARE_UNITS[tokens[j + 2].lower] };
        last = j + 2;
      } else if (suffix === "p" && !currency && !/^(?:360|480|576|720|1080|1440|2160|4320)$/.test(n.text) && !(tokens[j + 2] && adjacent(after, tokens[j + 2]) && !/^[.,;:)]$/.test(tokens[j + 2].text))) {
        // share prices in pence: "164p", "118.5p" (not video resolutions: "1080p")
        gluedUnit = { kind: "money", unit: "penny" };
        last = j + 1;
      } else if (SCALE_SUFFIXES[suffix] && (currency || suffix !== "b")) {
        scale = SCALE_SUFFIXES[suffix];
        scaled = true;
        last = j + 1;
      } else if (!currency && (ISO_CURRENCIES.has(after.text) || (CURRENCY_WORDS[after.text] && !/^[a-z]/i.test(after.text)))) {
        // a code or a sign in another script glued after the digits: "115USD", "100元"
        gluedUnit = { kind: "money", unit: ISO_CURRENCIES.has(after.text) ? currencyOfCode(after.text) : CURRENCY_WORDS[after.text] };
        last = j + 1;
      } else if (after.text === "U" && !currency) {
        // rack units: "a 10U chassis"
        gluedUnit = { kind: "measure", unit: "U" };
        last = j + 1;
      } else if (GLUED_UNITS[suffix] && after.text !== "G") { // "5G" is a network generation
        gluedUnit = GLUED_UNITS[suffix];
        last = j + 1;
      } else {
        return null; // ordinals "3rd", decades "1990s", codes "5G", times "9am"
      }
    } else if (after?.text === "B" && last === j && tokens[j + 2]?.kind === "word" && (currency || isPluralNoun(tokens[j + 2].lower))) {
      // "8 B people", "$4 B deal": a spaced capital B is billions
      scale = 1e9;
      scaled = true;
      last = j + 1;
    } else if (after?.lower === "hundred" && last === j && /^\d{1,2}$/.test(n.text)) {
      // "4 hundred", "4 hundred million"
      scale = 100 * (tokens[j + 2]?.kind === "word" && tokens[j + 2].lower.length > 3 ? SCALE_WORDS[tokens[j + 2].lower] ?? 1 : 1);
      scaled = true;
      last = scale > 100 ? j + 2 : j + 1;
    } else if (after?.kind === "word" && SCALE_WORDS[after.lower] && after.lower !== "m" && last === j) {
      scale = SCALE_WORDS[after.lower];
      scaled = true;
      last = j + 1;
    } else if (after?.text === "-" && adjacent(n, after) && adjacent(after, tokens[j + 2]) && tokens[j + 2]?.kind === "word" && SCALE_WORDS[tokens[j + 2].lower] && tokens[j + 2].lower.length > 3) {
      // "$2.6-million"
      scale = SCALE_WORDS[tokens[j + 2].lower];
      scaled = true;
      last = j + 2;
    }
    if (prefixScale !== 1) {
      scale *= prefixScale;
      scaled = true;
    }
    const half = !scaled && !gluedUnit && !gluedM && !negative ? andAHalf(s, last) : null;
    if (half !== null) return { first, last: half, value: clean(value + 0.5), precision: 0.5, currency, inWords: false, scaled, scale, gluedM, gluedUnit };
    return { first, last, value: clean((negative ? -value : value) * scale), precision: clean(precision * scale), currency, inWords: false, scaled, scale, gluedM, gluedUnit };
  }

  if (n.kind === "word") {
    // Capitalised number words inside a sentence are names: "One Belt One Road", "Group of Seven".
    if (isCapitalized(n) && j !== s.firstWord) return null;
    // "half a dozen", "half a million"
    if (n.lower === "half" && (tokens[j + 1]?.lower === "a" || tokens[j + 1]?.lower === "an")) {
      const scaleWord = tokens[j + 2]?.lower ?? "";
      const scaleValue = scaleWord === "dozen" ? 12 : scaleWord === "hundred" ? 100 : scaleWord.length > 3 ? SCALE_WORDS[scaleWord] : undefined;
      if (scaleValue) {
        const v = scaleValue / 2;
        return { first: i, last: j + 2, value: v, precision: v, currency, inWords: true, scaled: scaleValue >= 1000, scale: scaleValue >= 1000 ? scaleValue : 1, gluedM: false, gluedUnit: null };
      }
    }
    // a fraction of a scale: "half million", "a quarter million", "three quarters billion"
    const part = scaleFraction(tokens, j);
    if (part) return { first: i, last: part.last, value: part.value, precision: part.value, currency, inWords: true, scaled: true, scale: part.scale, gluedM: false, gluedUnit: null };
    const words = parseNumberWords(tokens, j);
    if (!words) return null;
    const half = words.scaled ? null : andAHalf(s, words.last);
    if (half !== null) return { first: i, last: half, value: clean(words.value + 0.5), precision: 0.5, currency, inWords: true, scaled: false, scale: 1, gluedM: false, gluedUnit: null };
    return { first: i, last: words.last, value: words.value, precision: words.precision, currency, inWords: true, scaled: words.scaled, scale: words.scale, gluedM: false, gluedUnit: null };
  }
  return null;
}

/** "×10−30", "x10^23", "×10⁻⁸" glued after a number: the power, and the last token. */
function powerOfTen(s: Scan, k: number): { power: number; last: number } | null {
  const tokens = s.tokens;
  const times = tokens[k];
  if (!times || !(times.text === "×" || times.text === "x" || times.text === "*") || !adjacent(tokens[k - 1], times)) return null;
  const ten = tokens[k + 1];
  if (ten?.text !== "10" || !adjacent(times, ten)) return null;
  let m = k + 2;
  if (tokens[m]?.text === "^" && adjacent(tokens[m - 1], tokens[m])) m++;
  let sign = 1;
  if ((tokens[m]?.text === "-" || tokens[m]?.text === "−") && adjacent(tokens[m - 1], tokens[m])) {
    sign = -1;
    m++;
  }
  const e = tokens[m];
  if (!e || e.kind !== "num" || !/^\d{1,3}$/.test(e.text) || !adjacent(tokens[m - 1], e)) return null;
  return { power: sign * Number(e.text), last: m };
}

/** "four and a half (years)", "2 and a half hours": the last token of "and a half" after the number at `last`, or null. */
function andAHalf(s: Scan, last: number): number | null {
  const t = s.tokens;
  return t[last + 1]?.lower === "and" && t[last + 2]?.lower === "a" && t[last + 3]?.lower === "half" ? last + 3 : null;
}

/** "half million", "a quarter billion", "three quarters million": a fraction of a scale word. */
function scaleFraction(tokens: Token[], j: number): { value: number; last: number; scale: number } | null {
  let k = j;
  let numerator = 1;
  if (tokens[k]?.lower === "a") k++;
  else if (tokens[k]?.lower === "three" && tokens[k + 1]?.lower === "quarters") {
    numerator = 3;
    k++;
  }
  const part = tokens[k]?.lower;
  const denominator = part === "half" ? 2 : part === "quarter" || part === "quarters" ? 4 : 0;
  if (!denominator || (numerator === 3) !== (part === "quarters")) return null;
  const scaleWord = tokens[k + 1]?.lower ?? "";
  const scale = scaleWord.length > 3 ? SCALE_WORDS[scaleWord] : undefined;
  if (!scale || scale < 1e3) return null;
  return { value: clean((numerator / denominator) * scale), last: k + 1, scale };
}
