import { singularize } from "./lemma";

/**
 * Maps a free-form unit name ("kilometers / hour", "degrees Celsius",
 * "cents per share") onto CQE's normalized vocabulary by trying a few
 * spelling variants against the vocabulary's names, surfaces and symbols.
 * Falls back to the lemmatized phrase, which is how CQE writes noun units.
 * Expects `surfaceIndex` from buildSurfaceIndex.
 */
export function normalizeUnitName(raw: string, surfaceIndex: ReadonlyMap<string, string>): string {
  const lower = raw.toLowerCase().trim().replace(/\s+/g, " ");
  if (lower === "" || lower === "-") return "-";
  const spellings = unitSpellings(lower);
  for (const candidate of spellings) {
    const hit = surfaceIndex.get(candidate);
    if (hit !== undefined) return hit;
  }
  // Not in the vocabulary (CQE's gold also has names outside it, e.g. "millimetre"):
  // the lemmatized, British-spelled form.
  return spellings[spellings.length - 1];
}

function unitSpellings(lower: string): string[] {
  const per = perForm(lower);
  const singular = lemmatizeWords(per);
  const british = britishSpelling(singular);
  const withoutDegree = british.replace(/^degrees? (?=celsius|fahrenheit|kelvin|centigrade)/, "");
  // Most literal first; the last one is also the fallback.
  return [lower, per, singular, british, withoutDegree];
}

/** "km / h", "cent-a-share", "barrels a day" → "... per ...". */
function perForm(lower: string): string {
  return lower
    .replace(/\s*\/\s*/g, " per ")
    .replace(/-a-/g, " per ")
    .replace(/ an? (?=(?:second|minute|hour|day|week|month|year|share|barrel|gallon|litre|liter)\b)/g, " per ");
}

function lemmatizeWords(phrase: string): string {
  return phrase.split(" ").map(singularize).join(" ");
}

/** CQE names metric units with British spelling. */
function britishSpelling(phrase: string): string {
  return phrase
    .replace(/(meter|liter)\b/g, (word) => word.slice(0, -2) + "re")
    .replace(/centigrade/g, "celsius")
    .replace(/\b(giga|mega|kilo)tonne\b/g, "$1ton");
}
