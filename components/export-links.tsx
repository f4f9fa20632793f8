import type { GroupFilters, GroupSort } from "../lib/store/filter-groups";
import { exportHref } from "./comparison-url-state";

const formats = [
  { format: "csv", label: "Export CSV" },
  { format: "xlsx", label: "Export XLSX" },
  { format: "json", label: "Export JSON" },
] as const;

const countFormat = new Intl.NumberFormat("en-US");

/** Downloads of the whole filtered view: the route re-applies the same filters and sort server-side. */
export function ExportLinks({ filters, sort, matching }: { filters: GroupFilters; sort: GroupSort | null; matching: number }) {
  return (
    <div className="export">
      <div className="export-links" role="group" aria-label="Export the filtered groups">
        {formats.map(({ format, label }) => (
          <a key={format} className="button" href={exportHref(format, filters, sort)} download>
            {label}
          </a>
        ))}
      </div>
      {/* Said here because the table shows one page and may hide columns; a download has neither limit. */}
      <p className="export-note muted">
        Exports: all {countFormat.format(matching)} matching {matching === 1 ? "group" : "groups"}, every page and column, in this order.
      </p>
    </div>
  );
}
