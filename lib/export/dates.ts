import { clockTime, dateISO } from "../extraction/dates";
import { isVagueAmountRule } from "../extraction/rules/rule";

/**
 * Date claims are stored as days since 1970-01-01 (UTC) and clock times as
 * minutes after midnight; exports show them as "YYYY-MM-DD" and "HH:MM".
 */
export function daysToIsoDate(days: number | null): string | null {
  return days === null || !Number.isFinite(days) ? null : dateISO(Math.floor(days));
}

/** A stored number as exported: ISO date for dates, HH:MM for clock times, the number otherwise. */
export function exportValue(kind: string, value: number | null): number | string | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (kind === "date") return daysToIsoDate(value);
  if (kind === "time") return clockTime(value);
  return value;
}

/**
 * A claim's value as exported: none for a vague amount ("thousands"), which
 * states no number (its low and high columns carry the interval).
 */
export function statedValue(claim: { kind: string; value: number | null; rule?: string | null }): number | string | null {
  return isVagueAmountRule(claim.rule) ? null : exportValue(claim.kind, claim.value);
}
