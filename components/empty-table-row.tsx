import type { ReactNode } from "react";

/** What a data table shows in place of rows when it has none: one message across every column. */
export function EmptyTableRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columns} className="empty-cell">
        {children}
      </td>
    </tr>
  );
}
