// The comparison view's URL state (filters, sort, page) and the pure rules behind it, shared by
// the page, the paged query (lib/store/queries.ts) and the export route, so a download is
// exactly the filtered view. Pure: no I/O, no React, no Prisma.
import type { Verdict } from "../comparison/types";
import type { ClaimRow, DocumentRef, GroupRow } from "./types";

/** Every verdict, most severe first: the order the verdict filter lists them. */
export const VERDICTS: readonly Verdict[] = ["contradiction", "discrepancy", "superseded", "rounding", "consistent", "single"];

/** Higher is more severe; what `sort=verdict.desc` orders by. */
export const verdictSeverity: Record<Verdict, number> = {
  contradiction: 4,
  discrepancy: 3,
  rounding: 2,
  consistent: 1,
  superseded: 1.5,
  single: 0,
};

/** The comparison's default order (no `sort` param): conflicts first. */
export const verdictOrder: Record<Verdict, number> = {
  contradiction: 0,
  discrepancy: 1,
  superseded: 2,
  rounding: 3,
  consistent: 4,
  single: 5,
};

/** Groups per page on `/`: every row of a page is in the server HTML. */
export const GROUPS_PAGE_SIZE = 100;
const MIN_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 500;

export interface GroupFilters {
  verdict?: Verdict;
  unit?: string;
  /** A source key (see `sourceKey`): the outlet, the site's host, or `doc-<id>`. */
  source?: string;
  /** Free text; every whitespace-separated term must occur somewhere in the group. */
  q?: string;
}

export const FILTER_KEYS = ["verdict", "unit", "source", "q"] as const satisfies readonly (keyof GroupFilters)[];

export const SORTABLE_COLUMNS = ["label", "verdict", "sources"] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];
export interface GroupSort {
  id: SortableColumn;
  desc: boolean;
}

const MAX_PARAM_LENGTH = 300;

export type ParamValue = string | string[] | undefined;
type ParamSource = URLSearchParams | Record<string, ParamValue>;

function readParam(params: ParamSource, key: string): string | undefined {
  const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
  const value = (Array.isArray(raw) ? raw[0] : (raw ?? undefined))?.trim().slice(0, MAX_PARAM_LENGTH);
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

/** `sort=verdict.desc` → { id: "verdict", desc: true }; anything else → the default order. */
export function parseGroupSort(value: ParamValue | null): GroupSort | null {
  const match = /^(\w+)\.(asc|desc)$/.exec((Array.isArray(value) ? value[0] : value) ?? "");
  if (!match || !(SORTABLE_COLUMNS as readonly string[]).includes(match[1])) return null;
  return { id: match[1] as SortableColumn, desc: match[2] === "desc" };
}

export function formatGroupSort(sort: GroupSort): string {
  return `${sort.id}.${sort.desc ? "desc" : "asc"}`;
}

/** `page=3` → 3; missing, zero, negative or garbage → 1. */
export function parsePageParam(value: ParamValue | null): number {
  const page = Number((Array.isArray(value) ? value[0] : value) ?? 1);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** `12` → 12: a record id from a URL (a route's `[id]`, `?group=`, `?document=`); not a positive whole number → null. */
export function parseIdParam(value: ParamValue | null): number | null {
  const id = Number(Array.isArray(value) ? value[0] : value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** `size=25` → 25 groups a page (10–500); absent or out of range → the default. */
export function parsePageSizeParam(value: ParamValue | null): number | undefined {
  const size = Number((Array.isArray(value) ? value[0] : value) ?? NaN);
  return Number.isSafeInteger(size) && size >= MIN_PAGE_SIZE && size <= MAX_PAGE_SIZE ? size : undefined;
}

/** The inverse of `parseGroupFilters` (+ sort), in a fixed key order so URLs are stable. */
export function groupFiltersToSearchParams(filters: GroupFilters, sort: GroupSort | null = null): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  if (sort) params.set("sort", formatGroupSort(sort));
  return params;
}

type SourceDocument = Pick<DocumentRef, "id" | "outlet" | "url" | "title">;

function urlHost(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/**
 * The source filter's value for a document: short and stable across imports of other
 * articles: the outlet, else the site's host, else `doc-<id>` (titles are long and change).
 */
export function sourceKey(document: SourceDocument): string {
  return document.outlet?.trim() || urlHost(document.url) || `doc-${document.id}`;
}

/**
 * A short name for where a claim comes from, matching `sourceKey`: the outlet, else the
 * URL's host, else the title's first words. Callers show the full title in a tooltip.
 */
export function sourceLabel(document: Pick<DocumentRef, "outlet" | "url" | "title">): string {
  const outlet = document.outlet?.trim();
  if (outlet) return outlet;
  const host = urlHost(document.url);
  if (host) return host;
  const words = document.title.trim().split(/\s+/);
  return words.length > 4 ? `${words.slice(0, 4).join(" ")}…` : document.title.trim() || "Untitled";
}

/** Whether a document belongs to the source filter's value (old links named untitled outlets by title). */
export function documentMatchesSource(document: SourceDocument, source: string): boolean {
  return sourceKey(document) === source || (!document.outlet?.trim() && document.title === source);
}

/** Distinct documents stating the figure (one outlet can publish several articles). */
export function countSources(group: Pick<GroupRow, "claims">): number {
  return new Set(group.claims.map((claim) => claim.document.id)).size;
}

/** Who is cited for the figures: each outlet, or each sayer an outlet quotes ("police", "CNN"). */
export function countCitedSources(group: Pick<GroupRow, "claims">): number {
  return new Set(group.claims.map((claim) => `${claim.document.id}\u0000${claim.attribution?.toLowerCase() ?? ""}`)).size;
}

export type ConflictState = "open" | "reviewed";

/**
 * Whether a group's disagreement still waits for an analyst: a discrepancy or
 * contradiction is reviewed once it has a resolution or every figure in it has
 * been reviewed; agreeing groups have no conflict state.
 */
export function conflictState(group: Pick<GroupRow, "verdict" | "resolution" | "claims">): ConflictState | null {
  if (group.verdict !== "discrepancy" && group.verdict !== "contradiction") return null;
  if (group.resolution) return "reviewed";
  return group.claims.length > 0 && group.claims.every((claim) => claim.status !== "unreviewed") ? "reviewed" : "open";
}

/** The source filter key of a claim's document. */
export function claimSource(claim: Pick<ClaimRow, "document">): string {
  return sourceKey(claim.document);
}

export function normalizeSearchText(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase("en").replace(/\s+/g, " ");
}

/** The search terms of `q`, normalised like the text they are looked up in. */
export function searchTerms(query: string | undefined): string[] {
  return normalizeSearchText(query ?? "").split(" ").filter(Boolean);
}

/** What the free-text search looks at: the narrow shape the paged query loads for it. */
export interface SearchableGroup {
  label: string;
  unit: string;
  verdict: string;
  claims: readonly {
    figure: string;
    quote: string;
    attribution: string | null;
    subject: string | null;
    document: Pick<DocumentRef, "id" | "outlet" | "url" | "title">;
  }[];
}

export function searchableText(group: SearchableGroup): string {
  const parts: string[] = [group.label, group.unit, group.verdict];
  for (const claim of group.claims) {
    parts.push(claim.figure, claim.quote, sourceLabel(claim.document), claim.document.title);
    if (claim.attribution) parts.push(claim.attribution);
    if (claim.subject) parts.push(claim.subject);
  }
  return normalizeSearchText(parts.join("\n"));
}

export function matchesVerdict(group: Pick<GroupRow, "verdict">, verdict: string | undefined): boolean {
  return !verdict || group.verdict === verdict;
}

export function matchesUnit(group: Pick<GroupRow, "unit">, unit: string | undefined): boolean {
  return !unit || group.unit === unit;
}

export function matchesSource(group: Pick<GroupRow, "claims">, source: string | undefined): boolean {
  return !source || group.claims.some((claim) => documentMatchesSource(claim.document, source));
}

export function matchesQuery(group: SearchableGroup, query: string | undefined): boolean {
  const terms = searchTerms(query);
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

/** In-memory reference of what `listGroupPage` does in the database (kept for tests and small lists). */
export function filterGroups(groups: readonly GroupRow[], filters: GroupFilters): GroupRow[] {
  return groups.filter((group) => groupMatchesFilters(group, filters));
}

/** The sort keys of one group: all the ordering needs, so it can run on a narrow projection. */
export interface GroupSortKey {
  id: number;
  label: string;
  verdict: Verdict;
  claimCount: number;
  sourceCount: number;
}

const byLabel = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Orders groups as the table shows them; ties fall back to the id so pages never overlap. */
export function compareGroups(sort: GroupSort | null): (a: GroupSortKey, b: GroupSortKey) => number {
  const direction = sort?.desc ? -1 : 1;
  switch (sort?.id) {
    case undefined:
      return (a, b) => verdictOrder[a.verdict] - verdictOrder[b.verdict] || b.claimCount - a.claimCount || a.id - b.id;
    case "label":
      return (a, b) => direction * byLabel.compare(a.label, b.label) || a.id - b.id;
    case "verdict":
      return (a, b) => direction * (verdictSeverity[a.verdict] - verdictSeverity[b.verdict]) || a.id - b.id;
    case "sources":
      return (a, b) => direction * (a.sourceCount - b.sourceCount) || a.id - b.id;
  }
}

export interface FacetOption<TValue extends string = string> {
  value: TValue;
  /** What the select shows (a source's short name); the value is what the URL carries. */
  label: string;
  /** Groups with this value, over every group (not just the current filter or page). */
  count: number;
}

export interface GroupFilterOptions {
  verdicts: FacetOption<Verdict>[];
  units: FacetOption[];
  sources: FacetOption[];
}

const byText = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });

/** Sorts counted facet values: verdicts by severity, units and sources alphabetically. */
export function buildFilterOptions(
  verdictCounts: ReadonlyMap<string, number>,
  unitCounts: ReadonlyMap<string, number>,
  sourceCounts: ReadonlyMap<string, { label: string; count: number }>,
): GroupFilterOptions {
  return {
    verdicts: VERDICTS.filter((verdict) => verdictCounts.has(verdict)).map((verdict) => ({
      value: verdict,
      label: verdict,
      count: verdictCounts.get(verdict)!,
    })),
    units: [...unitCounts]
      .sort(([a], [b]) => byText(a, b))
      .map(([unit, count]) => ({ value: unit, label: unit, count })),
    sources: [...sourceCounts]
      .sort(([, a], [, b]) => byText(a.label, b.label))
      .map(([value, { label, count }]) => ({ value, label, count })),
  };
}

/** In-memory reference of the facets `listGroupPage` counts in the database. */
export function groupFilterOptions(groups: readonly GroupRow[]): GroupFilterOptions {
  const verdicts = new Map<string, number>();
  const units = new Map<string, number>();
  const sources = new Map<string, { label: string; count: number }>();
  for (const group of groups) {
    verdicts.set(group.verdict, (verdicts.get(group.verdict) ?? 0) + 1);
    units.set(group.unit, (units.get(group.unit) ?? 0) + 1);
    const seen = new Set<string>();
    for (const claim of group.claims) {
      const key = claimSource(claim);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = sources.get(key) ?? { label: sourceLabel(claim.document), count: 0 };
      sources.set(key, { ...entry, count: entry.count + 1 });
    }
  }
  return buildFilterOptions(verdicts, units, sources);
}
