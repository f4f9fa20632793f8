import { describe, expect, it } from "vitest";
import { formatOutcome, summarise } from "./progress";

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
