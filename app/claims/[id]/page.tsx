import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimReviewForm } from "../../../components/claim-review-form";
import { claimHref, formatClaimReading, formatQualifier, formatWhen, sourceLabel } from "../../../components/figure-format";
import { HistoryList } from "../../../components/history-list";
import { ReviewStatusBadge } from "../../../components/review-status-badge";
import { VerdictBadge } from "../../../components/verdict-badge";
import { describeRule } from "../../../lib/extraction/rules";
import { entityHistory } from "../../../lib/store/audit";
import { parseIdParam } from "../../../lib/store/filter-groups";
import { getClaimDetail } from "../../../lib/store/review-queue";

export const dynamic = "force-dynamic";

type ClaimPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: ClaimPageProps): Promise<Metadata> {
  return { title: `Claim ${(await params).id}` };
}

export default async function ClaimPage({ params }: ClaimPageProps) {
  const id = parseIdParam((await params).id);
  const claim = id ? await getClaimDetail(id) : null;
  if (!claim) notFound();
  const history = await entityHistory("claim", claim.claimId);
  const source = { outlet: claim.outlet, url: claim.url, title: claim.documentTitle };

  return (
    <article className="detail-page" data-claim-id={claim.claimId} data-version={claim.version}>
      <p className="breadcrumb">
        <a href="/review">Review</a> / claim {claim.claimId}
      </p>
      <h1>
        “{claim.figure}” <span className="muted">in</span> <span title={claim.documentTitle}>{sourceLabel(source)}</span>
      </h1>
      <blockquote className="claim-quote">{claim.quote}</blockquote>
      <dl className="document-meta">
        <div>
          <dt>Status</dt>
          <dd>
            <ReviewStatusBadge status={claim.status} />
            {claim.notAClaim ? <span className="muted"> (not a claim)</span> : null}
          </dd>
        </div>
        <div>
          <dt>Reviewed</dt>
          <dd>{claim.reviewedBy ? `${claim.reviewedBy}, ${formatWhen(claim.reviewedAt)}` : "—"}</dd>
        </div>
        <div>
          <dt>Group</dt>
          <dd>
            {claim.group ? (
              <>
                <a href={`/groups/${claim.group.id}`}>{claim.group.label}</a> <VerdictBadge verdict={claim.group.verdict} />
              </>
            ) : (
              "none"
            )}
          </dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>
            <a href={claimHref(claim.documentId, claim.claimId)}>{claim.documentTitle}</a> (characters {claim.start}–{claim.end})
          </dd>
        </div>
      </dl>
      <h2>What Collate read</h2>
      <dl className="claim-reading">
        <div>
          <dt>Figure</dt>
          <dd>
            {claim.reading.kind}, {formatClaimReading({ ...claim.reading, figure: claim.figure })} ({formatQualifier(claim.reading.qualifier)})
          </dd>
        </div>
        <div>
          <dt>Counts or measures</dt>
          <dd>{claim.reading.subject ?? "—"}</dd>
        </div>
        <div>
          <dt>About</dt>
          <dd>{claim.reading.concept ?? "—"}</dd>
        </div>
        <div>
          <dt>Cited source</dt>
          <dd>{claim.reading.attribution ?? "—"}</dd>
        </div>
        <div>
          <dt>Why extracted</dt>
          <dd data-rule={claim.reading.rule ?? ""}>
            {claim.reading.rule ? (
              <>
                <code>{claim.reading.rule}</code>: {describeRule(claim.reading.rule) ?? "a rule this version no longer has"}
              </>
            ) : (
              "imported before rule ids were recorded"
            )}
          </dd>
        </div>
      </dl>
      <ClaimReviewForm
        claimId={claim.claimId}
        version={claim.version}
        status={claim.status}
        reason={claim.reason}
        note={claim.note}
        notAClaim={claim.notAClaim}
      />
      <HistoryList events={history} />
    </article>
  );
}
