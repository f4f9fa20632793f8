"use client";

import { functionalUpdate, useTable, type ColumnFiltersState, type SortingState } from "@tanstack/react-table";
import { useEffect, useMemo, useState } from "react";
import { groupFilterOptions, type GroupFilters } from "../lib/store/filter-groups";
import type { GroupRow } from "../lib/store/types";
import { bySearchQuery, comparisonColumns, comparisonFeatures } from "./comparison-columns";
import { ComparisonFilters } from "./comparison-filters";
import {
  comparisonSearch,
  parseSortParam,
  type ComparisonSort,
} from "./comparison-url-state";
import { ExportLinks } from "./export-links";

export interface ComparisonTableProps {
  groups: GroupRow[];
  initialFilters: GroupFilters;
  initialSort: ComparisonSort | null;
  /** A group to scroll to and highlight, from `/?group=12`. */
  focusGroupId: number | null;
}

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

export function ComparisonTable({ groups, initialFilters, initialSort, focusGroupId }: ComparisonTableProps) {
  const [filters, setFilters] = useState<GroupFilters>(initialFilters);
  const [sorting, setSorting] = useState<SortingState>(initialSort ? [initialSort] : []);

  // TanStack state is derived from one `GroupFilters` value, the same shape the URL and export use.
  const columnFilters = useMemo(() => toColumnFilters(filters), [filters]);
  const options = useMemo(() => groupFilterOptions(groups), [groups]);

  const table = useTable({
    features: comparisonFeatures,
    columns: comparisonColumns,
    data: groups,
    getRowId: (group) => String(group.id),
    state: { sorting, columnFilters, globalFilter: filters.q ?? "" },
    onSortingChange: (updater) => setSorting((previous) => functionalUpdate(updater, previous)),
    globalFilterFn: bySearchQuery,
    // The search looks at the whole group, so one participating column is enough.
    getColumnCanGlobalFilter: (column) => column.id === "label",
    enableMultiSort: false,
  });

  const sort = toSort(sorting);
  const search = comparisonSearch(filters, sort, focusGroupId);
  useEffect(() => {
    if (window.location.search === search) return;
    // Native history calls are integrated with the App Router and don't refetch the page.
    window.history.replaceState(null, "", `${window.location.pathname}${search}${window.location.hash}`);
  }, [search]);

  useEffect(() => {
    if (focusGroupId === null) return;
    document.getElementById(`group-${focusGroupId}`)?.scrollIntoView({ block: "center" });
  }, [focusGroupId]);

  const rows = table.getRowModel().rows;
  const columnCount = comparisonColumns.length;

  return (
    <section aria-labelledby="comparison-heading" className="comparison">
      <div className="toolbar">
        <h1 id="comparison-heading">Comparison</h1>
        <ExportLinks filters={filters} />
      </div>
      <ComparisonFilters filters={filters} options={options} onChange={setFilters} />
      <p role="status" className="result-count">
        {rows.length} of {groups.length} groups
      </p>
      <div className="table-scroll">
        <table className="data-table comparison-table">
          <thead>
            {table.getHeaderGroups().map((headerGroup) => (
              <tr key={headerGroup.id}>
                {headerGroup.headers.map((header) => {
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
            {rows.map((row) => (
              <tr
                key={row.id}
                id={`group-${row.original.id}`}
                className={row.original.id === focusGroupId ? "is-focused" : undefined}
                data-verdict={row.original.verdict}
              >
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
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
