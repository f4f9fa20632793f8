// The comparison view's filters, shared by the table (client) and the export route (server)
// so a download is exactly the filtered view. Pure: no I/O, no React, no Prisma.
import type { Verdict } from "../comparison/types";
import type { ClaimRow, GroupRow } from "./types";

export const VERDICTS: readonly Verdict[] = ["contradiction", "discrepancy", "rounding", "consistent", "single"];

export interface GroupFilters {
  verdict?: Verdict;
  unit?: string;
  /** An outlet name, or a document title for documents without one (see `claimSource`). */
  source?: string;
  /** Free text; every whitespace-separated term must occur somewhere in the group. */
  q?: string;
}

export const FILTER_KEYS = ["verdict", "unit", "source", "q"] as const satisfies readonly (keyof GroupFilters)[];

const MAX_PARAM_LENGTH = 300;

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function readParam(params: ParamSource, key: string): string | undefined {
  const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, MAX_PARAM_LENGTH);
  return value ? value : undefined;
}

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === "string" && (VERDICTS as readonly string[]).includes(value);
}

/** Reads filters from a query string or Next's `searchParams`; unknown or empty values are dropped. */
export function parseGroupFilters(params: ParamSource): GroupFilters {
  const filters: GroupFilters = {};
  const verdict = readParam(params, "verdict");
  if (isVerdict(verdict)) filters.verdict = verdict;
  const unit = readParam(params, "unit");
  if (unit) filters.unit = unit;
  const source = readParam(params, "source");
  if (source) filters.source = source;
  const q = readParam(params, "q");
  if (q) filters.q = q;
  return filters;
}

/** The inverse of `parseGroupFilters`, in a fixed key order so URLs are stable. */
export function groupFiltersToSearchParams(filters: GroupFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

/** Who published a claim: the outlet, or the document title when the outlet is unknown. */
export function claimSource(claim: Pick<ClaimRow, "document">): string {
  return claim.document.outlet?.trim() || claim.document.title;
}

function normalize(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase("en").replace(/\s+/g, " ");
}

function searchableText(group: GroupRow): string {
  const parts: string[] = [group.label, group.unit, group.verdict];
  for (const claim of group.claims) {
    parts.push(claim.figure, claim.quote, claimSource(claim), claim.document.title);
    if (claim.attribution) parts.push(claim.attribution);
    if (claim.subject) parts.push(claim.subject);
  }
  return normalize(parts.join("\n"));
}

export function matchesVerdict(group: GroupRow, verdict: string | undefined): boolean {
  return !verdict || group.verdict === verdict;
}

export function matchesUnit(group: GroupRow, unit: string | undefined): boolean {
  return !unit || group.unit === unit;
}

export function matchesSource(group: GroupRow, source: string | undefined): boolean {
  return !source || group.claims.some((claim) => claimSource(claim) === source);
}

export function matchesQuery(group: GroupRow, query: string | undefined): boolean {
  const terms = normalize(query ?? "").split(" ").filter(Boolean);
  if (terms.length === 0) return true;
  const haystack = searchableText(group);
  return terms.every((term) => haystack.includes(term));
}

export function groupMatchesFilters(group: GroupRow, filters: GroupFilters): boolean {
  return (
    matchesVerdict(group, filters.verdict) &&
    matchesUnit(group, filters.unit) &&
    matchesSource(group, filters.source) &&
    matchesQuery(group, filters.q)
  );
}

export function filterGroups(groups: readonly GroupRow[], filters: GroupFilters): GroupRow[] {
  return groups.filter((group) => groupMatchesFilters(group, filters));
}

export interface GroupFilterOptions {
  verdicts: Verdict[];
  units: string[];
  sources: string[];
}

/** The values the filter selects offer: only what occurs in the data, in a predictable order. */
export function groupFilterOptions(groups: readonly GroupRow[]): GroupFilterOptions {
  const verdicts = new Set<Verdict>();
  const units = new Set<string>();
  const sources = new Set<string>();
  for (const group of groups) {
    verdicts.add(group.verdict);
    units.add(group.unit);
    for (const claim of group.claims) sources.add(claimSource(claim));
  }
  const byText = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });
  return {
    verdicts: VERDICTS.filter((verdict) => verdicts.has(verdict)),
    units: [...units].sort(byText),
    sources: [...sources].sort(byText),
  };
}
