import { columnVisibilityFeature, createColumnHelper, rowPaginationFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import type { GroupRow } from "../lib/store/types";
import { ClaimFigureList } from "./claim-figure-list";
import { conflictState, countCitedSources, countSources } from "./figure-format";
import { GroupSpread } from "./group-spread";
import { VerdictBadge } from "./verdict-badge";

// Module scope on purpose: TanStack v9 recomputes row models whenever features/columns change identity.
// The server filters, sorts and pages (lib/store/queries.ts `listGroupPage`), so no client row
// models are registered: sorting and pagination here only hold state for the headers and pager.
export const comparisonFeatures = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  rowPaginationFeature,
});

const column = createColumnHelper<typeof comparisonFeatures, GroupRow>();

function SourceCounts({ group, sourceCount }: { group: GroupRow; sourceCount: number }) {
  const claimCount = group.claims.length;
  // Stored by grouping; never more than the documents actually present (corrections can leave it stale).
  const independent = Math.min(group.independentSources ?? sourceCount, sourceCount);
  // One article quoting two sayers ("Reuters says 9,000, CNN says 18,000") is two statements to weigh.
  const cited = countCitedSources(group);
  return (
    <span className="numeric source-counts">
      {sourceCount} {sourceCount === 1 ? "source" : "sources"}
      {sourceCount > 1 ? <span className="independent-sources">, {independent} independent</span> : null}
      {cited > sourceCount ? <span className="cited-sources">, citing {cited}</span> : null}
      {claimCount !== sourceCount ? <span className="muted"> ({claimCount} claims)</span> : null}
    </span>
  );
}

export const comparisonColumns = column.columns([
  column.accessor("label", {
    header: "Quantity",
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
    sortDescFirst: true,
    cell: ({ row }) => {
      const state = conflictState(row.original);
      return (
        <>
          <VerdictBadge verdict={row.original.verdict} />
          {state ? (
            <span className="conflict-state" data-state={state} title={state === "open" ? "Some figures are not reviewed yet" : "Reviewed: resolved, or every figure reviewed"}>
              {state}
            </span>
          ) : null}
        </>
      );
    },
  }),
  column.accessor("unit", {
    id: "unit",
    header: "Spread",
    enableSorting: false,
    cell: ({ row }) => <GroupSpread group={row.original} />,
  }),
  column.accessor((group) => countSources(group), {
    id: "sources",
    header: "Sources",
    sortDescFirst: true,
    cell: ({ row, getValue }) => <SourceCounts group={row.original} sourceCount={getValue()} />,
  }),
  column.display({
    id: "figures",
    header: "Figures by source",
    cell: ({ row }) => <ClaimFigureList claims={row.original.claims} />,
  }),
]);
