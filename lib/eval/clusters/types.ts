// Shapes shared by the cluster evaluation: the reference (from either gold
// format), what Collate produced, and the scores.
import type { Verdict } from "../../comparison/types";

/** What gold says a figure is, reduced to something an extracted claim can be checked against. */
export type GoldValue =
  | { type: "number"; value: number; unit: string | null }
  /** Inclusive bounds; null is open. Dev-cluster ranges ("between 60 and 100") and seed intervals. */
  | { type: "interval"; low: number | null; high: number | null }
  /** Days since 1970-01-01 (UTC), inclusive: "2008-12" is the whole month. */
  | { type: "date"; fromDay: number; toDay: number }
  /** A clock time; Collate's representation of times is not fixed, so this is checked loosely. */
  | { type: "time"; minutes: number };

export type GoldVerdictClass = "conflict" | "consistent";

export interface ReferenceClaim {
  /** Unique within a reference set: `<source>:<cluster>:<group key or "single">:<index>`. */
  id: string;
  source: string;
  cluster: string;
  /** File name inside its cluster folder. */
  file: string;
  /** Exact (up to whitespace and quote marks) substring of the file that holds the figure. */
  quote: string;
  /** The figure as written, when gold names it (seeds); narrows the span inside the quote. */
  figure: string | null;
  value: GoldValue | null;
  /** Gold group key, or null for a singleton (a group of its own). */
  groupKey: string | null;
  attributedTo: string | null;
}

export interface ReferenceGroup {
  /** Unique within a reference set: `<source>:<cluster>:<index or key>`. */
  key: string;
  source: string;
  cluster: string;
  quantity: string;
  verdict: GoldVerdictClass;
}

export interface ReferenceFile {
  cluster: string;
  file: string;
  /** Absolute path on disk, for the runner. */
  path: string;
  url: string | null;
  outlet: string | null;
}

/** One data source (the dev clusters, the seeds, …) in the internal reference shape. */
export interface ReferenceSet {
  source: string;
  files: ReferenceFile[];
  groups: ReferenceGroup[];
  claims: ReferenceClaim[];
}

/** An extracted claim as the scorer needs it (a subset of the store's ClaimRow). */
export interface EvalClaim {
  id: number;
  documentId: number;
  start: number;
  end: number;
  figure: string;
  kind: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
}

export interface EvalGroup {
  id: number;
  label: string;
  verdict: Verdict;
  claims: EvalClaim[];
}

/** A reference file as it landed in the database. */
export interface EvalDocument {
  source: string;
  cluster: string;
  file: string;
  documentId: number | null;
  /** The stored (cleaned) text that claim offsets point into. */
  text: string | null;
  /** Why there is no document, when there is none. */
  problem: string | null;
}

export interface Ratio {
  hit: number;
  total: number;
  /** hit / total, or null when there is nothing to count. */
  value: number | null;
}

export interface Metrics {
  claimRecall: Ratio;
  pairRecall: Ratio;
  pairPrecision: Ratio;
  verdictAccuracy: Ratio;
}

export type MissReason = "document missing" | "quote not found" | "not extracted" | "value differs";

export interface UnmatchedClaim {
  claim: ReferenceClaim;
  reason: MissReason;
  /** Figures Collate extracted inside the quote, when the reason is "value differs". */
  extractedInQuote: string[];
}

export interface MatchedClaim {
  claim: ReferenceClaim;
  extracted: EvalClaim;
  groupId: number;
  /** How the quote was found: verbatim, after collapsing whitespace, or ignoring spaces/quote marks. */
  quoteSearch: QuoteSearch;
  valueCheck: "agrees" | "unchecked";
}

export type QuoteSearch = "exact" | "whitespace" | "loose";

/** A Collate group that holds gold claims of more than one gold group. */
export interface WrongMerge {
  groupId: number;
  label: string;
  verdict: Verdict;
  /** Gold group key (or singleton claim id) → the gold claims of it in this Collate group. */
  members: { goldKey: string; quantity: string; claims: ReferenceClaim[] }[];
  wrongPairs: number;
}

/** A gold group whose matched claims Collate spread over several groups. */
export interface MissedMerge {
  group: ReferenceGroup;
  parts: { groupId: number; label: string; claims: ReferenceClaim[] }[];
  missedPairs: number;
}

export interface VerdictResult {
  group: ReferenceGroup;
  /** The Collate group that holds most of the gold group's matched claims, if any claim matched. */
  majorityGroupId: number | null;
  majorityLabel: string | null;
  collateVerdict: Verdict | null;
  correct: boolean;
}

export interface SourceScore {
  source: string;
  metrics: Metrics;
  unmatched: UnmatchedClaim[];
  wrongMerges: WrongMerge[];
  missedMerges: MissedMerge[];
  verdicts: VerdictResult[];
  quoteSearch: Record<QuoteSearch, number>;
}

export interface ClusterScore {
  /** One entry per source, then the overall figures under `overall`. */
  sources: SourceScore[];
  overall: SourceScore;
}
