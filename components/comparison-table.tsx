"use client";

import { functionalUpdate, useTable, type ColumnVisibilityState, type SortingState } from "@tanstack/react-table";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useOptimistic, useState, useTransition } from "react";
import { parseGroupSort, type GroupFilters, type GroupSort } from "../lib/store/filter-groups";
import type { GroupPage } from "../lib/store/types";
import { comparisonColumns, comparisonFeatures } from "./comparison-columns";
import { ComparisonFilters } from "./comparison-filters";
import { ComparisonPagination } from "./comparison-pagination";
import { EmptyTableRow } from "./empty-table-row";
import { comparisonSearch, HIDEABLE_COLUMNS, type HideableColumn } from "./comparison-url-state";
import { ExportLinks } from "./export-links";

export interface ComparisonTableProps {
  /** The server's page of groups for the URL below, with counts and facet values. */
  result: GroupPage;
  filters: GroupFilters;
  sort: GroupSort | null;
  /** `page` and `size` exactly as the URL gives them (absent: page 1, or the page of `group`). */
  urlPage?: number;
  urlPageSize?: number;
  /** A group to scroll to and highlight, from `/?group=12`. */
  focusGroupId: number | null;
  /** Columns hidden by `hide=…` in the URL. */
  initialHidden?: HideableColumn[];
}

const columnTitles: Record<HideableColumn, string> = { verdict: "Verdict", unit: "Spread", sources: "Sources", figures: "Figures by source" };
const countFormat = new Intl.NumberFormat("en-US");

interface QueryState {
  filters: GroupFilters;
  sort: GroupSort | null;
}

function toSort(sorting: SortingState): GroupSort | null {
  const [first] = sorting;
  return first ? parseGroupSort(`${first.id}.${first.desc ? "desc" : "asc"}`) : null;
}

export function ComparisonTable({
  result,
  filters,
  sort,
  urlPage,
  urlPageSize,
  focusGroupId: initialFocus,
  initialHidden = [],
}: ComparisonTableProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();
  // Filters and sort live in the URL; while the server renders the new page, the controls show the request.
  const [shown, showRequested] = useOptimistic<QueryState>({ filters, sort });
  const [focusGroupId, setFocusGroupId] = useState<number | null>(initialFocus);
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() =>
    Object.fromEntries(initialHidden.map((name) => [name, false])),
  );
  const hidden = HIDEABLE_COLUMNS.filter((name) => columnVisibility[name] === false);

  const searchFor = (state: QueryState, page: number | undefined, nextHidden: readonly HideableColumn[] = hidden, nextFocus = focusGroupId) =>
    comparisonSearch({ ...state, page, pageSize: urlPageSize, hidden: nextHidden, focusGroupId: nextFocus });

  /** New filters or sort: back to the first page (or the selected group's), rendered by the server. */
  const navigate = (next: QueryState, how: "push" | "replace" = "push") => {
    startTransition(() => {
      showRequested(next);
      router[how](`${pathname}${searchFor(next, undefined)}`, { scroll: false });
    });
  };

  // Column visibility and the selected group don't change the rows: update the URL without a server render.
  const replaceUrl = (nextHidden: readonly HideableColumn[], nextFocus: number | null) => {
    const search = searchFor({ filters, sort }, urlPage, nextHidden, nextFocus);
    window.history.replaceState(null, "", `${pathname}${search}${window.location.hash}`);
  };

  const sorting: SortingState = shown.sort ? [shown.sort] : [];
  const table = useTable({
    features: comparisonFeatures,
    columns: comparisonColumns,
    data: result.groups,
    getRowId: (group) => String(group.id),
    state: { sorting, columnVisibility, pagination: { pageIndex: result.page - 1, pageSize: result.pageSize } },
    manualSorting: true,
    manualPagination: true,
    rowCount: result.matching,
    enableMultiSort: false,
    onSortingChange: (updater) => navigate({ filters: shown.filters, sort: toSort(functionalUpdate(updater, sorting)) }),
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      setColumnVisibility(next);
      replaceUrl(
        HIDEABLE_COLUMNS.filter((name) => next[name] === false),
        focusGroupId,
      );
    },
  });

  useEffect(() => {
    if (initialFocus !== null) document.getElementById(`group-${initialFocus}`)?.scrollIntoView({ block: "center" });
    // Only on arrival: later clicks select a group without scrolling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  const pageHref = (page: number) => `${pathname}${searchFor({ filters, sort }, page)}`;

  return (
    <section aria-labelledby="comparison-heading" className="comparison" aria-busy={isPending}>
      <div className="toolbar">
        <h1 id="comparison-heading">Comparison</h1>
        <ExportLinks filters={filters} sort={sort} matching={result.matching} />
      </div>
      <ComparisonFilters filters={shown.filters} options={result.options} onChange={(next, how) => navigate({ filters: next, sort: shown.sort }, how)} />
      <details className="column-menu">
        <summary>Columns</summary>
        <fieldset>
          <legend>Visible columns</legend>
          {HIDEABLE_COLUMNS.map((name) => (
            <label key={name} className="checkbox">
              <input
                type="checkbox"
                checked={columnVisibility[name] !== false}
                onChange={(event) => table.getColumn(name)?.toggleVisibility(event.target.checked)}
              />
              {columnTitles[name]}
            </label>
          ))}
        </fieldset>
      </details>
      <div className="result-bar">
        <p role="status" className="result-count">
          {countFormat.format(result.matching)} of {countFormat.format(result.total)} groups
        </p>
        {table.getPageCount() > 1 ? (
          <p className="page-range muted">
            Page {result.page} of {table.getPageCount()}: groups {countFormat.format((result.page - 1) * result.pageSize + 1)}–
            {countFormat.format((result.page - 1) * result.pageSize + rows.length)}
          </p>
        ) : null}
      </div>
      <div className="table-scroll">
        <table className="data-table comparison-table">
          <thead>
            {table.getHeaderGroups().map((headerGroup) => (
              <tr key={headerGroup.id}>
                {headerGroup.headers
                  .filter((header) => header.column.getIsVisible())
                  .map((header) => {
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
                aria-selected={row.original.id === focusGroupId}
                data-verdict={row.original.verdict}
                onClick={(event) => {
                  // Selecting a group (shared in the URL as ?group=) without hijacking its links.
                  if (event.target instanceof HTMLElement && event.target.closest("a, button, input")) return;
                  setFocusGroupId(row.original.id);
                  replaceUrl(hidden, row.original.id);
                }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 ? (
              <EmptyTableRow columns={columnCount}>
                {result.total === 0 ? (
                  <>
                    No figures yet. <a href="/import">Import some articles</a> to compare what they report.
                  </>
                ) : (
                  "No groups match these filters."
                )}
              </EmptyTableRow>
            ) : null}
          </tbody>
        </table>
      </div>
      <ComparisonPagination
        page={result.page}
        pageCount={table.getPageCount()}
        canPrevious={table.getCanPreviousPage()}
        canNext={table.getCanNextPage()}
        hrefFor={pageHref}
      />
    </section>
  );
}
