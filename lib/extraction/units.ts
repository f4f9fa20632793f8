/** Unit tables: what a word after a number measures, and its normalised unit. */
import type { ClaimKind } from "./types";

export interface UnitInfo {
  kind: ClaimKind;
  unit: string;
}

function table(kind: ClaimKind, entries: Record<string, string[]>): Record<string, UnitInfo> {
  const out: Record<string, UnitInfo> = {};
  for (const [unit, words] of Object.entries(entries)) for (const w of words) out[w] = { kind, unit };
  return out;
}

/** Words (lower-case) naming a measurement unit. Currency and time are separate. */
export const MEASURE_UNITS: Record<string, UnitInfo> = {
  ...table("length", {
    km: ["km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"],
    mi: ["mi", "mile", "miles"],
    m: ["meter", "meters", "metre", "metres"],
    ft: ["ft", "foot", "feet"],
    yd: ["yd", "yard", "yards"],
    in: ["inch", "inches"],
    cm: ["cm", "centimeter", "centimeters", "centimetre", "centimetres"],
    mm: ["mm", "millimeter", "millimeters", "millimetre", "millimetres"],
    nmi: ["nautical"],
  }),
  ...table("area", {
    ha: ["ha", "hectare", "hectares"],
    acre: ["acre", "acres"],
  }),
  ...table("mass", {
    kg: ["kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"],
    t: ["tonne", "tonnes", "ton", "tons"],
    g: ["gram", "grams"],
    lb: ["lb", "lbs"],
  }),
  ...table("volume", {
    l: ["liter", "liters", "litre", "litres"],
    bbl: ["barrel", "barrels"],
    gal: ["gallon", "gallons"],
  }),
  ...table("speed", {
    "km/h": ["kph", "kmh"],
    mph: ["mph"],
    kn: ["knot", "knots"],
  }),
  ...table("temperature", {
    "°": ["degree", "degrees"],
  }),
};

/** Area units written with "square": "30 square kilometers". */
export const SQUARE_UNITS: Record<string, string> = {
  km: "km²", kilometer: "km²", kilometers: "km²", kilometre: "km²", kilometres: "km²",
  mile: "mi²", miles: "mi²", meter: "m²", meters: "m²", metre: "m²", metres: "m²",
  feet: "ft²", foot: "ft²",
};

/** Units glued to digits: "10km", "5kg", "80m" (m is decided by context). */
export const GLUED_UNITS: Record<string, UnitInfo> = {
  km: MEASURE_UNITS.km, mi: MEASURE_UNITS.mi, ft: MEASURE_UNITS.ft, cm: MEASURE_UNITS.cm,
  mm: MEASURE_UNITS.mm, kg: MEASURE_UNITS.kg, mph: MEASURE_UNITS.mph, kph: MEASURE_UNITS.kph,
  lb: MEASURE_UNITS.lb, lbs: MEASURE_UNITS.lbs, ha: MEASURE_UNITS.ha,
};

export const TIME_UNITS: Record<string, string> = {
  year: "year", years: "year", yr: "year", yrs: "year",
  month: "month", months: "month",
  week: "week", weeks: "week",
  day: "day", days: "day",
  hour: "hour", hours: "hour", hr: "hour", hrs: "hour",
  minute: "minute", minutes: "minute", min: "minute", mins: "minute",
  second: "second", seconds: "second",
  decade: "decade", decades: "decade",
  century: "century", centuries: "century",
};

export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₴": "UAH",
};

/** Letters glued before "$": "US$5", "A$3", "HK$1". */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: "USD", a: "AUD", au: "AUD", c: "CAD", ca: "CAD", hk: "HKD", nz: "NZD", s: "SGD", r: "BRL",
};

export const ISO_CURRENCIES = new Set([
  "USD", "EUR", "GBP", "INR", "JPY", "CNY", "RMB", "RUB", "CHF", "AUD", "CAD", "HKD", "NZD", "SGD",
  "SEK", "NOK", "DKK", "PLN", "TRY", "BRL", "MXN", "ZAR", "KRW", "UAH", "KZT", "PKR", "AFN", "TJS", "UZS",
]);

/** Currency words after a number: "fifty billion dollars", "2m euros". */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR", yen: "JPY", yuan: "CNY", renminbi: "CNY",
  rupee: "INR", rupees: "INR", rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB",
  franc: "CHF", francs: "CHF", lira: "TRY", hryvnia: "UAH", hryvnias: "UAH", afghani: "AFN", afghanis: "AFN",
  somoni: "TJS", tenge: "KZT", sterling: "GBP",
};

/** "Australian dollars", "Hong Kong dollars": the adjective decides the dollar. */
export const DOLLAR_ADJECTIVES: Record<string, string> = {
  us: "USD", american: "USD", australian: "AUD", canadian: "CAD", singapore: "SGD", zealand: "NZD", kong: "HKD", taiwan: "TWD",
};

/** Percent words after a number. */
export const PERCENT_WORDS = new Set(["percent", "pct", "percentage"]);
