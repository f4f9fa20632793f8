// The comparison view's URL, its single source of truth: filters and sort (shared with the
// export route), the page, hidden columns, and the group a link asked to show (`/?group=12`).
import {
  GROUPS_PAGE_SIZE,
  groupFiltersToSearchParams,
  parseGroupSort,
  parseIdParam,
  type GroupFilters,
  type GroupSort,
  type ParamValue,
} from "../lib/store/filter-groups";

export { SORTABLE_COLUMNS, type SortableColumn } from "../lib/store/filter-groups";
export type ComparisonSort = GroupSort;
export const parseSortParam = parseGroupSort;

function first(value: ParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export const parseGroupParam = parseIdParam;

export const HIDEABLE_COLUMNS = ["verdict", "unit", "sources", "figures"] as const;
export type HideableColumn = (typeof HIDEABLE_COLUMNS)[number];

/** `hide=sources,figures` → the columns to hide; unknown names are dropped, order is fixed. */
export function parseHiddenParam(value: ParamValue): HideableColumn[] {
  const names = new Set((first(value) ?? "").split(","));
  return HIDEABLE_COLUMNS.filter((name) => names.has(name));
}

export interface ComparisonUrlState {
  filters: GroupFilters;
  sort: GroupSort | null;
  /** Only in the URL once the reader paged; page 1 and "the page of `group`" carry none. */
  page?: number;
  /** Groups per page, when the URL asked for a size other than the default. */
  pageSize?: number;
  hidden?: readonly HideableColumn[];
  focusGroupId?: number | null;
}

/** The query string for a state, keys in a fixed order so shared URLs are stable. */
export function comparisonSearch({ filters, sort, page, pageSize, hidden = [], focusGroupId = null }: ComparisonUrlState): string {
  const params = groupFiltersToSearchParams(filters, sort);
  if (page !== undefined && page > 1) params.set("page", String(page));
  if (pageSize !== undefined && pageSize !== GROUPS_PAGE_SIZE) params.set("size", String(pageSize));
  const hide = HIDEABLE_COLUMNS.filter((name) => hidden.includes(name));
  if (hide.length > 0) params.set("hide", hide.join(","));
  if (focusGroupId !== null) params.set("group", String(focusGroupId));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The whole filtered view (every page) in this sort order; hidden columns don't narrow a download. */
export function exportHref(format: "csv" | "xlsx" | "json", filters: GroupFilters, sort: GroupSort | null = null): string {
  const params = groupFiltersToSearchParams(filters, sort);
  const search = params.toString();
  return `/api/export?format=${format}${search ? `&${search}` : ""}`;
}
