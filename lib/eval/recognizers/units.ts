import { normalizeUnit } from "../../comparison/units";

/**
 * Recognizers-Text currency names without an isoCurrency → Collate's ISO
 * codes. Minor units (cent, pence) are handled apart: Collate may express
 * them in the major unit.
 */
export const CURRENCY_NAME_TO_ISO: Record<string, string> = {
  dollar: "USD",
  "united states dollar": "USD",
  euro: "EUR",
  pound: "GBP",
  "british pound": "GBP",
  "chinese yuan": "CNY",
  "japanese yen": "JPY",
  "canadian dollar": "CAD",
  "australian dollar": "AUD",
  "hong kong dollar": "HKD",
  "new zealand dollar": "NZD",
  franc: "CHF",
  "swiss franc": "CHF",
  "turkish lira": "TRY",
  rupee: "INR",
  "mexican peso": "MXN",
};

/** Minor currency units: name → [major ISO code, factor to major]. */
export const MINOR_CURRENCY: Record<string, [iso: string, toMajor: number]> = {
  cent: ["USD", 0.01],
  penny: ["GBP", 0.01],
  pence: ["GBP", 0.01],
};

/** Collate currency codes that mean the same money (the yuan has two). */
const ISO_SYNONYMS: Record<string, string> = { RMB: "CNY" };

export function canonicalCurrency(code: string): string {
  const upper = code.trim().toUpperCase();
  return ISO_SYNONYMS[upper] ?? upper;
}

/** Recognizers dimension names Collate's alias table does not know, → Collate ids. */
const DIMENSION_EXTRAS: Record<string, string> = {
  "kilometer per hour": "km/h",
  "mile per hour": "mph",
  "meter per second": "m/s",
  "square meter": "m2",
  "square kilometer": "km2",
  "square foot": "ft2",
  "square mile": "mi2",
  "metric ton": "t",
  "cubic foot": "ft3",
  "cubic meter": "m3",
  decimeter: "dm",
  picometer: "pm",
  microgram: "µg",
  milligram: "mg",
};

/** Collate's own spellings of area units ("km²") → the comparison module's ids. */
const COLLATE_EXTRAS: Record<string, string> = { "ft³": "ft3", "µg": "µg", mcg: "µg" };

/**
 * One id per unit for both sides: Recognizers' "Kilometer per hour" and
 * Collate's "km/h" both become "km/h" (via lib/comparison's alias table).
 */
export function canonicalDimensionUnit(unit: string): string {
  const lower = unit.trim().toLowerCase();
  return DIMENSION_EXTRAS[lower] ?? COLLATE_EXTRAS[lower] ?? normalizeUnit(lower);
}
