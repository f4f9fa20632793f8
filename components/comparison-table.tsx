"use client";

import { functionalUpdate, useTable, type ColumnFiltersState, type SortingState, type ColumnVisibilityState } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef, useState } from "react";
import { claimSource, groupFilterOptions, type GroupFilters } from "../lib/store/filter-groups";
import type { GroupRow } from "../lib/store/types";
import { bySearchQuery, comparisonColumns, comparisonFeatures } from "./comparison-columns";
import { ComparisonFilters } from "./comparison-filters";
import {
  comparisonSearch,
  HIDEABLE_COLUMNS,
  parseSortParam,
  type ComparisonSort,
  type HideableColumn,
} from "./comparison-url-state";
import { ExportLinks } from "./export-links";
import { sourceLabel } from "./figure-format";

export interface ComparisonTableProps {
  groups: GroupRow[];
  initialFilters: GroupFilters;
  initialSort: ComparisonSort | null;
  /** A group to scroll to and highlight, from `/?group=12`. */
  focusGroupId: number | null;
  /** Columns hidden by `hide=…` in the URL. */
  initialHidden?: HideableColumn[];
}

// Below this many rows every row is in the DOM (and in the server HTML); above it, only the visible ones.
const VIRTUALIZE_ABOVE = 150;
const columnTitles: Record<HideableColumn, string> = { verdict: "Verdict", unit: "Spread", sources: "Sources", figures: "Figures by source" };

// Which column's filterFn handles each filter (see comparison-columns.tsx).
const filterColumns = { verdict: "verdict", unit: "unit", source: "figures" } as const;

function toColumnFilters(filters: GroupFilters): ColumnFiltersState {
  return (Object.keys(filterColumns) as (keyof typeof filterColumns)[])
    .filter((key) => filters[key])
    .map((key) => ({ id: filterColumns[key], value: filters[key] }));
}

function toSort(sorting: SortingState): ComparisonSort | null {
  const [first] = sorting;
  return first ? parseSortParam(`${first.id}.${first.desc ? "desc" : "asc"}`) : null;
}

export function ComparisonTable({ groups, initialFilters, initialSort, focusGroupId: initialFocus, initialHidden = [] }: ComparisonTableProps) {
  const [filters, setFilters] = useState<GroupFilters>(initialFilters);
  const [sorting, setSorting] = useState<SortingState>(initialSort ? [initialSort] : []);
  const [focusGroupId, setFocusGroupId] = useState<number | null>(initialFocus);
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() =>
    Object.fromEntries(initialHidden.map((name) => [name, false])),
  );
  const hidden = HIDEABLE_COLUMNS.filter((name) => columnVisibility[name] === false);

  // TanStack state is derived from one `GroupFilters` value, the same shape the URL and export use.
  const columnFilters = useMemo(() => toColumnFilters(filters), [filters]);
  const options = useMemo(() => groupFilterOptions(groups), [groups]);
  // The source filter keeps full source names as values but shows short labels.
  const sourceLabels = useMemo(() => {
    const labels = new Map<string, string>();
    for (const group of groups) for (const claim of group.claims) labels.set(claimSource(claim), sourceLabel(claim.document));
    return labels;
  }, [groups]);

  const table = useTable({
    features: comparisonFeatures,
    columns: comparisonColumns,
    data: groups,
    getRowId: (group) => String(group.id),
    state: { sorting, columnFilters, globalFilter: filters.q ?? "", columnVisibility },
    onSortingChange: (updater) => setSorting((previous) => functionalUpdate(updater, previous)),
    onColumnVisibilityChange: (updater) => setColumnVisibility((previous) => functionalUpdate(updater, previous)),
    globalFilterFn: bySearchQuery,
    // The search looks at the whole group, so one participating column is enough.
    getColumnCanGlobalFilter: (column) => column.id === "label",
    enableMultiSort: false,
  });

  const sort = toSort(sorting);
  const search = comparisonSearch(filters, sort, focusGroupId, hidden);
  useEffect(() => {
    if (window.location.search === search) return;
    // Native history calls are integrated with the App Router and don't refetch the page.
    window.history.replaceState(null, "", `${window.location.pathname}${search}${window.location.hash}`);
  }, [search]);

  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  const virtualizer = useVirtualizer({
    count: rows.length,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 8,
    // The server has no viewport: give it one so the first rows are in the HTML.
    initialRect: { width: 1200, height: 900 },
  });

  useEffect(() => {
    if (initialFocus === null) return;
    const index = rows.findIndex((row) => row.original.id === initialFocus);
    if (virtual && index >= 0) virtualizer.scrollToIndex(index, { align: "center" });
    else document.getElementById(`group-${initialFocus}`)?.scrollIntoView({ block: "center" });
    // Only on arrival: later clicks select a group without scrolling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const items = virtual ? virtualizer.getVirtualItems() : rows.map((_, index) => ({ index, start: 0, end: 0 }));
  const paddingTop = virtual ? (items[0]?.start ?? 0) : 0;
  const paddingBottom = virtual ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  return (
    <section aria-labelledby="comparison-heading" className="comparison">
      <div className="toolbar">
        <h1 id="comparison-heading">Comparison</h1>
        <ExportLinks filters={filters} />
      </div>
      <ComparisonFilters filters={filters} options={options} sourceLabels={sourceLabels} onChange={setFilters} />
      <details className="column-menu">
        <summary>Columns</summary>
        <fieldset>
          <legend>Visible columns</legend>
          {HIDEABLE_COLUMNS.map((name) => (
            <label key={name} className="checkbox">
              <input
                type="checkbox"
                checked={columnVisibility[name] !== false}
                onChange={(event) => setColumnVisibility((previous) => ({ ...previous, [name]: event.target.checked }))}
              />
              {columnTitles[name]}
            </label>
          ))}
        </fieldset>
      </details>
      <p role="status" className="result-count">
        {rows.length} of {groups.length} groups
      </p>
      <div ref={scrollRef} className={virtual ? "table-scroll table-scroll-virtual" : "table-scroll"}>
        <table className="data-table comparison-table">
          <thead>
            {table.getHeaderGroups().map((headerGroup) => (
              <tr key={headerGroup.id}>
                {headerGroup.headers.filter((header) => header.column.getIsVisible()).map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={`col-${header.column.id}`}
                      aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true" className="sort-indicator">
                            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={columnCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
              </tr>
            ) : null}
            {items.map(({ index }) => {
              const row = rows[index];
              return (
              <tr
                key={row.id}
                id={`group-${row.original.id}`}
                data-index={index}
                ref={virtual ? virtualizer.measureElement : undefined}
                className={row.original.id === focusGroupId ? "is-focused" : undefined}
                aria-selected={row.original.id === focusGroupId}
                data-verdict={row.original.verdict}
                onClick={(event) => {
                  // Selecting a group (shared in the URL as ?group=) without hijacking its links.
                  if (!(event.target instanceof HTMLElement && event.target.closest("a, button, input"))) setFocusGroupId(row.original.id);
                }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
              );
            })}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
              </tr>
            ) : null}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columnCount} className="empty-cell">
                  {groups.length === 0 ? (
                    <>
                      No figures yet. <a href="/import">Import some articles</a> to compare what they report.
                    </>
                  ) : (
                    "No groups match these filters."
                  )}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}
