import { ComparisonTable } from "../components/comparison-table";
import { parseGroupParam, parseHiddenParam, parseSortParam } from "../components/comparison-url-state";
import { parseGroupFilters } from "../lib/store/filter-groups";
import { listGroups } from "../lib/store/queries";

// Reads the database on every request; the figures must be in the initial HTML.
export const dynamic = "force-dynamic";

export default async function ComparisonPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const groups = await listGroups();
  return (
    <ComparisonTable
      groups={groups}
      initialFilters={parseGroupFilters(params)}
      initialSort={parseSortParam(params.sort)}
      focusGroupId={parseGroupParam(params.group)}
      initialHidden={parseHiddenParam(params.hide)}
    />
  );
}
