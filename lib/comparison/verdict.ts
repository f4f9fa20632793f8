import type { ClaimKind, Qualifier } from "../extraction/types";
import type { ComparableClaim, Verdict } from "./types";
import { intervalOf, overlaps, type Interval } from "./interval";
import { fromBase, stepToBase, toBase } from "./units";

export type JudgeInput = Pick<ComparableClaim, "value" | "low" | "high" | "precision" | "kind" | "unit"> & {
  qualifier?: Qualifier;
  change?: "up" | "down" | null;
};

export interface Judgement {
  verdict: Verdict;
  spreadLow: number | null;
  spreadHigh: number | null;
}

/** One statement in the family's base unit. */
interface Reading {
  value: number;
  interval: Interval;
  precision: number;
  /** States one value (exact or "about"), so rounding applies; bounds do not. */
  pointLike: boolean;
  /** States exactly one value: a round one has a looser reading. */
  exactPoint: boolean;
  isDate: boolean;
  unit: string;
  /** Which way a bound points: "more than 100" is a lower bound, "up to 120" an upper one. */
  bound: "lower" | "upper" | null;
}

const LOWER_BOUNDS: ReadonlySet<Qualifier> = new Set(["at_least", "more_than"]);
const UPPER_BOUNDS: ReadonlySet<Qualifier> = new Set(["up_to", "less_than"]);

const SEVERITY: Record<Exclude<Verdict, "single" | "superseded">, number> = {
  consistent: 0,
  rounding: 1,
  discrepancy: 2,
  contradiction: 3,
};

function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true; // also ±Infinity
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function toReading(claim: JudgeInput): Reading {
  const { kind, unit } = claim;
  const stated = intervalOf(claim);
  const interval = {
    low: Number.isFinite(stated.low) ? toBase(stated.low, kind, unit) : stated.low,
    high: Number.isFinite(stated.high) ? toBase(stated.high, kind, unit) : stated.high,
  };
  const exactPoint = Number.isFinite(interval.low) && nearlyEqual(interval.low, interval.high);
  const pointLike =
    claim.qualifier !== undefined
      ? claim.qualifier === "exact" || claim.qualifier === "about"
      : exactPoint || (Number.isFinite(interval.low) && Number.isFinite(interval.high));
  return {
    value: toBase(claim.value, kind, unit),
    interval,
    precision: Math.max(0, stepToBase(claim.precision, kind, unit)),
    pointLike,
    exactPoint,
    isDate: kind === "date",
    unit,
    bound: claim.qualifier && LOWER_BOUNDS.has(claim.qualifier) ? "lower" : claim.qualifier && UPPER_BOUNDS.has(claim.qualifier) ? "upper" : null,
  };
}

/**
 * Rounding: the more precise figure lies in the rounding window of the less
 * precise one, [v - p/2, v + p/2) — 1,344 against "about 1,340" (step 10).
 */
function withinRounding(a: Reading, b: Reading): boolean {
  const [coarse, fine] = a.precision >= b.precision ? [a, b] : [b, a];
  if (coarse.precision <= 0) return false;
  const half = coarse.precision / 2;
  const slack = 1e-9 * Math.max(1, Math.abs(coarse.value));
  return fine.value >= coarse.value - half - slack && fine.value < coarse.value + half - slack;
}

/**
 * The looser reading of an exact round figure: one whose digits end in a 5
 * or 0 step may have been rounded to five times its step (1,350 to the
 * nearest 50 covers [1325, 1375], so 1,344 km is a discrepancy, not a
 * contradiction). Figures like 12 or 1,344, and dates, are taken as stated.
 * Between figures in different units, a bound or range is widened by half
 * its rounding step (one of them may be the other converted and rounded).
 */
function looseInterval(r: Reading, converted: boolean): Interval {
  if (r.precision <= 0 || r.isDate) return r.interval;
  if (!r.exactPoint) {
    // Across units a bound is a rounded conversion: "up to 193 km/h" for 120 mph reaches 193.5 km/h.
    if (!converted) return r.interval;
    const half = r.precision / 2;
    return { low: r.interval.low - half, high: r.interval.high + half };
  }
  const steps = r.value / r.precision;
  if (Math.abs(steps - Math.round(steps)) > 1e-6 || Math.round(steps) % 5 !== 0) return r.interval;
  const half = 2.5 * r.precision;
  return { low: r.value - half, high: r.value + half };
}

const contains = (outer: Interval, inner: Interval) => outer.low <= inner.low && inner.high <= outer.high;

/**
 * A figure that the other's wording allows: 31 against "more than two dozen",
 * 120 mph against "up to 193 km/h", 12 weeks against "8 to 12 weeks". Both
 * can be right, one is only more specific. (Two bounds at different figures,
 * "at least 1,500" and "more than a thousand", state different figures.)
 */
function satisfies(point: Reading, bound: Reading, converted: boolean): boolean {
  if (!point.pointLike || bound.pointLike) return false;
  const allowed = looseInterval(bound, converted);
  return allowed.low <= point.value && point.value <= allowed.high;
}

function relate(a: Reading, b: Reading): Exclude<Verdict, "single" | "superseded"> {
  const sameInterval = nearlyEqual(a.interval.low, b.interval.low) && nearlyEqual(a.interval.high, b.interval.high);
  if (nearlyEqual(a.value, b.value) && (sameInterval || overlaps(a.interval, b.interval))) return "consistent";
  if (sameInterval) return "consistent";
  // A date inside a coarser one is that date, less precisely: July 25, 1997 and 1997; July 1997 and 1997.
  if (a.isDate && (contains(a.interval, b.interval) || contains(b.interval, a.interval))) return "consistent";
  const converted = a.unit !== b.unit;
  if (satisfies(a, b, converted) || satisfies(b, a, converted)) return "consistent";
  // "More than 100" and "up to 120" bound the figure from both sides: together they say 100 to 120.
  if (a.bound !== null && b.bound !== null && a.bound !== b.bound && overlaps(looseInterval(a, converted), looseInterval(b, converted))) return "consistent";
  if (a.pointLike && b.pointLike && withinRounding(a, b)) return "rounding";
  if (!overlaps(looseInterval(a, converted), looseInterval(b, converted))) return "contradiction";
  return "discrepancy";
}

/** The unit most members state (first seen wins a tie): spreads are given in it. */
export function dominantUnit(claims: Pick<JudgeInput, "unit">[]): string {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
  let best = claims[0]?.unit ?? "";
  for (const [unit, n] of counts) if (n > (counts.get(best) ?? 0)) best = unit;
  return best;
}

function statedBound(claim: JudgeInput, side: "low" | "high"): number | null {
  const bound = claim[side];
  if (bound !== null) return bound;
  return claim.qualifier === "exact" ? claim.value : null;
}

function spread(claims: JudgeInput[], kind: ClaimKind, unit: string): Pick<Judgement, "spreadLow" | "spreadHigh"> {
  let spreadLow: number | null = Infinity;
  let spreadHigh: number | null = -Infinity;
  for (const claim of claims) {
    const low = statedBound(claim, "low");
    const high = statedBound(claim, "high");
    const lowBase = low === null ? null : toBase(low, claim.kind, claim.unit);
    const highBase = high === null ? null : toBase(high, claim.kind, claim.unit);
    spreadLow = spreadLow === null || lowBase === null ? null : Math.min(spreadLow, lowBase);
    spreadHigh = spreadHigh === null || highBase === null ? null : Math.max(spreadHigh, highBase);
  }
  const back = (v: number | null) => (v === null || !Number.isFinite(v) ? null : fromBase(v, kind, unit));
  return { spreadLow: back(spreadLow), spreadHigh: back(spreadHigh) };
}

/**
 * How the statements of one quantity relate: the most severe relation over
 * all pairs (one contradicting pair makes the group a contradiction).
 * Spreads are in `unit` (default: the unit most members use).
 */
export function judge(claims: JudgeInput[], unit: string = dominantUnit(claims)): Judgement {
  if (claims.length === 0) return { verdict: "single", spreadLow: null, spreadHigh: null };
  const kind = claims[0].kind;
  const range = spread(claims, kind, unit);
  if (claims.length === 1) return { verdict: "single", ...range };
  const readings = claims.map(toReading);
  let worst: Exclude<Verdict, "single" | "superseded"> = "consistent";
  for (let i = 0; i < readings.length && worst !== "contradiction"; i++) {
    for (let j = i + 1; j < readings.length; j++) {
      const relation = relate(readings[i], readings[j]);
      if (SEVERITY[relation] > SEVERITY[worst]) worst = relation;
      if (worst === "contradiction") break;
    }
  }
  return { verdict: worst, ...range };
}
