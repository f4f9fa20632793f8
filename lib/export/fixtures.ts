// Groups for the export tests: one count group with hostile strings, one date group.
import type { ClaimRow, DocumentRef, GroupRow } from "../store/types";

const documentA: DocumentRef = { id: 1, file: "000.txt", title: "Afghan soldiers flee", outlet: "Outlet A", url: "https://a.example/1", publishedAt: "2021-07-09" };
const documentB: DocumentRef = { id: 2, file: "=cmd.txt", title: "=HYPERLINK(\"http://evil.example\",\"click\")", outlet: null, url: null, publishedAt: null };

function claim(overrides: Partial<ClaimRow>): ClaimRow {
  return {
    id: 1, figure: "at least 1,500", quote: "at least 1,500 Afghan government soldiers", start: 10, end: 24, kind: "count",
    value: 1500, low: 1500, high: null, qualifier: "at_least", unit: "people", subject: "Afghan soldiers",
    attribution: null, status: "unreviewed", note: null, document: documentA, ...overrides,
  };
}

// 2021-09-11 and 2021-08-31 as days since 1970-01-01 (UTC).
export const SEPT_11_2021 = 18881;
export const AUG_31_2021 = 18870;

export const GROUPS: GroupRow[] = [
  {
    id: 7, label: "Afghan soldiers who fled", kind: "count", unit: "people", verdict: "discrepancy",
    spreadLow: 1000, spreadHigh: null, resolution: null,
    claims: [
      claim({}),
      claim({
        id: 2, figure: "more than a thousand", quote: "Temperatures hit -2+3 \"degrees\", said @SUM\nnext line", value: -2, low: -2.5, high: 1e21,
        qualifier: "more_than", subject: "+1", attribution: "@SUM(A1:A9)", status: "disputed", note: "-2+3", document: documentB,
        reason: "=wrong source", reviewedBy: "@mallory", reviewedAt: "2024-05-01T10:00:00.000Z", version: 3,
      }),
    ],
  },
  {
    id: 9, label: "US withdrawal deadline", kind: "date", unit: "date", verdict: "contradiction",
    spreadLow: AUG_31_2021, spreadHigh: SEPT_11_2021, resolution: "Both dates were reported; Sept 11 was the earlier plan.",
    claims: [
      claim({ id: 3, kind: "date", figure: "September 11", quote: "by September 11", value: SEPT_11_2021, low: SEPT_11_2021, high: SEPT_11_2021, qualifier: "exact", unit: "date", subject: null }),
      claim({ id: 4, kind: "date", figure: "August 31, 2021", quote: "by August 31, 2021", value: AUG_31_2021, low: null, high: AUG_31_2021, qualifier: "up_to", unit: "date", status: "verified", subject: null }),
    ],
  },
];
