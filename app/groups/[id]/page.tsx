import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { claimHref, formatWhen, sourceLabel } from "../../../components/figure-format";
import { GroupEditor } from "../../../components/group-editor";
import { HistoryList } from "../../../components/history-list";
import { ReviewStatusBadge } from "../../../components/review-status-badge";
import { VerdictBadge } from "../../../components/verdict-badge";
import { parseIdParam } from "../../../lib/store/filter-groups";
import { groupHistory } from "../../../lib/store/queries";
import { getGroupDetail, groupChoices } from "../../../lib/store/review-queue";

export const dynamic = "force-dynamic";

type GroupPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: GroupPageProps): Promise<Metadata> {
  return { title: `Group ${(await params).id}` };
}

export default async function GroupPage({ params }: GroupPageProps) {
  const id = parseIdParam((await params).id);
  const group = id ? await getGroupDetail(id) : null;
  if (!group) notFound();
  const [history, choices] = await Promise.all([groupHistory(group.id), groupChoices(group.unit, group.id)]);

  return (
    <article className="detail-page" data-group-id={group.id} data-version={group.version}>
      <p className="breadcrumb">
        <a href={`/?group=${group.id}`}>Comparison</a> / group {group.id}
      </p>
      <h1>
        <span data-testid="group-label">{group.label}</span> <VerdictBadge verdict={group.verdict} />
      </h1>
      <p className="muted">
        {group.kind}, {group.unit}
        {group.manual ? " · shaped by an analyst: re-grouping keeps it as it is" : ""}
      </p>
      {group.resolution ? (
        <p className="resolution">
          <strong>Resolution:</strong> {group.resolution}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table group-claims">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Figure</th>
              <th scope="col">Quote</th>
              <th scope="col">Status</th>
              <th scope="col">History</th>
            </tr>
          </thead>
          <tbody>
            {group.claims.map((claim) => (
              <tr key={claim.claimId} data-claim-id={claim.claimId}>
                <td title={claim.documentTitle}>{sourceLabel({ outlet: claim.outlet, url: claim.url, title: claim.documentTitle })}</td>
                <td>
                  <a href={claimHref(claim.documentId, claim.claimId)}>{claim.figure}</a>
                </td>
                <td className="queue-quote">{claim.quote}</td>
                <td>
                  <ReviewStatusBadge status={claim.status} />
                  {claim.reviewedBy ? <span className="review-meta">{claim.reviewedBy} · {formatWhen(claim.reviewedAt)}</span> : null}
                  {claim.note ? <span className="review-meta">Note: {claim.note}</span> : null}
                </td>
                <td>
                  <a href={`/claims/${claim.claimId}`}>Claim {claim.claimId}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <GroupEditor
        group={{ id: group.id, version: group.version, label: group.label, resolution: group.resolution }}
        claims={group.claims.map((claim) => ({
          claimId: claim.claimId,
          version: claim.version,
          label: `${claim.figure} (${sourceLabel({ outlet: claim.outlet, url: claim.url, title: claim.documentTitle })}, claim ${claim.claimId})`,
        }))}
        choices={choices}
      />
      <HistoryList events={history} />
    </article>
  );
}
