import { describe, expect, it } from "vitest";
import { convert, unitFamily } from "./units";

describe("units", () => {
  it("converts within a family", () => {
    expect(convert(1, "length", "mi", "km")).toBeCloseTo(1.609344, 6);
    expect(convert(1000, "length", "m", "km")).toBe(1);
    expect(convert(5280, "length", "feet", "miles")).toBeCloseTo(1, 9);
    expect(convert(100, "temperature", "C", "F")).toBeCloseTo(212, 9);
    expect(convert(2, "area", "km2", "ha")).toBeCloseTo(200, 9);
    expect(convert(3, "duration", "decades", "years")).toBeCloseTo(30, 9);
    expect(convert(1, "duration", "century", "year")).toBeCloseTo(100, 9);
  });
  it("keeps families apart", () => {
    expect(unitFamily("length", "km")).toBe(unitFamily("length", "miles"));
    expect(unitFamily("length", "km")).not.toBe(unitFamily("area", "km2"));
    expect(unitFamily("percent", "%")).toBe(unitFamily("percent", "percent"));
  });
  it("compares money only within one currency", () => {
    expect(unitFamily("money", "USD")).not.toBe(unitFamily("money", "EUR"));
    expect(unitFamily("money", "usd")).toBe(unitFamily("money", "USD"));
  });
  it("puts every counted noun in the count family (the noun is grouping evidence, not a unit)", () => {
    expect(unitFamily("count", "people")).toBe(unitFamily("count", "soldiers"));
  });
});
