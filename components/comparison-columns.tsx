import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  type FilterFn,
  type SortFn,
} from "@tanstack/react-table";
import { claimSource, matchesQuery, matchesSource, matchesUnit, matchesVerdict } from "../lib/store/filter-groups";
import type { GroupRow } from "../lib/store/types";
import { ClaimFigureList } from "./claim-figure-list";
import { countSources, verdictSeverity } from "./figure-format";
import { GroupSpread } from "./group-spread";
import { VerdictBadge } from "./verdict-badge";

// Module scope on purpose: TanStack v9 recomputes row models whenever features/columns change identity.
export const comparisonFeatures = tableFeatures({
  columnFilteringFeature,
  columnVisibilityFeature,
  globalFilteringFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

type Features = typeof comparisonFeatures;

// Filtering delegates to lib/store/filter-groups so the table and /api/export agree exactly.
const byVerdict: FilterFn<Features, GroupRow> = (row, _columnId, value) => matchesVerdict(row.original, value);
const byUnit: FilterFn<Features, GroupRow> = (row, _columnId, value) => matchesUnit(row.original, value);
const bySource: FilterFn<Features, GroupRow> = (row, _columnId, value) => matchesSource(row.original, value);
export const bySearchQuery: FilterFn<Features, GroupRow> = (row, _columnId, value) => matchesQuery(row.original, value);

const bySeverity: SortFn<Features, GroupRow> = (rowA, rowB) =>
  verdictSeverity[rowA.original.verdict] - verdictSeverity[rowB.original.verdict];

const column = createColumnHelper<Features, GroupRow>();

export const comparisonColumns = column.columns([
  column.accessor("label", {
    header: "Quantity",
    sortFn: "alphanumeric",
    enableHiding: false,
    cell: ({ row }) => (
      <>
        <a className="group-label" href={`/groups/${row.original.id}`}>
          {row.original.label}
        </a>
        <span className="group-kind">{row.original.kind}</span>
        {row.original.resolution ? <span className="group-resolution">Resolved: {row.original.resolution}</span> : null}
      </>
    ),
  }),
  column.accessor("verdict", {
    header: "Verdict",
    sortFn: bySeverity,
    sortDescFirst: true,
    filterFn: byVerdict,
    cell: ({ row }) => <VerdictBadge verdict={row.original.verdict} />,
  }),
  column.accessor("unit", {
    id: "unit",
    header: "Spread",
    enableSorting: false,
    filterFn: byUnit,
    cell: ({ row }) => <GroupSpread group={row.original} />,
  }),
  column.accessor((group) => countSources(group), {
    id: "sources",
    header: "Sources",
    sortFn: "basic",
    sortDescFirst: true,
    cell: ({ row, getValue }) => {
      const claimCount = row.original.claims.length;
      const sourceCount = getValue();
      return (
        <span className="numeric">
          {sourceCount}
          {claimCount !== sourceCount ? <span className="muted"> ({claimCount} claims)</span> : null}
        </span>
      );
    },
  }),
  column.accessor((group) => group.claims.map(claimSource).join(" · "), {
    id: "figures",
    header: "Figures by source",
    enableSorting: false,
    filterFn: bySource,
    cell: ({ row }) => <ClaimFigureList claims={row.original.claims} />,
  }),
]);
