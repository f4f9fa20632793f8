import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeClaim } from "../testing/claims";
import { formatNewsQuantRun } from "./format";
import { runNewsQuant } from "./run";

/** A NewsQuant-shaped folder with sentences and units written for this test. */
function fixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "newsquant-"));
  mkdirSync(path.join(dir, "gold"));
  mkdirSync(path.join(dir, "resources"));
  const gold = [
    {
      text: "Ticket sales rose 12 percent to 3,000.",
      quantities: [
        { value: "12.0", unit: "percent", normalized_unit: "percentage", change: "up", referred_concepts: "Ticket sales" },
        { value: "3000.0", unit: "-", normalized_unit: "-", change: "=", referred_concepts: "Ticket sales" },
      ],
    },
    { text: "Nothing measurable happened on 4 June 2020.", quantities: [] },
  ];
  const units = { percentage: { surfaces: ["percent"], symbols: ["%"], entity: "dimensionless" } };
  writeFileSync(path.join(dir, "gold", "NewsQuant.json"), JSON.stringify(gold));
  writeFileSync(path.join(dir, "resources", "cqe_unit.json"), JSON.stringify(units));
  return dir;
}

describe("runNewsQuant", () => {
  it("extracts per sentence, scores both matchings, and writes predictions in the gold's shape", () => {
    const dir = fixture();
    const out = path.join(dir, "predictions.json");
    const fakeExtract = (text: string) => {
      if (text.startsWith("Ticket")) {
        return [
          makeClaim({ value: 12, kind: "percent", unit: "%", change: "up", subject: "Ticket sales", figure: "12 percent" }),
          makeClaim({ value: 3000, figure: "3,000" }),
        ];
      }
      return [makeClaim({ value: 18417, kind: "date", unit: "date", figure: "4 June 2020" })];
    };
    const run = runNewsQuant(dir, fakeExtract, { predictionsOut: out });
    expect(run.paper.metrics.value.f1).toBeCloseTo(100);
    expect(run.oneToOne.metrics["value+unit"].f1).toBeCloseTo(100);
    expect(run.cqe).toBeUndefined(); // no published_results/ in the fixture
    const written = JSON.parse(readFileSync(out, "utf8"));
    expect(written[0].quantities[0]).toEqual({
      value: 12,
      change: "up",
      normalized_unit: "percentage",
      referred_concepts: ["Ticket", "sales"],
    });
    expect(written[1].quantities).toEqual([]); // dates are not NewsQuant quantities
    expect(formatNewsQuantRun(run)).toContain("value+unit");
  });

  it("scores a sentence as empty when the extractor throws", () => {
    const run = runNewsQuant(fixture(), () => {
      throw new Error("boom");
    });
    expect(run.extractorFailures).toHaveLength(2);
    expect(run.paper.predictedCount).toBe(0);
  });
});
