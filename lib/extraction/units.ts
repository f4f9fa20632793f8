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
    nm: ["nm", "nanometer", "nanometers", "nanometre", "nanometres"],
    "µm": ["µm", "μm", "micron", "microns", "micrometer", "micrometers", "micrometre", "micrometres"],
    dm: ["dm", "decimeter", "decimeters", "decimetre", "decimetres"],
    pm: ["picometer", "picometers", "picometre", "picometres"],
  }),
  ...table("area", {
    ha: ["ha", "hectare", "hectares"],
    acre: ["acre", "acres"],
  }),
  ...table("mass", {
    Gt: ["gigatonne", "gigatonnes", "gigaton", "gigatons"],
    Mt: ["megatonne", "megatonnes", "megaton", "megatons"],
    kg: ["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"],
    t: ["tonne", "tonnes", "ton", "tons"],
    g: ["gram", "grams", "gramme", "grammes"],
    mg: ["mg", "milligram", "milligrams", "milligramme", "milligrammes"],
    "µg": ["µg", "μg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes"],
    lb: ["lb", "lbs"],
    oz: ["oz", "ounce", "ounces"],
  }),
  ...table("volume", {
    l: ["liter", "liters", "litre", "litres"],
    bbl: ["barrel", "barrels"],
    gal: ["gallon", "gallons"],
    ml: ["ml", "milliliter", "milliliters", "millilitre", "millilitres"],
    // kitchen measures
    cup: ["cup", "cups"],
    tbsp: ["tbsp", "tablespoon", "tablespoons"],
    tsp: ["tsp", "teaspoon", "teaspoons"],
  }),
  ...table("speed", {
    "km/h": ["kph", "kmh"],
    mph: ["mph"],
    kn: ["knot", "knots"],
  }),
  ...table("measure", {
    kW: ["kw", "kilowatt", "kilowatts"],
    kWh: ["kwh", "kilowatt-hour", "kilowatt-hours"],
    W: ["watt", "watts"],
    MW: ["mw", "megawatt", "megawatts"],
    MWh: ["mwh"],
    GW: ["gw", "gigawatt", "gigawatts"],
    GWh: ["gwh"],
    hp: ["hp", "horsepower"],
    bhp: ["bhp"],
    Hz: ["hz", "hertz"],
    kHz: ["khz", "kilohertz"],
    MHz: ["mhz", "megahertz"],
    GHz: ["ghz", "gigahertz"],
    GB: ["gb", "gigabyte", "gigabytes"],
    MB: ["megabyte", "megabytes"],
    TB: ["tb", "terabyte", "terabytes"],
    KB: ["kilobyte", "kilobytes"],
    // (not the words "gigabit", "megabit": they name networks, "four gigabit Ethernet switches")
    bit: ["bit", "bits"],
    kbit: ["kbit"],
    Mbit: ["mbit"],
    Gbit: ["gbit"],
    rad: ["radian", "radians"],
    Mbps: ["mbps"],
    Gbps: ["gbps"],
    psi: ["psi"],
    ksi: ["ksi"],
    kPa: ["kpa", "kilopascal", "kilopascals"],
    MPa: ["mpa", "megapascal", "megapascals"],
    GPa: ["gpa", "gigapascal", "gigapascals"],
    dB: ["db", "decibel", "decibels"],
    rpm: ["rpm"],
    mAh: ["mah"],
    mpg: ["mpg"],
  }),
  ...table("temperature", {
    "°": ["degree", "degrees"],
  }),
};

/** Area units written with "square": "30 square kilometers". */
export const SQUARE_UNITS: Record<string, string> = {
  km: "km²", kilometer: "km²", kilometers: "km²", kilometre: "km²", kilometres: "km²",
  mile: "mi²", miles: "mi²", meter: "m²", meters: "m²", metre: "m²", metres: "m²",
  feet: "ft²", foot: "ft²", m: "m²", ft: "ft²", mi: "mi²", yards: "yd²", yard: "yd²", inches: "in²", inch: "in²",
};

/** Volume units written with "cubic": "24.5 cubic feet". */
export const CUBIC_UNITS: Record<string, string> = {
  feet: "ft³", foot: "ft³", ft: "ft³", metre: "m³", metres: "m³", meter: "m³", meters: "m³", m: "m³",
  yard: "yd³", yards: "yd³", inch: "in³", inches: "in³", centimetre: "cm³", centimetres: "cm³", centimeter: "cm³", centimeters: "cm³", cm: "cm³",
};

/** Units glued to digits: "10km", "5kg", "80m" (m is decided by context). */
export const GLUED_UNITS: Record<string, UnitInfo> = {
  km: MEASURE_UNITS.km, mi: MEASURE_UNITS.mi, ft: MEASURE_UNITS.ft, cm: MEASURE_UNITS.cm,
  mm: MEASURE_UNITS.mm, kg: MEASURE_UNITS.kg, mph: MEASURE_UNITS.mph, kph: MEASURE_UNITS.kph,
  lb: MEASURE_UNITS.lb, lbs: MEASURE_UNITS.lbs, ha: MEASURE_UNITS.ha, oz: MEASURE_UNITS.oz, nm: MEASURE_UNITS.nm,
  mg: MEASURE_UNITS.mg, "µm": MEASURE_UNITS["µm"], "μm": MEASURE_UNITS["µm"], ksi: MEASURE_UNITS.ksi, kpa: MEASURE_UNITS.kpa, mpa: MEASURE_UNITS.mpa, gpa: MEASURE_UNITS.gpa,
  g: MEASURE_UNITS.gram, l: MEASURE_UNITS.liter, ml: MEASURE_UNITS.ml, dm: MEASURE_UNITS.dm, "µg": MEASURE_UNITS["µg"], "μg": MEASURE_UNITS["µg"],
  mcg: MEASURE_UNITS.mcg, rad: MEASURE_UNITS.radian, t: MEASURE_UNITS.tonne,
  ...Object.fromEntries(
    ["kw", "kwh", "mw", "mwh", "gw", "gwh", "w", "hp", "bhp", "hz", "khz", "mhz", "ghz", "gb", "mb", "tb", "mbps", "gbps", "psi", "db", "rpm", "mah", "mpg"]
      .map((u) => [u, MEASURE_UNITS[u] ?? MEASURE_UNITS[u === "w" ? "watt" : u === "mb" ? "megabyte" : u]]),
  ),
  // Temperatures glued to digits: "-15C", "98.6F"
  c: { kind: "temperature", unit: "°C" }, f: { kind: "temperature", unit: "°F" },
  degc: { kind: "temperature", unit: "°C" }, degf: { kind: "temperature", unit: "°F" }, deg: { kind: "temperature", unit: "°" },
  min: { kind: "duration", unit: "minute" }, mins: { kind: "duration", unit: "minute" },
  hr: { kind: "duration", unit: "hour" }, hrs: { kind: "duration", unit: "hour" },
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
  $: "USD", "¢": "cent", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₴": "UAH",
  "₡": "CRC", "₾": "GEL", "₭": "LAK", "₿": "BTC", "₦": "NGN", "₱": "PHP", "₫": "VND", "₪": "ILS",
};

/** Letters glued before "$": "US$5", "A$3", "HK$1". */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: "USD", a: "AUD", au: "AUD", c: "CAD", ca: "CAD", hk: "HKD", nz: "NZD", s: "SGD", r: "BRL", mex: "MXN",
};

export const ISO_CURRENCIES = new Set([
  "USD", "EUR", "GBP", "INR", "JPY", "CNY", "RMB", "RUB", "CHF", "AUD", "CAD", "HKD", "NZD", "SGD",
  "SEK", "NOK", "DKK", "PLN", "TRY", "BRL", "MXN", "ZAR", "KRW", "UAH", "KZT", "PKR", "AFN", "TJS", "UZS",
  "CRC", "GEL", "LAK", "LKR", "NGN", "PHP", "VND", "ILS", "BTC",
]);

/** Currency words after a number: "fifty billion dollars", "2m euros". */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR", yen: "JPY", yuan: "CNY", renminbi: "CNY",
  rupee: "INR", rupees: "INR", rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB",
  franc: "CHF", francs: "CHF", lira: "TRY", hryvnia: "UAH", hryvnias: "UAH", afghani: "AFN", afghanis: "AFN",
  somoni: "TJS", tenge: "KZT", sterling: "GBP", won: "KRW", ringgit: "MYR", rand: "ZAR", peso: "MXN", pesos: "MXN",
  krone: "DKK", kroner: "DKK", kronor: "SEK", krona: "SEK", shekel: "ILS", shekels: "ILS", baht: "THB", dinar: "DZD", dinars: "DZD",
  naira: "NGN", dirham: "AED", dirhams: "AED", riyal: "SAR", riyals: "SAR", zloty: "PLN", forint: "HUF", rupiah: "IDR",
  markka: "FIM", markkaa: "FIM", kuai: "CNY", bitcoin: "BTC", bitcoins: "BTC",
  // currency signs that are letters of their script: the yuan's 元, the Sri Lankan rupee's ரூ
  "元": "CNY", "ரூ": "LKR",
  // Sub-units keep their own name: "19 cents", "164 pence", "50 sen".
  cent: "cent", cents: "cent", pence: "penny", penny: "penny", sen: "sen", satoshi: "satoshi", satoshis: "satoshi",
};

/** "Australian dollars", "Hong Kong dollars": the adjective decides the dollar. */
export const DOLLAR_ADJECTIVES: Record<string, string> = {
  us: "USD", american: "USD", australian: "AUD", canadian: "CAD", singapore: "SGD", zealand: "NZD", kong: "HKD", taiwan: "TWD",
};

/** Percent words after a number. */
export const PERCENT_WORDS = new Set(["percent", "pct", "percentage"]);

/** The speed a length unit makes over an hour ("km" + "/h" → "km/h"); metres also per second (see unit-reader). */
export const SPEED_OF_LENGTH: Readonly<Record<string, string>> = { mi: "mph", km: "km/h", m: "m/s" };

/** The currency an ISO code names; "RMB" (renminbi) is written for the yuan, CNY. */
export function currencyOfCode(code: string): string {
  return code === "RMB" ? "CNY" : code;
}
