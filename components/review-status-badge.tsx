import { statusLabels } from "./figure-format";

export function ReviewStatusBadge({ status }: { status: string }) {
  return (
    <span className="status-badge" data-status={status}>
      {statusLabels[status] ?? status}
    </span>
  );
}
