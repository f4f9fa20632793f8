import { clockTime, dateISO } from "../extraction/dates";

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
