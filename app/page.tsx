import { ComparisonTable } from "../components/comparison-table";
import { parseGroupParam, parseHiddenParam } from "../components/comparison-url-state";
import { parseGroupFilters, parseGroupSort, parsePageParam, parsePageSizeParam } from "../lib/store/filter-groups";
import { listGroupPage } from "../lib/store/queries";

// Reads the database on every request; the figures must be in the initial HTML.
export const dynamic = "force-dynamic";

export default async function ComparisonPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // The URL is the whole state: the server filters, sorts and pages; the client only navigates.
  const filters = parseGroupFilters(params);
  const sort = parseGroupSort(params.sort);
  const urlPage = params.page === undefined ? undefined : parsePageParam(params.page);
  const urlPageSize = parsePageSizeParam(params.size);
  const focusGroupId = parseGroupParam(params.group);
  const result = await listGroupPage({ filters, sort, page: urlPage, pageSize: urlPageSize, focusGroupId });
  return (
    <ComparisonTable
      result={result}
      filters={filters}
      sort={sort}
      urlPage={urlPage}
      urlPageSize={urlPageSize}
      focusGroupId={focusGroupId}
      initialHidden={parseHiddenParam(params.hide)}
    />
  );
}
