import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimTargetFocus } from "../../../components/claim-target-focus";
import { DocumentClaimList } from "../../../components/document-claim-list";
import { DocumentText } from "../../../components/document-text";
import { parseIdParam } from "../../../lib/store/filter-groups";
import { getDocument } from "../../../lib/store/queries";

export const dynamic = "force-dynamic";

type DocumentPageProps = { params: Promise<{ id: string }> };

// generateMetadata and the page share one query per request.
const loadDocument = cache(async (rawId: string) => {
  const id = parseIdParam(rawId);
  return id ? getDocument(id) : null;
});

/** Only http(s) URLs become links: a stored `javascript:` URL must never be clickable. */
function safeExternalUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export async function generateMetadata({ params }: DocumentPageProps): Promise<Metadata> {
  const doc = await loadDocument((await params).id);
  return { title: doc?.title ?? "Document not found" };
}

export default async function DocumentPage({ params }: DocumentPageProps) {
  const doc = await loadDocument((await params).id);
  if (!doc) notFound();
  const externalUrl = safeExternalUrl(doc.url);

  return (
    <article className="document-page">
      <header className="document-header">
        <p className="breadcrumb">
          <a href="/documents">Documents</a> / {doc.id}
        </p>
        <h1>{doc.title}</h1>
        <dl className="document-meta">
          <div>
            <dt>Outlet</dt>
            <dd>{doc.outlet ?? "—"}</dd>
          </div>
          <div>
            <dt>Published</dt>
            <dd>{doc.publishedAt ?? "—"}</dd>
          </div>
          <div>
            <dt>File</dt>
            <dd>
              {doc.file} ({doc.format})
            </dd>
          </div>
          <div>
            <dt>Imported</dt>
            <dd>{doc.importedAt.slice(0, 10)}</dd>
          </div>
          <div>
            <dt>URL</dt>
            <dd>
              {externalUrl ? (
                <a href={externalUrl} rel="noopener noreferrer nofollow" target="_blank">
                  {doc.url}
                </a>
              ) : (
                (doc.url ?? "—")
              )}
            </dd>
          </div>
        </dl>
      </header>
      <div className="document-layout">
        <section aria-label="Article text" className="document-body">
          <DocumentText text={doc.text} claims={doc.claims} />
        </section>
        <aside aria-labelledby="claims-heading" className="document-sidebar">
          <h2 id="claims-heading">Figures ({doc.claims.length})</h2>
          <DocumentClaimList claims={doc.claims} />
        </aside>
      </div>
      <ClaimTargetFocus />
    </article>
  );
}
