import { stringify } from "csv-stringify/sync";
import type { GroupRow } from "../store/types";
import { CLAIM_COLUMNS, claimRows } from "./rows";

/**
 * One row per claim, group columns repeated. UTF-8 with a byte-order mark (so
 * Excel reads non-ASCII text right), CRLF line ends (RFC 4180), formula-safe cells.
 */
export function toCsv(groups: GroupRow[]): string {
  return stringify(claimRows(groups), {
    bom: true,
    header: true,
    columns: [...CLAIM_COLUMNS],
    record_delimiter: "\r\n",
  });
}
