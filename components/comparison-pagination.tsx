import Link from "next/link";

interface ComparisonPaginationProps {
  page: number;
  pageCount: number;
  canPrevious: boolean;
  canNext: boolean;
  hrefFor: (page: number) => string;
}

/** Real links (`?page=N`), so every page has its own URL and server HTML. */
export function ComparisonPagination({ page, pageCount, canPrevious, canNext, hrefFor }: ComparisonPaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pager comparison-pager" aria-label="Pages">
      {canPrevious ? (
        <>
          <Link href={hrefFor(1)} className="button button-quiet" aria-label="First page">
            « First
          </Link>
          <Link href={hrefFor(page - 1)} className="button button-quiet" rel="prev">
            ‹ Previous
          </Link>
        </>
      ) : null}
      <span className="page-number" aria-current="page">
        Page {page} of {pageCount}
      </span>
      {canNext ? (
        <>
          <Link href={hrefFor(page + 1)} className="button button-quiet" rel="next">
            Next ›
          </Link>
          <Link href={hrefFor(pageCount)} className="button button-quiet" aria-label="Last page">
            Last »
          </Link>
        </>
      ) : null}
    </nav>
  );
}
