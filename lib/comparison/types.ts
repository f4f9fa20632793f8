import type { ClaimKind, ExtractedClaim } from "../extraction/types";

/**
 * How the statements about one quantity relate.
 * - consistent: every figure allows the same reading (equal values or identical intervals).
 * - rounding: the figures differ only by the precision they were stated with.
 * - discrepancy: the figures differ, but their intervals overlap (1,500 against "more than a thousand").
 * - contradiction: the intervals are disjoint; both cannot hold (two-thirds against "over 70%").
 * - single: only one statement.
 */
export type Verdict = "consistent" | "rounding" | "discrepancy" | "contradiction" | "single";

/** A claim as the comparison sees it: the extracted figure plus where it came from. */
export interface ComparableClaim extends ExtractedClaim {
  id: number;
  documentId: number;
  /** The outlet (or, lacking one, the document title): who published the statement. */
  source: string;
  /**
   * The story or event the document belongs to, when known. Claims of
   * different stories are never grouped (the same figure words about two
   * different events are two quantities).
   */
  storyId?: string | number | null;
}

export interface ClaimGroupResult {
  /** Stable across runs for the same members: the smallest member id, prefixed. */
  key: string;
  label: string;
  kind: ClaimKind;
  unit: string;
  claimIds: number[];
  verdict: Verdict;
  /** Smallest low and largest high over the members' stated values (null when open). */
  spreadLow: number | null;
  spreadHigh: number | null;
}
