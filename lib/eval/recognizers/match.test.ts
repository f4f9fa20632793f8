import { describe, expect, it } from "vitest";
import { makeClaim } from "../testing/claims";
import { evaluateCase } from "./match";
import { skippedForJavaScript } from "./run";
import type { SpecCase } from "./types";

const specCase = (Input: string, Results: SpecCase["Results"], extra: Partial<SpecCase> = {}): SpecCase => ({
  Input,
  Results,
  ...extra,
});

describe("evaluateCase", () => {
  it("passes a currency case when value and mapped unit agree", () => {
    const input = "The club paid $12.5 million for the striker.";
    const expected = specCase(input, [
      { Text: "$12.5 million", TypeName: "currency", Resolution: { value: "12500000", unit: "Dollar" } },
    ]);
    const usd = makeClaim({ value: 12.5e6, kind: "money", unit: "USD", figure: "$12.5 million" });
    const eur = makeClaim({ value: 12.5e6, kind: "money", unit: "EUR", figure: "$12.5 million" });
    expect(evaluateCase(expected, "currency", [usd]).passed).toBe(true);
    expect(evaluateCase(expected, "currency", [eur]).passed).toBe(false);
  });

  it("accepts cents as a counted noun or as a fraction of the major unit", () => {
    const input = "Bus fares rose by 40 cents.";
    const expected = specCase(input, [{ Text: "40 cents", TypeName: "currency", Resolution: { value: "40", unit: "Cent" } }]);
    expect(evaluateCase(expected, "currency", [makeClaim({ value: 40, unit: "cent" })]).passed).toBe(true);
    expect(evaluateCase(expected, "currency", [makeClaim({ value: 0.4, kind: "money", unit: "USD" })]).passed).toBe(true);
  });

  it("maps Recognizers dimension names and Collate unit ids to one id", () => {
    const input = "The storm moved at 30 kilometers per hour over a 5 square kilometer lake.";
    const expected = specCase(input, [
      { Text: "30 kilometers per hour", TypeName: "dimension", Resolution: { value: "30", unit: "Kilometer per hour" } },
      { Text: "5 square kilometer", TypeName: "dimension", Resolution: { value: "5", unit: "Square kilometer" } },
    ]);
    const claims = [makeClaim({ value: 30, kind: "speed", unit: "km/h" }), makeClaim({ value: 5, kind: "area", unit: "km²" })];
    expect(evaluateCase(expected, "dimension", claims).passed).toBe(true);
  });

  it("fails on a spurious claim of the model's own kind, but not on other kinds", () => {
    const input = "Seven riders covered 120 km.";
    const expected = specCase(input, [{ Text: "Seven", TypeName: "number", Resolution: { value: "7" } }]);
    const seven = makeClaim({ value: 7, unit: "rider" });
    const distance = makeClaim({ value: 120, kind: "length", unit: "km" });
    expect(evaluateCase(expected, "number", [seven, distance]).passed).toBe(true);
    const stray = makeClaim({ value: 3, unit: "stage" });
    expect(evaluateCase(expected, "number", [seven, stray]).passed).toBe(false);
  });

  it("passes a case expecting nothing only when no claim of that kind appears", () => {
    const expected = specCase("We walked for a while.", []);
    expect(evaluateCase(expected, "dimension", []).passed).toBe(true);
    expect(evaluateCase(expected, "dimension", [makeClaim({ value: 2, kind: "duration", unit: "hour" })]).passed).toBe(true);
    expect(evaluateCase(expected, "dimension", [makeClaim({ value: 2, kind: "length", unit: "mi" })]).passed).toBe(false);
  });

  it("lets a range claim answer both ends, and a percent claim answer a fraction", () => {
    const input = "Between 5 and 10 boats, two thirds of them new.";
    const expected = specCase(input, [
      { Text: "5", TypeName: "number", Resolution: { value: "5" } },
      { Text: "10", TypeName: "number", Resolution: { value: "10" } },
      { Text: "two thirds", TypeName: "number", Resolution: { value: "0.666666666666667" } },
    ]);
    const claims = [
      makeClaim({ value: 7.5, low: 5, high: 10, qualifier: "range", unit: "boat" }),
      makeClaim({ value: 66.67, kind: "percent", unit: "%", precision: 0.01 }),
    ];
    expect(evaluateCase(expected, "number", claims).passed).toBe(true);
  });

  it("matches percentages in percent", () => {
    const expected = specCase("Turnout hit 62 percent.", [{ Text: "62 percent", TypeName: "percentage", Resolution: { value: "62%" } }]);
    expect(evaluateCase(expected, "percent", [makeClaim({ value: 62, kind: "percent", unit: "%" })]).passed).toBe(true);
    expect(evaluateCase(expected, "percent", [makeClaim({ value: 0.62, kind: "percent", unit: "%" })]).passed).toBe(false);
  });
});

describe("skippedForJavaScript", () => {
  it("reads either flag's comma-separated platform list", () => {
    expect(skippedForJavaScript(specCase("x", [], { NotSupported: "java, javascript" }))).toBe(true);
    expect(skippedForJavaScript(specCase("x", [], { NotSupportedByDesign: "javascript,python" }))).toBe(true);
    expect(skippedForJavaScript(specCase("x", [], { NotSupported: "dotnet, java" }))).toBe(false);
  });
});
