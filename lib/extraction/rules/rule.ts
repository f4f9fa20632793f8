import type { Draft, Scan } from "../scan-state";

/** One family of claims: reads a figure starting at token `i`, or returns null. */
export interface ClaimRule {
  /** Stored with every claim the rule reads; a variant id extends it ("age.named"). */
  id: string;
  /** Why a figure was read, for the claim page. */
  description: string;
  /** Variant ids the rule may set on its drafts, with what each means. */
  variants?: Record<string, string>;
  /** `floor` is the first token not used by an earlier figure (qualifiers are read back to it). */
  read(s: Scan, i: number, floor: number): Draft | null;
}

/** The rule of amounts stated only by words ("thousands of"): they state an interval, no value. */
export const VAGUE_AMOUNT = "vague-amount";

/**
 * Whether a claim states no number of its own, only an interval its words
 * allow ("thousands", "dozens"): its stored value (the interval's midpoint)
 * sorts it but is never shown as if stated.
 */
export function isVagueAmountRule(rule: string | null | undefined): boolean {
  return rule === VAGUE_AMOUNT || !!rule?.startsWith(`${VAGUE_AMOUNT}.`);
}

/**
 * The variant suffix of a date or time read in a dateline or timestamp line
 * ("date.dateline", "clock-time.dateline"): when the page was published or
 * updated, not when the reported event happened.
 */
export const DATELINE = "dateline";

export const DATELINE_VARIANT = "Read in a dateline or timestamp line (\"Updated 14:02 GMT\"): when the page was published or updated, page metadata rather than a fact of the report.";

export function isDatelineRule(rule: string | null | undefined): boolean {
  return !!rule && rule.endsWith(`.${DATELINE}`);
}
