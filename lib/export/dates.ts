const MS_PER_DAY = 86_400_000;

/**
 * Date claims are stored as days since 1970-01-01 (UTC); exports show them as
 * "YYYY-MM-DD". A fractional day (the midpoint of a date range) is the day it falls in.
 */
export function daysToIsoDate(days: number | null): string | null {
  if (days === null || !Number.isFinite(days)) return null;
  const date = new Date(Math.floor(days) * MS_PER_DAY);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** A stored number as exported: ISO date for date claims, the number otherwise. */
export function exportValue(kind: string, value: number | null): number | string | null {
  if (value === null || !Number.isFinite(value)) return null;
  return kind === "date" ? daysToIsoDate(value) : value;
}
