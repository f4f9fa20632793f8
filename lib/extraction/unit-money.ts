/** Currencies written as codes ("usd", "MEUR"), signs after a space ("15 €") and amounts in a currency and its sub-unit ("3 dollars 50 cents"). */
import { parseDigits, parseNumberWords } from "./numbers";
import type { Scan } from "./scan-state";
import { adjacent, type Token } from "./tokens";
import { currencyOfCode, CURRENCY_WORDS, ISO_CURRENCIES } from "./units";

/** Lower-case codes that are English words are read only in capitals ("try"). */
const CODES_THAT_ARE_WORDS = new Set(["try"]);

/** An ISO currency code, in capitals or (unless it is an English word) in lower case; RMB is the yuan. */
export function currencyCode(t: Token | undefined): string | null {
  if (!t || t.kind !== "word" || t.text.length !== 3) return null;
  const upper = t.text.toUpperCase();
  if (!ISO_CURRENCIES.has(upper)) return null;
  if (t.text !== upper && (t.text !== t.lower || CODES_THAT_ARE_WORDS.has(t.lower))) return null;
  return currencyOfCode(upper);
}

/** A code in millions, as financial reports write it: "30 MUSD", "MEUR 120". */
export function millionsCode(t: Token | undefined): string | null {
  if (!t || t.kind !== "word" || !/^M[A-Z]{3}$/.test(t.text) || !ISO_CURRENCIES.has(t.text.slice(1))) return null;
  return t.text.slice(1);
}

/** Sub-units worth a hundredth of their currency. */
const HUNDREDTHS = new Set(["cent", "cents", "pence", "penny", "centavos", "centimes", "kopeks", "paise"]);

/**
 * The sub-unit amount after a whole amount in a currency: "3 dollars 50
 * cents", "thirteen dollars and forty-five cents", "15 euros 50." A bare
 * number (no sub-unit word) joins only after a currency written after the
 * figure and when it ends the clause. The hundredths and the last token, or null.
 */
export function subunitAfter(s: Scan, at: number, writtenAfter: boolean): { hundredths: number; last: number } | null {
  const tokens = s.tokens;
  let k = at;
  if (tokens[k]?.lower === "and") k++;
  const t = tokens[k];
  if (!t) return null;
  let value: number;
  let last: number;
  if (t.kind === "num") {
    if (!/^\d{1,2}$/.test(t.text)) return null;
    value = parseDigits(t.text).value;
    last = k;
  } else {
    const words = parseNumberWords(tokens, k);
    if (!words || words.scaled || words.value >= 100) return null;
    value = words.value;
    last = words.last;
  }
  if (value < 1 || value >= 100) return null;
  const next = tokens[last + 1];
  if (next && HUNDREDTHS.has(next.lower)) return { hundredths: value, last: last + 1 };
  if (!writtenAfter || (next && !/^[.,;!?)]$/.test(next.text) && next.lower !== "more")) return null;
  if (next && adjacent(tokens[last], next) && next.text !== "." && next.text !== ",") return null;
  return { hundredths: value, last };
}

/** Is the word a currency named after the number (a code or a currency word)? */
export function isCurrencyWord(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && (!!CURRENCY_WORDS[t.lower] || currencyCode(t) !== null);
}
