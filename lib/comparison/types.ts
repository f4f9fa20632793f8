import type { ClaimKind, ExtractedClaim } from "../extraction/types";

/**
 * How the statements about one quantity relate.
 * - consistent: every figure allows the same reading (equal values or identical intervals).
 * - rounding: the figures differ only by the precision they were stated with.
 * - discrepancy: the figures differ, but their intervals overlap (1,500 against "more than a thousand").
 * - contradiction: the intervals are disjoint; both cannot hold (two-thirds against "over 70%").
 * - superseded: the figures differ because they were stated for different times
 *   (a toll updated through the day): each later figure replaces the earlier one.
 * - single: only one statement.
 */
export type Verdict = "consistent" | "rounding" | "discrepancy" | "contradiction" | "superseded" | "single";

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
  /** When the document was published (ISO), when known: orders statements of a changing figure. */
  publishedAt?: string | null;
  /** The time a figure is stated for, as written ("by Friday evening"), when the text gives one. */
  asOf?: string | null;
  /** Set by the comparison when it restated a money figure in another currency: the unit and value as written. */
  convertedFrom?: { unit: string; value: number; rate: number } | null;
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
  /**
   * Members stated in another currency, converted to `unit` at the rate the
   * texts of this story give ("€2m (£1.7m; $2.6m)"): value in `unit` = stated value × rate.
   */
  conversions?: { claimId: number; fromUnit: string; rate: number }[];
  /**
   * Independent sources among the members: claims of one document count once,
   * and so do near-identical sentences in several outlets (wire copy).
   */
  independentSources: number;
  /** Per member (same order as claimIds): the claim it copies or restates (itself when original). */
  originClaimIds: number[];
}
