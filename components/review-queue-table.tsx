"use client";

import {
  createColumnHelper,
  functionalUpdate,
  rowSelectionFeature,
  tableFeatures,
  useTable,
  type RowSelectionState,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { reviewClaimsAction } from "../app/review/actions";
import type { ReviewQueueFilters, ReviewQueuePage, ReviewQueueRow } from "../lib/store/review-queue";
import type { ReviewStatus } from "../lib/store/types";
import { EmptyTableRow } from "./empty-table-row";
import { claimHref, formatWhen, sourceLabel, statusLabels, verdictLabels } from "./figure-format";
import { ReviewStatusBadge } from "./review-status-badge";
import { requireReviewer } from "./use-reviewer";
import { VerdictBadge } from "./verdict-badge";

// Module scope: TanStack v9 recomputes row models when features or columns change identity.
const queueFeatures = tableFeatures({ rowSelectionFeature });
const column = createColumnHelper<typeof queueFeatures, ReviewQueueRow>();

const queueColumns = column.columns([
  column.display({
    id: "select",
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label="Select all claims on this page"
        checked={table.getIsAllPageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Select claim ${row.original.claimId}`}
        checked={row.getIsSelected()}
        onChange={() => row.toggleSelected()}
      />
    ),
  }),
  column.accessor("verdict", { header: "Verdict", cell: ({ row }) => <VerdictBadge verdict={row.original.verdict} /> }),
  column.accessor("groupLabel", {
    header: "Quantity",
    cell: ({ row }) => <a href={`/groups/${row.original.groupId}`}>{row.original.groupLabel}</a>,
  }),
  column.display({
    id: "source",
    header: "Source",
    cell: ({ row }) => (
      <span className="claim-source" title={row.original.documentTitle}>
        {sourceLabel({ outlet: row.original.outlet, url: row.original.url, title: row.original.documentTitle })}
      </span>
    ),
  }),
  column.accessor("figure", {
    header: "Figure",
    cell: ({ row }) => (
      <a className="claim-figure" href={claimHref(row.original.documentId, row.original.claimId)} title={row.original.quote}>
        {row.original.figure}
      </a>
    ),
  }),
  column.accessor("quote", { header: "Quote", cell: ({ row }) => <span className="queue-quote">{row.original.quote}</span> }),
  column.accessor("status", {
    header: "Status",
    cell: ({ row }) => (
      <>
        <ReviewStatusBadge status={row.original.status} />
        {row.original.reviewedBy ? (
          <span className="review-meta">
            {row.original.reviewedBy} · {formatWhen(row.original.reviewedAt)}
          </span>
        ) : null}
        {row.original.reason ? <span className="review-meta">Reason: {row.original.reason}</span> : null}
        {row.original.note ? <span className="review-meta">Note: {row.original.note}</span> : null}
      </>
    ),
  }),
  column.display({
    id: "history",
    header: "History",
    cell: ({ row }) => <a href={`/claims/${row.original.claimId}`}>Claim {row.original.claimId}</a>,
  }),
]);

const KEY_STATUS: Record<string, ReviewStatus> = { v: "verified", d: "disputed", r: "rejected", u: "unreviewed" };
const REASONS = ["matches the source", "misquoted", "wrong unit", "outdated figure", "different quantity", "extraction error"];
const ROW_HEIGHT = 64;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

function queueHref(filters: ReviewQueueFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.verdict) params.set("verdict", filters.verdict);
  if (filters.status) params.set("status", filters.status);
  if (filters.documentId) params.set("document", String(filters.documentId));
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return `/review${search ? `?${search}` : ""}`;
}

interface Feedback {
  kind: "ok" | "error";
  text: string;
}

export function ReviewQueueTable({ queue, filters }: { queue: ReviewQueuePage; filters: ReviewQueueFilters }) {
  const router = useRouter();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  // The current claim is tracked by id: rows re-order when a review moves a claim down the queue.
  const [activeId, setActiveId] = useState<number | null>(null);
  const [reason, setReason] = useState("");
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [pending, startTransition] = useTransition();
  const scrollRef = useRef<HTMLDivElement>(null);

  const table = useTable({
    features: queueFeatures,
    columns: queueColumns,
    data: queue.rows,
    getRowId: (row) => String(row.claimId),
    state: { rowSelection },
    onRowSelectionChange: (updater) => setRowSelection((previous) => functionalUpdate(updater, previous)),
    enableRowSelection: true,
    enableRowRangeSelection: false,
  });
  const rows = table.getRowModel().rows;

  // Only the rows in view are in the DOM, so a page of hundreds of claims stays fluid.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const activeIndex = rows.findIndex((row) => row.original.claimId === activeId);
  const active = activeIndex >= 0 ? activeIndex : 0;
  const moveTo = useCallback(
    (index: number) => {
      const next = Math.min(Math.max(0, index), rows.length - 1);
      const row = rows[next];
      if (!row) return;
      setActiveId(row.original.claimId);
      virtualizer.scrollToIndex(next, { align: "auto" });
    },
    [rows, virtualizer],
  );

  const review = useCallback(
    (targets: ReviewQueueRow[], status: ReviewStatus, thenActivate?: number) => {
      if (targets.length === 0) return;
      const actor = requireReviewer();
      if (!actor) {
        setFeedback({ kind: "error", text: "Set a reviewer name to record reviews." });
        return;
      }
      startTransition(async () => {
        const result = await reviewClaimsAction({
          actor,
          claims: targets.map((row) => ({ id: row.claimId, version: row.version })),
          status,
          ...(reason ? { reason } : {}),
        });
        if (result.ok) {
          const what = targets.length === 1 ? `Claim ${targets[0].claimId}` : `${targets.length} claims`;
          setFeedback({ kind: "ok", text: `${what} marked ${statusLabels[status].toLowerCase()}.` });
          if (targets.length > 1) setRowSelection({});
          // Queue flow: after marking the current claim, the one that followed it becomes current.
          if (thenActivate !== undefined) setActiveId(thenActivate);
        } else {
          setFeedback({ kind: "error", text: result.error });
        }
        router.refresh();
      });
    },
    [reason, router],
  );

  const selected = table.getSelectedRowModel().rows.map((row) => row.original);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const row = rows[active];
      const key = event.key.toLowerCase();
      if (key === "j" || event.key === "ArrowDown") moveTo(active + 1);
      else if (key === "k" || event.key === "ArrowUp") moveTo(active - 1);
      else if (key === "x" && row) row.toggleSelected();
      else if (key in KEY_STATUS && row) {
        if (event.shiftKey && selected.length > 0) review(selected, KEY_STATUS[key]);
        else review([row.original], KEY_STATUS[key], (rows[active + 1] ?? row).original.claimId);
      }
      else if ((key === "o" || event.key === "Enter") && row) window.location.assign(`/claims/${row.original.claimId}`);
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [rows, active, moveTo, review, selected]);

  const virtualRows = virtualizer.getVirtualItems();
  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0);
  const columnCount = queueColumns.length;
  const activeRow = rows[active]?.original;

  return (
    <section aria-labelledby="review-heading" className="review-queue">
      <div className="toolbar">
        <h1 id="review-heading">Review queue</h1>
        <div className="export-links" role="group" aria-label="Export the audit log">
          <a className="button" href="/api/audit?format=csv" download>
            Audit log CSV
          </a>
          <a className="button" href="/api/audit?format=json" download>
            Audit log JSON
          </a>
        </div>
      </div>
      <p className="lede">Open conflicts first (contradictions, then discrepancies); within each, unreviewed claims before reviewed ones.</p>
      <details className="keyboard-help" open>
        <summary>Keyboard shortcuts</summary>
        <dl>
          <div><dt><kbd>j</kbd> / <kbd>↓</kbd></dt><dd>next claim</dd></div>
          <div><dt><kbd>k</kbd> / <kbd>↑</kbd></dt><dd>previous claim</dd></div>
          <div><dt><kbd>v</kbd> <kbd>d</kbd> <kbd>r</kbd> <kbd>u</kbd></dt><dd>mark verified, disputed, rejected, unreviewed</dd></div>
          <div><dt><kbd>Shift</kbd> + <kbd>v</kbd>/<kbd>d</kbd>/<kbd>r</kbd></dt><dd>mark every selected claim</dd></div>
          <div><dt><kbd>x</kbd></dt><dd>select or deselect the claim</dd></div>
          <div><dt><kbd>o</kbd> / <kbd>Enter</kbd></dt><dd>open the claim and its history</dd></div>
        </dl>
      </details>

      <form className="filters" aria-label="Filter the queue" method="get" action="/review">
        <div className="field">
          <label htmlFor="queue-verdict">Verdict</label>
          <select id="queue-verdict" name="verdict" defaultValue={filters.verdict ?? ""} onChange={(event) => event.currentTarget.form?.requestSubmit()}>
            <option value="">All verdicts</option>
            {Object.entries(verdictLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="queue-status">Status</label>
          <select id="queue-status" name="status" defaultValue={filters.status ?? ""} onChange={(event) => event.currentTarget.form?.requestSubmit()}>
            <option value="">All statuses</option>
            {Object.entries(statusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {filters.documentId ? (
          <div className="field">
            <input type="hidden" name="document" value={filters.documentId} />
            <span>
              Document {filters.documentId} only · <a href="/review">all documents</a>
            </span>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="review-reason">Reason (sent with each review)</label>
          <input id="review-reason" list="review-reasons" value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
          <datalist id="review-reasons">
            {REASONS.map((text) => (
              <option key={text} value={text} />
            ))}
          </datalist>
        </div>
      </form>

      <div className="bulk-bar" role="group" aria-label="Bulk actions">
        <span>{selected.length} selected</span>
        {(["verified", "disputed", "rejected"] as const).map((status) => (
          <button key={status} type="button" className="button" disabled={selected.length === 0 || pending} onClick={() => review(selected, status)}>
            Mark selected {statusLabels[status].toLowerCase()}
          </button>
        ))}
        <button type="button" className="button button-quiet" disabled={selected.length === 0} onClick={() => setRowSelection({})}>
          Clear selection
        </button>
      </div>

      <div className="feedback" aria-live="polite">
        {feedback ? (
          <p role={feedback.kind === "error" ? "alert" : "status"} className={`feedback-${feedback.kind}`}>
            {feedback.text}
          </p>
        ) : null}
      </div>

      <p className="result-count" data-testid="queue-count">
        {queue.total} claims · page {queue.page} of {queue.pageCount}
        {activeRow ? <span className="muted"> · current: claim {activeRow.claimId}</span> : null}
      </p>

      <div ref={scrollRef} className="table-scroll queue-scroll" data-testid="queue-scroll">
        <table className="data-table review-table" aria-rowcount={rows.length + 1}>
          <thead>
            {table.getHeaderGroups().map((headerGroup) => (
              <tr key={headerGroup.id}>
                {headerGroup.headers.map((header) => (
                  <th key={header.id} scope="col" className={`col-${header.column.id}`}>
                    <table.FlexRender header={header} />
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={columnCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
              </tr>
            ) : null}
            {virtualRows.map((item) => {
              const row = rows[item.index];
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  aria-rowindex={item.index + 2}
                  aria-selected={row.getIsSelected()}
                  data-claim-id={row.original.claimId}
                  data-status={row.original.status}
                  data-active={item.index === active ? "true" : undefined}
                  className={item.index === active ? "is-active" : undefined}
                  onClick={() => setActiveId(row.original.claimId)}
                >
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className={`col-${cell.column.id}`}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
              </tr>
            ) : null}
            {rows.length === 0 ? <EmptyTableRow columns={columnCount}>Nothing to review here.</EmptyTableRow> : null}
          </tbody>
        </table>
      </div>

      {queue.pageCount > 1 ? (
        <nav className="pager" aria-label="Queue pages">
          {queue.page > 1 ? <a href={queueHref(filters, queue.page - 1)}>Previous page</a> : null}
          <span>
            Page {queue.page} of {queue.pageCount}
          </span>
          {queue.page < queue.pageCount ? <a href={queueHref(filters, queue.page + 1)}>Next page</a> : null}
        </nav>
      ) : null}
    </section>
  );
}
