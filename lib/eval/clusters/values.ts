// Gold values in their written forms (numbers, ranges, ISO dates, clock times)
// and the check whether an extracted claim states the same figure.
import { toBase, unitSpec } from "../../comparison/units";
import type { EvalClaim, GoldValue } from "./types";

const TOLERANCE = 0.01;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC), the extractor's date scale. */
export function isoDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Reads a dev-cluster value: a number, [low, high], "HH:MM", "YYYY-MM-DD", "YYYY-MM" or "YYYY-MM-DDTHH:MM". */
export function parseGoldValue(raw: unknown, unit: string | null): GoldValue | null {
  if (typeof raw === "number" && Number.isFinite(raw)) return { type: "number", value: raw, unit };
  if (Array.isArray(raw) && raw.length === 2) {
    const [low, high] = raw.map((bound) => (typeof bound === "number" ? bound : null));
    return { type: "interval", low, high };
  }
  if (typeof raw !== "string") return null;
  return parseDateOrTime(raw);
}

function parseDateOrTime(text: string): GoldValue | null {
  const time = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (time) return { type: "time", minutes: Number(time[1]) * 60 + Number(time[2]) };
  const date = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T\d{2}:\d{2})?$/.exec(text);
  if (!date) return null;
  const year = Number(date[1]);
  const month = Number(date[2]);
  if (date[3]) {
    const day = isoDay(year, month, Number(date[3]));
    return { type: "date", fromDay: day, toDay: day };
  }
  // A month: day 0 of the next month is the last day of this one.
  return { type: "date", fromDay: isoDay(year, month, 1), toDay: isoDay(year, month + 1, 0) };
}

/** Reads a seed's low/high pair: numbers (null = open) or ISO dates. */
export function parseSeedBounds(low: unknown, high: unknown): GoldValue | null {
  if (low === undefined && high === undefined) return null;
  if (typeof low === "string" || typeof high === "string") {
    const from = typeof low === "string" ? parseDateOrTime(low) : null;
    const to = typeof high === "string" ? parseDateOrTime(high) : null;
    if (from?.type !== "date" && to?.type !== "date") return null;
    const fromDay = from?.type === "date" ? from.fromDay : -Infinity;
    const toDay = to?.type === "date" ? to.toDay : Infinity;
    return { type: "date", fromDay, toDay };
  }
  const asBound = (bound: unknown) => (typeof bound === "number" && Number.isFinite(bound) ? bound : null);
  if (asBound(low) === null && asBound(high) === null) return null;
  return { type: "interval", low: asBound(low), high: asBound(high) };
}

// Gold writes units in words ("metres", "minutes", "square feet", "fraction"); the
// extractor writes symbols. Both go through Collate's own unit table, so "three
// decades" states 30 years and "a quarter" (25%) a fraction of 0.25. Money stays
// in its own currency (gold gives money claims in the currency stated).
const GOLD_FRACTION = "fraction";

/** A stated number in its family's base unit, or null when the unit is not a convertible measure. */
function inBase(value: number, unit: string): { family: string; value: number } | null {
  if (unit.trim().toLowerCase() === GOLD_FRACTION) return { family: "percent", value: value * 100 };
  // Any measure kind reads the linear unit table; an unknown unit gets a "kind:unit" family of its own.
  const spec = unitSpec("length", unit);
  return spec.family.includes(":") ? null : { family: spec.family, value: toBase(value, "length", unit) };
}

function close(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function statedNumbers(claim: EvalClaim): number[] {
  return [claim.value, claim.low, claim.high].filter((n): n is number => n !== null && Number.isFinite(n));
}

/** Gold writes a year as a bare number ("founded in 2007" → 2007); the extractor, as a date spanning that year. */
function yearAgrees(gold: number, goldUnit: string | null, claim: EvalClaim): boolean {
  if (claim.kind !== "date" || !Number.isInteger(gold) || gold < 1000 || gold > 2999) return false;
  if (goldUnit !== null && goldUnit.trim().toLowerCase() !== "year") return false;
  return dateAgrees(isoDay(gold, 1, 1), isoDay(gold, 12, 31), claim);
}

function numberAgrees(gold: number, goldUnit: string | null, claim: EvalClaim): boolean {
  if (yearAgrees(gold, goldUnit, claim)) return true;
  const stated = statedNumbers(claim);
  if (stated.some((n) => close(n, gold))) return true;
  const target = goldUnit ? inBase(gold, goldUnit) : null;
  if (!target) return false;
  return stated.some((n) => {
    const value = inBase(n, claim.unit);
    return value !== null && value.family === target.family && close(value.value, target.value);
  });
}

function intervalAgrees(low: number | null, high: number | null, claim: EvalClaim): boolean {
  // a span of years ("built in the 1930s" → [1930, 1939]) against a date claim spanning them
  const isYear = (n: number | null): n is number => n !== null && Number.isInteger(n) && n >= 1000 && n <= 2999;
  if (claim.kind === "date" && isYear(low) && isYear(high)) return dateAgrees(isoDay(low, 1, 1), isoDay(high, 12, 31), claim);
  const inside = (n: number) =>
    (low === null || n >= low * (1 - TOLERANCE)) && (high === null || n <= high * (1 + TOLERANCE));
  if (claim.value !== null) return inside(claim.value);
  return statedNumbers(claim).some(inside);
}

function dateAgrees(fromDay: number, toDay: number, claim: EvalClaim): boolean {
  return statedNumbers(claim).some((n) => Math.floor(n) >= fromDay && Math.floor(n) <= toDay);
}

// How Collate stores clock times is not settled: accept minutes or hours after
// midnight, or the fraction of a day; anything else leaves the value unchecked.
function timeAgrees(minutes: number, claim: EvalClaim): boolean {
  return statedNumbers(claim).some(
    (n) =>
      Math.abs(n - minutes) < 1 ||
      Math.abs(n - minutes / 60) < 0.01 ||
      Math.abs((((n % 1) + 1) % 1) * 1440 - minutes) < 1,
  );
}

export type ValueCheck = "agrees" | "unchecked" | "differs";

/** Whether an extracted claim states the gold value (1% tolerance; measures converted). */
export function checkValue(gold: GoldValue | null, claim: EvalClaim): ValueCheck {
  if (gold === null) return "unchecked";
  switch (gold.type) {
    case "number":
      return numberAgrees(gold.value, gold.unit, claim) ? "agrees" : "differs";
    case "interval":
      return intervalAgrees(gold.low, gold.high, claim) ? "agrees" : "differs";
    case "date":
      return dateAgrees(gold.fromDay, gold.toDay, claim) ? "agrees" : "differs";
    case "time":
      return timeAgrees(gold.minutes, claim) ? "agrees" : "unchecked";
  }
}
