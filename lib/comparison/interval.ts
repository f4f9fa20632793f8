import type { ClaimKind, Qualifier } from "../extraction/types";

export interface Interval {
  low: number;
  high: number;
}

export type IntervalInput = {
  kind: ClaimKind;
  value: number;
  low: number | null;
  high: number | null;
  qualifier?: Qualifier;
  change?: "up" | "down" | null;
};

/**
 * The closed interval the wording allows, open ends as ±Infinity.
 * A share cannot exceed the whole, so an open-ended percent stops at 100
 * (unless it is a change, "rose over 150%").
 */
export function intervalOf(claim: IntervalInput): Interval {
  // An exact figure with missing bounds still states its value.
  if (claim.low === null && claim.high === null && claim.qualifier === "exact") {
    return { low: claim.value, high: claim.value };
  }
  const low = claim.low ?? -Infinity;
  let high = claim.high ?? Infinity;
  if (claim.high === null && claim.kind === "percent" && !claim.change) high = 100;
  return { low, high };
}

export function overlaps(a: Interval, b: Interval, tolerance = 0): boolean {
  return a.low <= b.high + tolerance && b.low <= a.high + tolerance;
}
