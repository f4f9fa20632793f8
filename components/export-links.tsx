import type { GroupFilters } from "../lib/store/filter-groups";
import { exportHref } from "./comparison-url-state";

const formats = [
  { format: "csv", label: "Export CSV" },
  { format: "xlsx", label: "Export XLSX" },
  { format: "json", label: "Export JSON" },
] as const;

/** Downloads of exactly the filtered view: the route re-applies the same filters server-side. */
export function ExportLinks({ filters }: { filters: GroupFilters }) {
  return (
    <div className="export-links" role="group" aria-label="Export the filtered groups">
      {formats.map(({ format, label }) => (
        <a key={format} className="button" href={exportHref(format, filters)} download>
          {label}
        </a>
      ))}
    </div>
  );
}
