/**
 * Bound values per statement. SQLite builds before 3.32 allow 999, PostgreSQL
 * 65,535; staying well under the smaller keeps every bulk statement portable.
 */
export const MAX_BOUND_VALUES = 900;

/** Consecutive slices of at most `size` items (the last may be shorter). */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  if (!(size >= 1)) throw new RangeError(`chunk size must be at least 1, got ${size}`);
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** Rows per statement when each row binds `valuesPerRow` values. */
export function rowsPerStatement(valuesPerRow: number): number {
  return Math.max(1, Math.floor(MAX_BOUND_VALUES / valuesPerRow));
}
