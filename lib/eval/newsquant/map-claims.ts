import type { ExtractedClaim, Qualifier } from "../../extraction/types";
import { buildSurfaceIndex, type CqeUnits } from "./cqe-units";
import { contentWords, lemmatizePhrase } from "./lemma";
import type { ChangeLabel, NewsQuantOutputQuantity } from "./types";
import { normalizeUnitName } from "./unit-names";

/**
 * Collate's claims for one sentence in NewsQuant's schema. Uses only the
 * claims and the sentence text (the claims must come from `extractClaims(sentence)`,
 * so their offsets index it), never the gold.
 *
 * - Dates are dropped: NewsQuant does not annotate dates or years.
 * - A range becomes "low-high" with change "="; otherwise a change direction
 *   wins over the qualifier ("rose more than 5%" → "up"), as in the gold.
 * - Fractions written as words ("two-thirds of the voters") are percent in
 *   Collate but decimals in NewsQuant, with unit "% <noun>" or "% -".
 * - Units: Collate ids → CQE names; the words right after the figure add
 *   what Collate leaves out: a rate ("$5 a share" → "dollar per share"), a
 *   temperature scale ("30 degrees Celsius"), an age ("68-year-old").
 * - Concepts are the content words of the claim's subject, "-" when none
 *   (what CQE itself emits). For counts Collate's subject is the counted
 *   noun, which CQE treats as the unit, so counts get "-".
 */
export function mapClaimsToNewsQuant(
  claims: readonly ExtractedClaim[],
  sentence: string,
  units: CqeUnits,
): NewsQuantOutputQuantity[] {
  return claims.filter((claim) => claim.kind !== "date").map((claim) => mapClaim(claim, sentence, units));
}

function mapClaim(claim: ExtractedClaim, sentence: string, units: CqeUnits): NewsQuantOutputQuantity {
  const fraction = claim.kind === "percent" && isWordFraction(claim.figure);
  const scale = fraction ? 1 / 100 : 1;
  const isRange = claim.qualifier === "range" && claim.low !== null && claim.high !== null;
  const value = isRange
    ? `${formatNumber(claim.low! * scale)}-${formatNumber(claim.high! * scale)}`
    : claim.value * scale;
  const concepts = claim.subject && claim.kind !== "count" ? contentWords(claim.subject) : [];
  const after = textAfterFigure(claim, sentence);
  return {
    value,
    change: claim.change ?? (isRange ? "=" : QUALIFIER_TO_CHANGE[claim.qualifier]),
    normalized_unit: fraction ? fractionUnit(claim) : withContext(cqeUnitName(claim, units), claim, after),
    referred_concepts: concepts.length > 0 ? concepts : ["-"],
  };
}

export const QUALIFIER_TO_CHANGE: Record<Qualifier, ChangeLabel> = {
  exact: "=",
  about: "~",
  almost: "~",
  more_than: ">",
  at_least: ">",
  less_than: "<",
  at_most: "<",
  up_to: "<",
  range: "=",
};

/** Up to 40 characters after the figure, or "" when the claim's offsets don't index `sentence`. */
function textAfterFigure(claim: ExtractedClaim, sentence: string): string {
  if (sentence.slice(claim.start, claim.end) !== claim.figure) return "";
  return sentence.slice(claim.end, claim.end + 40);
}

const RATE_AFTER = /^[\s-]*(?:a|an|per|each|\/)[\s-]*(second|minute|hour|hr|h|day|week|month|year|share|barrel|gallon|ounce|tonne|ton|kilogram|kg|pound|square foot|square metre|person|game)\b/i;
const AGE_AFTER = /^[\s-]*(?:old\b|of age\b)/i;
const SCALE_AFTER = /^\s*(?:degrees?\s*|°\s*)?(celsius|centigrade|c\b|fahrenheit|f\b)/i;

/** Refines the unit name with the words that follow the figure. */
function withContext(unitName: string, claim: ExtractedClaim, after: string): string {
  if (claim.kind === "duration" && AGE_AFTER.test(after)) return `${unitName} of age`;
  if (claim.kind === "temperature" || unitName === "degree") {
    const scale = SCALE_AFTER.exec(after)?.[1].toLowerCase();
    if (scale) return scale.startsWith("f") ? "fahrenheit" : "celsius";
  }
  const rate = RATE_AFTER.exec(after)?.[1].toLowerCase();
  if (rate && unitName !== "-" && claim.kind !== "duration") {
    return `${unitName} per ${RATE_NAMES[rate] ?? rate}`;
  }
  return unitName;
}

const RATE_NAMES: Record<string, string> = { h: "hour", hr: "hour", kg: "kilogram", pound: "pound-mass", tonne: "metric ton" };

/** "two-thirds", "half", "one in three": a share written without a percent sign or word. */
function isWordFraction(figure: string): boolean {
  return !/%|per ?cent|pct|percentage/i.test(figure);
}

function fractionUnit(claim: ExtractedClaim): string {
  const noun = claim.subject ? lemmatizePhrase(claim.subject) : "";
  return noun ? `% ${noun}` : "% -";
}

/** Plain decimal notation, as the gold writes ranges (never "1e+21"). */
function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}

interface UnitNames {
  surfaceIndex: Map<string, string>;
  byCurrencyCode: Map<string, string>;
}

const cache = new WeakMap<CqeUnits, UnitNames>();

function unitNamesFor(units: CqeUnits): UnitNames {
  let names = cache.get(units);
  if (!names) {
    const byCurrencyCode = new Map<string, string>();
    for (const [name, entry] of Object.entries(units)) {
      const code = entry.currency_code;
      if (code && !byCurrencyCode.has(code)) byCurrencyCode.set(code, name);
    }
    names = { surfaceIndex: buildSurfaceIndex(units), byCurrencyCode };
    cache.set(units, names);
  }
  return names;
}

/** Collate's unit ids → CQE's names (CQE uses British spellings and "metric ton", "pound-mass"). */
const COLLATE_UNIT_NAMES: Record<string, string> = {
  "%": "percentage",
  km: "kilometre",
  mi: "mile",
  m: "metre",
  ft: "foot",
  yd: "yard",
  in: "inch",
  cm: "centimetre",
  mm: "millimetre",
  nmi: "nautical mile",
  ha: "hectare",
  acre: "acre",
  kg: "kilogram",
  t: "metric ton",
  g: "gram",
  lb: "pound-mass",
  oz: "ounce",
  l: "litre",
  ml: "millilitre",
  bbl: "barrel",
  gal: "gallon",
  "km/h": "kilometre per hour",
  mph: "mile per hour",
  kn: "knot",
  "m/s": "metre per second",
  "km²": "square kilometre",
  km2: "square kilometre",
  "mi²": "square mile",
  mi2: "square mile",
  "m²": "square metre",
  m2: "square metre",
  // The gold writes "sq ft" as "square feet".
  "ft²": "square feet",
  ft2: "square feet",
  "°c": "celsius",
  c: "celsius",
  "°f": "fahrenheit",
  f: "fahrenheit",
  "°": "degree",
  s: "second",
  min: "minute",
  h: "hour",
};

// The vocabulary's entry for "USD" is not plain "dollar" everywhere; the gold uses "dollar".
const CURRENCY_NAMES: Record<string, string> = { USD: "dollar", RMB: "chinese yuan", CNY: "chinese yuan" };

/** The CQE normalized unit for a (non-fraction) claim. */
export function cqeUnitName(claim: Pick<ExtractedClaim, "kind" | "unit">, units: CqeUnits): string {
  const names = unitNamesFor(units);
  const unit = claim.unit.trim();
  if (claim.kind === "money") {
    const code = unit.toUpperCase();
    return CURRENCY_NAMES[code] ?? names.byCurrencyCode.get(code) ?? normalizeUnitName(unit, names.surfaceIndex);
  }
  if (claim.kind === "age") return `${normalizeUnitName(unit || "year", names.surfaceIndex)} of age`;
  if (unit === "") return "-";
  if (claim.kind === "count") {
    // A counted noun that is a vocabulary unit ("times" → "count", "points") takes its name.
    const noun = lemmatizePhrase(unit);
    return names.surfaceIndex.get(unit.toLowerCase()) ?? names.surfaceIndex.get(noun) ?? (noun || "-");
  }
  return COLLATE_UNIT_NAMES[unit.toLowerCase()] ?? normalizeUnitName(unit, names.surfaceIndex);
}
