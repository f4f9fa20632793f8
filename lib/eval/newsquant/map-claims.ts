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
 * - Dates, clock times and ranks (ordinals) are dropped: NewsQuant does not
 *   annotate dates, years, times of day or ordinals. Calibres and gauges
 *   (".38-caliber", "12-gauge": measure, unit "caliber"/"gauge") are kept as
 *   they are: the published conventions say nothing about them and CQE's unit
 *   vocabulary has no such unit, so there is no basis for dropping them.
 * - A range becomes "low-high" with change "=" ("~" after "about"/"~");
 *   otherwise a change direction wins over the qualifier ("rose more than
 *   5%" → "up"), as in the gold. NewsQuant labels a direction only when a
 *   verb or adverb states it: a change named by a noun ("a 5% rise", "a cut
 *   of 300 jobs"), which Collate keeps as a change, gets its qualifier's
 *   label; a bare "+0.3%" is "up"; an average stated by its verb ("averaged
 *   7.3 points") is "~".
 * - Fractions written as words ("two-thirds of the voters") are percent in
 *   Collate but decimals in NewsQuant, with unit "% <noun>" or "% -".
 * - Units: Collate ids → CQE names; the words right after the figure add
 *   what Collate leaves out: a rate ("$5 a share" → "dollar per share", also
 *   after a bracketed conversion or a count's noun: "500 tests per day"), a
 *   temperature scale ("30 degrees Celsius"), an age ("68-year-old"),
 *   "barrels of oil". A count's unit is its counted phrase without the
 *   conjunction of coordinated modifiers or leading adverbs/participles.
 * - Concepts are the content words of the claim's subject and of every
 *   concept Collate lists (`concepts`: the phrase, the clause subject of an
 *   object, a heading name), possessive "'s" dropped as the gold writes
 *   them; "-" when none (what CQE itself emits). For counts Collate's
 *   subject is the counted noun, which CQE treats as the unit, so it is left out.
 */
export function mapClaimsToNewsQuant(
  claims: readonly ExtractedClaim[],
  sentence: string,
  units: CqeUnits,
): NewsQuantOutputQuantity[] {
  const kept = claims.filter((claim) => !NOT_ANNOTATED.has(claim.kind));
  const out: NewsQuantOutputQuantity[] = [];
  for (let n = 0; n < kept.length; n++) {
    const mapped = mapClaim(kept[n], sentence, units);
    const next = kept[n + 1];
    // NewsQuant writes "from A to B" as one range "A-B" (even when B < A); Collate keeps two levels.
    const order = next ? fromToOrder(kept[n], next, sentence) : null;
    if (order && typeof mapped.value === "number") {
      const second = mapClaim(next, sentence, units);
      if (typeof second.value === "number") {
        out.push({ ...mapped, value: `${formatNumber(mapped.value)}-${formatNumber(second.value)}`, normalized_unit: mapped.normalized_unit === "-" ? second.normalized_unit : mapped.normalized_unit });
        n++;
        continue;
      }
    }
    out.push(mapped);
  }
  return out;
}

const NOT_ANNOTATED: ReadonlySet<ExtractedClaim["kind"]> = new Set(["date", "time", "rank"]);

/**
 * "from $75 to $45.88", "from $36,040 at 10.45pm last night to $34,935",
 * "from 20 miles per gallon in 2008 to 29 mpg": two claims of one kind, the
 * first after "from", joined by "to" with at most a short unit, time or
 * place phrase between them (no clause break). Not "rose to A from B":
 * NewsQuant keeps those as two levels.
 */
function fromToOrder(a: ExtractedClaim, b: ExtractedClaim, sentence: string): "from-to" | null {
  if (sentence.slice(a.start, a.end) !== a.figure || sentence.slice(b.start, b.end) !== b.figure) return null;
  if (a.kind !== b.kind && a.kind !== "count" && b.kind !== "count") return null;
  const between = sentence.slice(a.end, b.start);
  if (between.length > 40 || /[,;:()]/.test(between)) return null;
  const before = sentence.slice(Math.max(0, a.start - 8), a.start);
  if (/^\s*(?:\S+\s+){0,6}?to\s*$/i.test(between) && /\bfrom\s*$/i.test(before)) return "from-to";
  return null;
}

/**
 * Vague plural amounts: NewsQuant reads "millions of" as 1,000,000-10,000,000
 * and "dozens" as 12-120 (one to ten times the scale); Collate's interval is
 * tighter (two to ten). The scale is Collate's precision.
 */
const VAGUE_PLURAL = /\b(?:tens|hundreds|thousands|millions|billions|trillions|dozens)\b/i;

function vagueRange(claim: ExtractedClaim): string | null {
  if (claim.qualifier !== "range" || !VAGUE_PLURAL.test(claim.figure) || /\d/.test(claim.figure)) return null;
  return `${formatNumber(claim.precision)}-${formatNumber(claim.precision * 10)}`;
}

function mapClaim(claim: ExtractedClaim, sentence: string, units: CqeUnits): NewsQuantOutputQuantity {
  const fraction = claim.kind === "percent" && isWordFraction(claim.figure);
  const scale = fraction ? 1 / 100 : 1;
  const isRange = claim.qualifier === "range" && claim.low !== null && claim.high !== null;
  const value = vagueRange(claim) ?? (isRange
    ? `${formatNumber(claim.low! * scale)}-${formatNumber(claim.high! * scale)}`
    : fraction ? exactFraction(claim.value / 100) : claim.value * scale);
  const concepts = conceptsOf(claim);
  const after = textAfterFigure(claim, sentence);
  const before = textBeforeFigure(claim, sentence);
  // NewsQuant labels a direction only when a verb or an adverb states it ("rose 5%", "up 5%");
  // a change named by a noun ("a 5% rise", "a cut of 800,000") is labelled by its qualifier.
  const direction = claim.change && !isNounChange(before, after) ? claim.change : null;
  const approximateRange = isRange && /(?:\b(?:about|around|approximately|roughly|some|an estimated)|~)\s*$/i.test(before);
  return {
    value,
    // A signed share with no verb ("FTSE -0.6%", "Dow +0.2%") is a fall or a rise in NewsQuant.
    change: direction ?? (claim.kind === "percent" && claim.value < 0 ? "down" : claim.kind === "percent" && /\+\s*$/.test(before) ? "up" : approximateRange ? "~" : isRange ? "=" : claim.qualifier === "exact" && AVERAGED.test(before) ? "~" : QUALIFIER_TO_CHANGE[claim.qualifier]),
    normalized_unit: fraction ? fractionUnit(claim) : withContext(cqeUnitName(claim, units), claim, after),
    referred_concepts: concepts.length > 0 ? concepts : ["-"],
  };
}

/**
 * NewsQuant's referred concepts: what the figure is about. Collate's `concept`
 * (the governing noun phrase) first; for non-counts, the subject read after
 * the figure ("5% of the voters") is what a share or an amount measures.
 */
function conceptsOf(claim: ExtractedClaim): string[] {
  const out: string[] = [];
  const add = (phrase: string) => {
    for (const w of contentWords(phrase).map(withoutPossessive)) if (w && !out.includes(w)) out.push(w);
  };
  if (claim.subject && claim.kind !== "count") add(claim.subject);
  for (const concept of claim.concepts ?? (claim.concept ? [claim.concept] : [])) add(concept);
  return out;
}

/** NewsQuant writes "the company's revenue" as "company revenue". */
function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/i, "").replace(/['’]$/, "");
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

/** "averaged 7.3 points", "averaging 15.9 degrees": NewsQuant reads an average stated by its verb as approximate. */
const AVERAGED = /\baverag(?:ed|ing|es)\s*$/i;

const CHANGE_NOUNS = "rise|increase|growth|gain|jump|surge|hike|climb|boost|improvement|drop|fall|decline|decrease|cut|loss|reduction|slump|dip|plunge";
const NOUN_AFTER = new RegExp(`^[\\s-]*(?:[a-z]+\\s+)?(?:${CHANGE_NOUNS})s?\\b`, "i");
const NOUN_BEFORE = new RegExp(`\\b(?:${CHANGE_NOUNS})s?\\s+of\\s*$`, "i");

/** "a 4% drop", "a 5% pay rise", "an increase of 60,600 jobs": a change named by a noun. */
function isNounChange(before: string, after: string): boolean {
  return NOUN_AFTER.test(after) || NOUN_BEFORE.test(before);
}

/** Up to 30 characters before the figure, or "" when the claim's offsets don't index `sentence`. */
function textBeforeFigure(claim: ExtractedClaim, sentence: string): string {
  if (sentence.slice(claim.start, claim.end) !== claim.figure) return "";
  return sentence.slice(Math.max(0, claim.start - 30), claim.start);
}

/** Up to 40 characters after the figure, or "" when the claim's offsets don't index `sentence`. */
function textAfterFigure(claim: ExtractedClaim, sentence: string): string {
  if (sentence.slice(claim.start, claim.end) !== claim.figure) return "";
  return sentence.slice(claim.end, claim.end + 40);
}

const RATE_AFTER = /^[\s-]*(?:a|an|per|each|\/)[\s-]*(millisecond|ms|second|minute|hour|hr|h|day|week|month|year|decade|century|share|barrel|gallon|ounce|tonne|ton|kilogram|kg|gramme|gram|pound|square foot|square feet|square metre|square meter|sq\.? ?m|sq\.? ?ft|person|game)\b(?!\s+(?:earlier|ago|before|later|previously))/i;
/** A conversion in brackets between the figure and its rate: "C$6 (US$4.46) per share". */
const BRACKETED = /^\s*\([^()]{1,40}\)/;
const AGE_AFTER = /^[\s-]*(?:old\b|of age\b)/i;
const SCALE_AFTER = /^\s*(?:degrees?\s*|°\s*)?(celsius|centigrade|c\b|fahrenheit|f\b)/i;

/** Refines the unit name with the words that follow the figure. */
function withContext(unitName: string, claim: ExtractedClaim, after: string): string {
  if (claim.kind === "duration" && AGE_AFTER.test(after)) return `${unitName} of age`;
  if (claim.kind === "temperature" || unitName === "degree") {
    const scale = SCALE_AFTER.exec(after)?.[1].toLowerCase();
    if (scale) return scale.startsWith("f") ? "fahrenheit" : "celsius";
  }
  // the rate may follow a conversion in brackets or, for counts, the counted noun ("3,000 tests per day")
  let rest = after.replace(BRACKETED, "");
  if (claim.kind === "count" && claim.subject && rest.trimStart().startsWith(claim.subject)) rest = rest.trimStart().slice(claim.subject.length);
  // a physical measure's rate may follow what it measures: "2 billion gallons of jet fuel a year"
  if (MEASURED_KINDS.has(claim.kind) && !/^\s*of\s+oil\b/i.test(rest)) rest = rest.replace(OF_PHRASE, " ");
  if (/^barrels?\s+of\s+oil\b/i.test(rest.trimStart()) || (unitName === "barrel" && /^\s*of\s+oil\b/i.test(rest))) return "barrel of oil";
  const rate = RATE_AFTER.exec(rest)?.[1].toLowerCase();
  if (rate && unitName !== "-" && (claim.kind !== "duration" || /^(day|week|month|year)$/.test(rate))) {
    return `${unitName} per ${RATE_NAMES[rate] ?? rate}`;
  }
  return unitName;
}

const MEASURED_KINDS: ReadonlySet<ExtractedClaim["kind"]> = new Set(["length", "area", "mass", "volume", "measure"]);
const OF_PHRASE = /^\s+of\s+(?:[a-z][\w-]*\s+){1,3}?(?=(?:a|an|per|each)\s+\w)/i;

const RATE_NAMES: Record<string, string> = {
  h: "hour", hr: "hour", ms: "millisecond", gramme: "gram", kg: "kilogram", pound: "pound-mass", tonne: "metric ton", "square feet": "square foot", "square meter": "square metre",
  "sq m": "square metre", sqm: "square metre", "sq. m": "square metre", "sq ft": "square foot", sqft: "square foot", "sq. ft": "square foot",
};

/** "two-thirds", "half", "one in three": a share written without a percent sign or word. */
function isWordFraction(figure: string): boolean {
  if (/%|per ?cent|pct|\dpc\b|percentage/i.test(figure)) return false;
  // a bare number that took its percent from a parallel figure ("... by 2 percent, the CAC by 1") is no fraction
  return !/^[-+]?[\d.,]+$/.test(figure.trim());
}

/** Collate rounds a word fraction to 0.01% ("two-thirds" → 66.67); NewsQuant keeps the fraction itself (0.6666…). */
function exactFraction(share: number): number {
  for (let den = 2; den <= 20; den++) {
    const num = Math.round(share * den);
    if (num > 0 && Math.abs(share - num / den) < 0.00006) return num / den;
  }
  return share;
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
  mg: "milligram",
  gt: "gigaton",
  mt: "megaton",
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
  nm: "nanometre",
  dm: "decimetre",
  pm: "picometre",
  "µg": "microgram",
  cup: "cup",
  tbsp: "tablespoon",
  tsp: "teaspoon",
  bit: "bit",
  kbit: "kilobit",
  kb: "kilobyte",
  mbit: "megabit",
  gbit: "gigabit",
  rad: "radian",
  // not in CQE's vocabulary (its "U" is the atomic mass unit)
  u: "rack unit",
  "µm": "micrometre",
  kw: "kilowatt",
  kwh: "kilowatt hour",
  w: "watt",
  mw: "megawatt",
  mwh: "megawatt hour",
  gw: "gigawatt",
  gwh: "gigawatt hour",
  hp: "horsepower",
  bhp: "brake horsepower",
  hz: "hertz",
  khz: "kilohertz",
  mhz: "megahertz",
  ghz: "gigahertz",
  gb: "gigabyte",
  mb: "megabyte",
  tb: "terabyte",
  mbps: "megabit per second",
  gbps: "gigabit per second",
  psi: "pound per square inch",
  ksi: "kilopound per square inch",
  kpa: "kilopascal",
  mpa: "megapascal",
  gpa: "gigapascal",
  ps: "horsepower",
  "ft³": "cubic foot",
  "m³": "cubic metre",
  "yd³": "cubic yard",
  "in³": "cubic inch",
  "cm³": "cubic centimetre",
  "yd²": "square yard",
  "in²": "square inch",
  db: "decibel",
  rpm: "revolutions per minute",
  mah: "milliampere-hour",
  mpg: "mile per gallon",
  "n·m": "newton metre",
  "lb-ft": "foot pound-force",
  "pound-foot": "pound-foot",
  ppm: "part per million",
  ppb: "part per billion",
  kt: "kiloton",
};

// The vocabulary's entry for "USD" is not plain "dollar" everywhere; the gold uses "dollar".
const CURRENCY_NAMES: Record<string, string> = {
  USD: "dollar", RMB: "chinese yuan", CNY: "chinese yuan", ILS: "shekel", CENT: "cent", PENNY: "penny", SEN: "sen",
};

/** The CQE normalized unit for a (non-fraction) claim. */
export function cqeUnitName(claim: Pick<ExtractedClaim, "kind" | "unit"> & { subject?: string | null; figure?: string }, units: CqeUnits): string {
  const names = unitNamesFor(units);
  const unit = claim.unit.trim();
  if (claim.kind === "money") {
    const code = unit.toUpperCase();
    // CQE's vocabulary reads the symbol "p" ("164p", "68 p") as points, the words "pence"/"penny" as pennies.
    if (code === "PENNY" && "figure" in claim && typeof claim.figure === "string" && /\dp?\s*p$/i.test(claim.figure)) return "point";
    return CURRENCY_NAMES[code] ?? names.byCurrencyCode.get(code) ?? normalizeUnitName(unit, names.surfaceIndex);
  }
  if (claim.kind === "age") return `${normalizeUnitName(unit || "year", names.surfaceIndex)} of age`;
  if (unit === "") return "-";
  if (claim.kind === "count") {
    // A counted noun that is a vocabulary unit ("times" → "count", "points") takes its name.
    const noun = lemmatizePhrase(unit);
    const vocabulary = names.surfaceIndex.get(unit.toLowerCase()) ?? names.surfaceIndex.get(noun);
    if (vocabulary) return vocabulary;
    // NewsQuant's count unit is the whole counted noun phrase, modifiers kept
    // ("heart transplants" → "heart transplant"), when the phrase ends in the counted noun.
    // Coordinated modifiers lose their conjunction ("Kia and Hyundai vehicles" → "Kia Hyundai vehicle");
    // descriptive adverbs and participles before them are not part of the unit ("decently sized", "recorded").
    const words = (claim.subject ?? "").split(/\s+/).filter((w) => w && !/^(and|or)$/i.test(w));
    while (words.length > 1 && (/^[a-z]+ly$/.test(words[0]) || (/^[a-z]{3,}ed$/.test(words[0]) && !/eed$/.test(words[0])))) words.shift();
    const phrase = words.length > 0 ? lemmatizePhrase(words.join(" ")) : "";
    if (phrase && phrase.split(" ").length <= 4 && phrase.toLowerCase().endsWith(noun.toLowerCase())) return phrase;
    return noun || "-";
  }
  // CQE tells "tons" (its "ton") from "tonnes" and "metric tons" ("metric ton"); Collate reads both as t
  if (unit === "t" && claim.figure && /(?:^|[\s\d-])tons?$/i.test(claim.figure) && !/metric\s+tons?$/i.test(claim.figure)) return "ton";
  return COLLATE_UNIT_NAMES[unit.toLowerCase()] ?? normalizeUnitName(unit, names.surfaceIndex);
}
