/** Units written as symbols after a number: spaced case-sensitive symbols ("5 W", "12 C", "100 MB"), units in brackets ("20 (kg)"), powers ("190 km2"), inches after feet ("6 ft 2 in", '10" long'). */
import { MEASURE_ADJECTIVES } from "../lexicon/words";
import type { Amount, Scan, UnitRead } from "./scan-state";
import { adjacent, isCapitalized } from "./tokens";
import { CUBIC_UNITS, ISO_CURRENCIES, MEASURE_UNITS, SQUARE_UNITS, type UnitInfo } from "./units";

/**
 * Unit symbols written after a space, case-sensitive: "a 5 W charger",
 * "12 C", "98 F", "661 kt" (knots when the sentence is about speed or
 * wind, else kilotons), share prices "down 68 p at 1112 p". A symbol must
 * end its phrase (punctuation, a lower-case word or a preposition after
 * it), and no capitalised name may precede the number ("Grade 12 C",
 * "Section 5 W").
 */
export function spacedSymbol(s: Scan, a: Amount, k: number): UnitRead | null {
  const tokens = s.tokens;
  const t = tokens[k];
  if (!t || t.kind !== "word" || a.inWords || adjacent(tokens[a.last], t)) return null;
  if (!/^(W|kW|MW|C|F|kt|p|MB|KB|Mb|Kb)$/.test(t.text)) return null;
  const prev = tokens[a.first - 1];
  if (prev && prev.kind === "word" && isCapitalized(prev) && a.first - 1 !== s.firstWord) return null;
  const next = tokens[k + 1];
  if (next && (next.kind === "num" || (next.kind === "word" && isCapitalized(next) && !/^[A-Z]{2,}/.test(next.text)) || next.text === "-" || next.text === "&" || next.text === "/")) return null;
  const done = { last: k, next: k + 1 };
  switch (t.text) {
    case "W": return { kind: "measure", unit: "W", ...done };
    case "kW": return { kind: "measure", unit: "kW", ...done };
    case "MW": return { kind: "measure", unit: "MW", ...done };
    case "C": return { kind: "temperature", unit: "°C", ...done };
    // bytes are a capital B, bits a small one
    case "MB": return { kind: "measure", unit: "MB", ...done };
    case "KB": return { kind: "measure", unit: "KB", ...done };
    case "Mb": return { kind: "measure", unit: "Mbit", ...done };
    case "Kb": return { kind: "measure", unit: "kbit", ...done };
    case "F": return { kind: "temperature", unit: "°F", ...done };
    case "kt":
      return /\b(speed|speeds|wind|winds|gusts?|sustained|flying|flew|sail|sailing|sound|cruis\w*|knots?)\b/i.test(s.sentence.text)
        ? { kind: "speed", unit: "kn", ...done }
        : { kind: "mass", unit: "kt", ...done };
    case "p":
      // pence in a market report: "down 68 p at 1112 p"
      if (a.currency || !/\b(shares?|stocks?|pence|fallers|risers|FTSE|price)\b/i.test(s.sentence.text)) return null;
      if (next && !/^(at|to|from|a|per|on|in|and|or|[.,;:)])$/i.test(next.text)) return null;
      return { kind: "money", unit: "penny", ...done };
  }
  return null;
}


const CLOSING: Readonly<Record<string, string>> = { "(": ")", "[": "]", "{": "}", "<": ">" };

/** A unit symbol alone in brackets after the number, as in table headings: "20 (kg)", "5 [km]", "12 (USD)". */
export function bracketedUnit(s: Scan, k: number): UnitRead | null {
  const tokens = s.tokens;
  const open = tokens[k];
  const inside = tokens[k + 1];
  if (!open || !CLOSING[open.text] || tokens[k + 2]?.text !== CLOSING[open.text] || inside?.kind !== "word") return null;
  if (!adjacent(open, inside) || !adjacent(inside, tokens[k + 2])) return null;
  const done = { last: k + 2, next: k + 3 };
  if (MEASURE_UNITS[inside.lower]) return { ...MEASURE_UNITS[inside.lower], ...done };
  if (ISO_CURRENCIES.has(inside.text)) return { kind: "money", unit: inside.text, ...done };
  return null;
}

/** A length unit with a power glued to it: "190 km2", "40 m²", "3 m3". */
export function poweredUnit(s: Scan, k: number, base: UnitInfo): UnitRead | null {
  const tokens = s.tokens;
  const power = tokens[k + 1];
  if (base.kind !== "length" || !power || !adjacent(tokens[k], power) || !/^[23²³]$/.test(power.text)) return null;
  if (tokens[k + 2] && adjacent(power, tokens[k + 2]) && tokens[k + 2].kind !== "sym") return null;
  const word = tokens[k].lower;
  const unit = /[2²]/.test(power.text) ? SQUARE_UNITS[word] : CUBIC_UNITS[word];
  return unit ? { kind: /[2²]/.test(power.text) ? "area" : "volume", unit, last: k + 1, next: k + 2 } : null;
}

/**
 * Inches written as "in" right after a measure in feet ("6 ft 2 in"), and
 * a straight double quote for inches before a measure adjective ('a 10" long
 * pen'): elsewhere "in" is a preposition and '"' a quotation mark.
 */
export function inchesAfterFeet(s: Scan, a: Amount, k: number): UnitRead | null {
  const tokens = s.tokens;
  const t = tokens[k];
  if (!t || a.inWords) return null;
  if (t.text === '"' && MEASURE_ADJECTIVES.has(tokens[k + 1]?.lower ?? "")) return { kind: "length", unit: "in", last: k, next: k + 1 };
  if (t.lower !== "in") return null;
  const before = s.drafts[s.drafts.length - 1];
  if (!before || before.kind !== "length" || before.unit !== "ft" || before.last !== a.first - 1) return null;
  return { kind: "length", unit: "in", last: k, next: k + 1 };
}
