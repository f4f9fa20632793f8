import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeClaim } from "../testing/claims";
import { formatRecognizersRun } from "./format";
import { runRecognizersSpecs } from "./run";

describe("runRecognizersSpecs", () => {
  it("skips javascript-unsupported cases and reports pass rates per file and overall", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "recognizers-"));
    mkdirSync(path.join(dir, "Number"));
    const cases = [
      { Input: "Turnout was 40%", Results: [{ Text: "40%", TypeName: "percentage", Resolution: { value: "40%" } }] },
      { Input: "Turnout was 55%", Results: [{ Text: "55%", TypeName: "percentage", Resolution: { value: "55%" } }] },
      { Input: "Hard one", Results: [], NotSupported: "javascript, python" },
    ];
    writeFileSync(path.join(dir, "Number", "Percents.json"), JSON.stringify(cases));
    const fakeExtract = (text: string) =>
      text.includes("40%") ? [makeClaim({ value: 40, kind: "percent", unit: "%", figure: "40%" })] : [];
    const run = runRecognizersSpecs(dir, fakeExtract, { files: [{ file: "Number/Percents.json", model: "percent" }] });
    expect(run.files[0]).toMatchObject({ cases: 3, skipped: 1, evaluated: 2, passed: 1, passRate: 50 });
    expect(run.overall.passRate).toBe(50);
    expect(run.files[0].failures[0].input).toBe("Turnout was 55%");
    expect(formatRecognizersRun(run)).toContain("50.0%");
  });
});
