// The comparison view's URL: filters (shared with the export route), sort order, and the
// group a link asked to show (`/?group=12`, from a document page).
import { groupFiltersToSearchParams, type GroupFilters } from "../lib/store/filter-groups";

export const SORTABLE_COLUMNS = ["label", "verdict", "sources"] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];
export interface ComparisonSort {
  id: SortableColumn;
  desc: boolean;
}

type ParamValue = string | string[] | undefined;

function first(value: ParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `sort=verdict.desc` → { id: "verdict", desc: true }; anything else → no explicit sort. */
export function parseSortParam(value: ParamValue): ComparisonSort | null {
  const match = /^(\w+)\.(asc|desc)$/.exec(first(value) ?? "");
  if (!match || !(SORTABLE_COLUMNS as readonly string[]).includes(match[1])) return null;
  return { id: match[1] as SortableColumn, desc: match[2] === "desc" };
}

export function parseGroupParam(value: ParamValue): number | null {
  const id = Number(first(value));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export const HIDEABLE_COLUMNS = ["verdict", "unit", "sources", "figures"] as const;
export type HideableColumn = (typeof HIDEABLE_COLUMNS)[number];

/** `hide=sources,figures` → the columns to hide; unknown names are dropped, order is fixed. */
export function parseHiddenParam(value: ParamValue): HideableColumn[] {
  const names = new Set((first(value) ?? "").split(","));
  return HIDEABLE_COLUMNS.filter((name) => names.has(name));
}

export function comparisonSearch(
  filters: GroupFilters,
  sort: ComparisonSort | null,
  focusGroupId: number | null,
  hidden: readonly HideableColumn[] = [],
): string {
  const params = groupFiltersToSearchParams(filters);
  if (sort) params.set("sort", `${sort.id}.${sort.desc ? "desc" : "asc"}`);
  const hide = HIDEABLE_COLUMNS.filter((name) => hidden.includes(name));
  if (hide.length > 0) params.set("hide", hide.join(","));
  if (focusGroupId !== null) params.set("group", String(focusGroupId));
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function exportHref(format: "csv" | "xlsx" | "json", filters: GroupFilters): string {
  const params = groupFiltersToSearchParams(filters);
  const search = params.toString();
  return `/api/export?format=${format}${search ? `&${search}` : ""}`;
}
