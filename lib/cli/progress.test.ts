import { describe, expect, it } from "vitest";
import { formatOutcome, groupingProgress, summarise } from "./progress";

describe("ingest progress lines", () => {
  it("says what happened to each file, with a counter", () => {
    expect(formatOutcome(3, 12, { fileName: "a.txt", status: "imported", claimCount: 7 })).toBe(
      "[ 3/12] imported   a.txt (7 claims)",
    );
    expect(formatOutcome(1, 2, { fileName: "b.bin", status: "error", message: "binary data" })).toContain(
      "skipped    b.bin: binary data",
    );
  });
  it("summarises a batch", () => {
    expect(
      summarise([
        { fileName: "a", status: "imported" },
        { fileName: "b", status: "duplicate" },
        { fileName: "c", status: "error" },
        { fileName: "d", status: "imported" },
      ]),
    ).toBe("2 imported, 1 duplicate, 1 skipped");
  });
});

describe("grouping progress", () => {
  it("reports at most every interval, and always the last run", () => {
    const lines: string[] = [];
    const report = groupingProgress((line) => lines.push(line), 60_000);
    report(1, 50);
    report(2, 50);
    report(50, 50);
    expect(lines).toEqual(["grouped    1/50 stories", "grouped    50/50 stories"]);
  });
});
