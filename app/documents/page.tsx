import type { Metadata } from "next";
import { ComparisonPagination } from "../../components/comparison-pagination";
import { EmptyTableRow } from "../../components/empty-table-row";
import { listDocuments } from "../../lib/store/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Documents" };

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const requested = (await searchParams).page;
  const { documents, total, page, pageCount } = await listDocuments(Number(Array.isArray(requested) ? requested[0] : requested) || 1);
  const pager = (
    <ComparisonPagination page={page} pageCount={pageCount} canPrevious={page > 1} canNext={page < pageCount} hrefFor={(target) => `/documents?page=${target}`} />
  );
  return (
    <section aria-labelledby="documents-heading">
      <div className="toolbar">
        <h1 id="documents-heading">Documents</h1>
        <a className="button" href="/import">
          Import articles
        </a>
      </div>
      <p className="result-count">
        {total} documents{pageCount > 1 ? ` (page ${page} of ${pageCount})` : ""}
      </p>
      {pager}
      <div className="table-scroll">
        <table className="data-table documents-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">File</th>
              <th scope="col">Published</th>
              <th scope="col" className="numeric">
                Claims
              </th>
            </tr>
          </thead>
          <tbody>
            {documents.map((doc) => (
              <tr key={doc.id}>
                <td>
                  <a href={`/documents/${doc.id}`}>{doc.title}</a>
                </td>
                <td>{doc.outlet ?? <span className="muted">—</span>}</td>
                <td className="file-name">{doc.file}</td>
                <td className="nowrap">{doc.publishedAt ?? <span className="muted">—</span>}</td>
                <td className="numeric">{doc.claimCount}</td>
              </tr>
            ))}
            {documents.length === 0 ? (
              <EmptyTableRow columns={5}>
                No documents yet. <a href="/import">Import some articles</a>.
              </EmptyTableRow>
            ) : null}
          </tbody>
        </table>
      </div>
      {pager}
    </section>
  );
}
