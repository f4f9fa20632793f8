import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import { parseCsv } from "./csv-parse";
import { GROUPS } from "./fixtures";
import { CLAIM_COLUMNS } from "./rows";

describe("toCsv", () => {
  const csv = toCsv(GROUPS);
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ""));
  const byColumn = rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])));

  it("starts with a UTF-8 BOM and has one row per claim under the header", () => {
    expect(csv.startsWith("\uFEFFgroup_id,group_label,verdict,unit,claim_id,")).toBe(true);
    expect(header).toEqual([...CLAIM_COLUMNS]);
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
  });

  it("repeats the group columns and writes dates as ISO dates", () => {
    expect(byColumn.map((row) => row.group_id)).toEqual(["7", "7", "9", "9"]);
    expect(byColumn[0]).toMatchObject({ group_label: "Afghan soldiers who fled", verdict: "discrepancy", value: "1500", low: "1500", high: "" });
    expect(byColumn[2]).toMatchObject({ value: "2021-09-11", verdict: "contradiction", figure: "September 11" });
    expect(byColumn[3]).toMatchObject({ low: "", high: "2021-08-31", status: "verified", outlet: "Outlet A", url: "https://a.example/1" });
  });

  it("carries the review: status, reason, note, reviewer and when", () => {
    expect(byColumn[1]).toMatchObject({ status: "disputed", note: "'-2+3", reviewed_at: "2024-05-01T10:00:00.000Z" });
    expect(byColumn[0]).toMatchObject({ status: "unreviewed", reason: "", reviewed_by: "", reviewed_at: "" });
  });

  it("neutralises formula-like strings but keeps real numbers numeric", () => {
    const hostile = byColumn[1];
    expect(hostile.document_title).toBe("'=HYPERLINK(\"http://evil.example\",\"click\")");
    expect(hostile.file).toBe("'=cmd.txt");
    expect(hostile.subject).toBe("'+1");
    expect(hostile.note).toBe("'-2+3");
    expect(hostile.attribution).toBe("'@SUM(A1:A9)");
    expect(hostile.reason).toBe("'=wrong source");
    expect(hostile.reviewed_by).toBe("'@mallory");
    expect(hostile.value).toBe("-2");
    expect(hostile.low).toBe("-2.5");
    expect(hostile.quote).toBe("Temperatures hit -2+3 \"degrees\", said @SUM\nnext line");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it("writes only a header for no groups", () => {
    expect(parseCsv(toCsv([]).replace(/^\uFEFF/, ""))).toEqual([[...CLAIM_COLUMNS]]);
  });
});
