// Data shapes the UI, the CLI and the exports read. Plain objects, safe to pass
// from a server component to a client component.
import type { ClaimKind, Qualifier } from "../extraction/types";
import type { Verdict } from "../comparison/types";
import type { GroupFilterOptions } from "./filter-groups";

export type ReviewStatus = "unreviewed" | "verified" | "disputed" | "rejected";

export interface DocumentRef {
  id: number;
  file: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface ClaimRow {
  id: number;
  figure: string;
  quote: string;
  start: number;
  end: number;
  kind: ClaimKind;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string;
  subject: string | null;
  attribution: string | null;
  status: ReviewStatus;
  note: string | null;
  /** Review fields (optional so older producers of ClaimRow keep compiling). */
  reason?: string | null;
  reviewedBy?: string | null;
  /** ISO timestamp of the last review. */
  reviewedAt?: string | null;
  /** Optimistic-concurrency counter: a save must name the version it edited. */
  version?: number;
  /** The claim of its group whose wording this one repeats (wire copy); its own id when original. */
  originClaimId?: number | null;
  /** The extraction rule that read the figure ("vague-amount", "date.dateline"); null for claims stored before rule ids. */
  rule?: string | null;
  document: DocumentRef;
}

export interface GroupRow {
  id: number;
  label: string;
  kind: ClaimKind;
  unit: string;
  verdict: Verdict;
  spreadLow: number | null;
  spreadHigh: number | null;
  resolution: string | null;
  /** Shaped by an analyst (moved, split, merged, renamed): re-grouping keeps it. */
  manual?: boolean;
  version?: number;
  /** Members from independent sources: one per document, wire copies counted once (set by grouping). */
  independentSources?: number;
  claims: ClaimRow[];
}

export interface DocumentDetail extends DocumentRef {
  text: string;
  format: string;
  importedAt: string;
  claims: (Omit<ClaimRow, "document"> & { groupId: number | null; verdict: Verdict | null })[];
}

/** One page of the comparison view, filtered and sorted on the server. */
export interface GroupPage {
  groups: GroupRow[];
  /** Groups matching the filters, over all pages. */
  matching: number;
  /** Groups in the database. */
  total: number;
  /** 1-based, clamped to `pageCount`. */
  page: number;
  pageCount: number;
  pageSize: number;
  /** The filter selects' values, counted over every group. */
  options: GroupFilterOptions;
}

export const REVIEW_STATUSES: readonly ReviewStatus[] = ["unreviewed", "verified", "disputed", "rejected"];
