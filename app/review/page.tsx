import type { Metadata } from "next";
import { ReviewQueueTable } from "../../components/review-queue-table";
import { isVerdict, parseIdParam, parsePageParam } from "../../lib/store/filter-groups";
import { reviewQueue, type ReviewQueueFilters } from "../../lib/store/review-queue";
import { REVIEW_STATUSES, type ReviewStatus } from "../../lib/store/types";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review" };

type Params = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseQueueParams(params: Params): { filters: ReviewQueueFilters; page: number } {
  const filters: ReviewQueueFilters = {};
  const verdict = first(params.verdict);
  if (isVerdict(verdict)) filters.verdict = verdict;
  const status = first(params.status);
  if ((REVIEW_STATUSES as readonly string[]).includes(status ?? "")) filters.status = status as ReviewStatus;
  const documentId = parseIdParam(params.document);
  if (documentId) filters.documentId = documentId;
  return { filters, page: parsePageParam(params.page) };
}

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { filters, page } = parseQueueParams(await searchParams);
  const queue = await reviewQueue(filters, page);
  return <ReviewQueueTable queue={queue} filters={filters} />;
}
