import type { ClaimKind } from "../extraction/types";

/**
 * Unit families: figures can only be compared within one family, after
 * converting to the family's base unit. Counts form one family whatever noun
 * they count (the noun is evidence for grouping, not a unit to convert);
 * money is one family per currency (no exchange rates: rates depend on date).
 */
interface UnitSpec {
  family: string;
  /** base = value * factor + offset */
  factor: number;
  offset?: number;
}

const LINEAR_UNITS: Record<string, [family: string, factor: number]> = {
  // length, base metre
  m: ["length", 1],
  km: ["length", 1000],
  cm: ["length", 0.01],
  mm: ["length", 0.001],
  mi: ["length", 1609.344],
  ft: ["length", 0.3048],
  yd: ["length", 0.9144],
  in: ["length", 0.0254],
  nmi: ["length", 1852],
  // area, base square metre
  m2: ["area", 1],
  km2: ["area", 1e6],
  ha: ["area", 1e4],
  acre: ["area", 4046.8564224],
  mi2: ["area", 2589988.110336],
  ft2: ["area", 0.09290304],
  // mass, base kilogram
  kg: ["mass", 1],
  g: ["mass", 0.001],
  t: ["mass", 1000],
  lb: ["mass", 0.45359237],
  oz: ["mass", 0.028349523125],
  // volume, base litre
  l: ["volume", 1],
  ml: ["volume", 0.001],
  m3: ["volume", 1000],
  gal: ["volume", 3.785411784],
  bbl: ["volume", 158.987294928],
  // speed, base metre per second
  "m/s": ["speed", 1],
  "km/h": ["speed", 1 / 3.6],
  mph: ["speed", 0.44704],
  kn: ["speed", 0.514444],
  // duration, base second
  s: ["duration", 1],
  min: ["duration", 60],
  h: ["duration", 3600],
  day: ["duration", 86400],
  week: ["duration", 604800],
  month: ["duration", 2629746],
  year: ["duration", 31556952],
  decade: ["duration", 315569520],
  century: ["duration", 3155695200],
  // shares: fractions are already converted to percent by the extractor
  "%": ["percent", 1],
  // calendar dates are days since the epoch
  date: ["date", 1],
};

/** Spellings an extractor might emit for the canonical symbols above. */
const ALIASES: Record<string, string> = {
  meter: "m", meters: "m", metre: "m", metres: "m",
  kilometer: "km", kilometers: "km", kilometre: "km", kilometres: "km",
  centimeter: "cm", centimeters: "cm", millimeter: "mm", millimeters: "mm",
  mile: "mi", miles: "mi", foot: "ft", feet: "ft", yard: "yd", yards: "yd",
  inch: "in", inches: "in", "nautical mile": "nmi", "nautical miles": "nmi",
  "sq m": "m2", "m²": "m2", "square meters": "m2", "square metres": "m2",
  "sq km": "km2", "km²": "km2", "square kilometers": "km2", "square kilometres": "km2",
  hectare: "ha", hectares: "ha", acres: "acre",
  "sq mi": "mi2", "mi²": "mi2", "square miles": "mi2", "sq ft": "ft2", "square feet": "ft2",
  kilogram: "kg", kilograms: "kg", gram: "g", grams: "g", tonne: "t", tonnes: "t", ton: "t", tons: "t",
  pound: "lb", pounds: "lb", lbs: "lb", ounce: "oz", ounces: "oz",
  liter: "l", liters: "l", litre: "l", litres: "l", milliliter: "ml", milliliters: "ml",
  "cubic meters": "m3", "m³": "m3", gallon: "gal", gallons: "gal", barrel: "bbl", barrels: "bbl",
  kph: "km/h", kmh: "km/h", "miles per hour": "mph", knot: "kn", knots: "kn",
  sec: "s", second: "s", seconds: "s", minute: "min", minutes: "min", hour: "h", hours: "h",
  days: "day", d: "day", weeks: "week", months: "month", years: "year", yr: "year", yrs: "year",
  decades: "decade", centuries: "century",
  percent: "%", pct: "%", "per cent": "%", percentage: "%",
};

const TEMPERATURE: Record<string, UnitSpec> = {
  c: { family: "temperature", factor: 1 },
  "°c": { family: "temperature", factor: 1 },
  celsius: { family: "temperature", factor: 1 },
  k: { family: "temperature", factor: 1, offset: -273.15 },
  kelvin: { family: "temperature", factor: 1, offset: -273.15 },
  f: { family: "temperature", factor: 5 / 9, offset: -32 * (5 / 9) },
  "°f": { family: "temperature", factor: 5 / 9, offset: -32 * (5 / 9) },
  fahrenheit: { family: "temperature", factor: 5 / 9, offset: -32 * (5 / 9) },
};

export function normalizeUnit(unit: string): string {
  const lower = unit.trim().toLowerCase();
  return ALIASES[lower] ?? lower;
}

/**
 * Kinds compared as counts: an ordinal of a series ("the fifth operation", "the
 * second climber to die") states how many there have been, so it meets the
 * count ("five operations so far", "two climbers died").
 */
export function isCountLike(kind: string): boolean {
  return kind === "count" || kind === "rank";
}

/** A clock time (minutes after midnight): compared on the 24-hour circle, not by ratio. */
export function isClockTime(kind: string): boolean {
  return kind === "time";
}

/** How to convert `unit` for a claim of `kind`; unknown units get a family of their own. */
export function unitSpec(kind: ClaimKind, unit: string): UnitSpec {
  const normalized = normalizeUnit(unit);
  if (isCountLike(kind)) return { family: "count", factor: 1 };
  if (kind === "money") return { family: `money:${unit.trim().toUpperCase()}`, factor: 1 };
  if (kind === "date") return { family: "date", factor: 1 };
  if (kind === "percent") return { family: "percent", factor: 1 };
  if (kind === "temperature" && TEMPERATURE[normalized]) return TEMPERATURE[normalized];
  const linear = LINEAR_UNITS[normalized];
  // Ages are durations of a life: keep them apart from other durations.
  if (linear) return { family: kind === "age" ? `age:${linear[0]}` : linear[0], factor: linear[1] };
  return { family: `${kind}:${normalized}`, factor: 1 };
}

/** The comparison family of a claim: claims in different families are never grouped. */
export function unitFamily(kind: ClaimKind, unit: string): string {
  return unitSpec(kind, unit).family;
}

export function toBase(value: number, kind: ClaimKind, unit: string): number {
  const spec = unitSpec(kind, unit);
  return value * spec.factor + (spec.offset ?? 0);
}

export function fromBase(value: number, kind: ClaimKind, unit: string): number {
  const spec = unitSpec(kind, unit);
  return (value - (spec.offset ?? 0)) / spec.factor;
}

/** A step or difference (precision) ignores the offset of affine scales. */
export function stepToBase(step: number, kind: ClaimKind, unit: string): number {
  return step * unitSpec(kind, unit).factor;
}

/** Converts a value between two units of one family (same unit → unchanged). */
export function convert(value: number, kind: ClaimKind, from: string, to: string): number {
  if (from === to) return value;
  return fromBase(toBase(value, kind, from), kind, to);
}
