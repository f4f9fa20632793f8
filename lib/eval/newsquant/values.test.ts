import { describe, expect, it } from "vitest";
import { decodeValueString, isClose, parsePythonFloat, valuesMatch } from "./values";

describe("decodeValueString", () => {
  it("reads plain numbers, negatives and scientific notation as numbers", () => {
    expect(decodeValueString("800000000.0")).toBe(800000000);
    expect(decodeValueString("-3.5")).toBe(-3.5);
    expect(decodeValueString("2.5E-7")).toBeCloseTo(2.5e-7);
  });

  it("reads low-high as a range", () => {
    expect(decodeValueString("10000.0-100000.0")).toEqual([10000, 100000]);
  });

  it("returns undefined for words, like Python's float would raise", () => {
    expect(decodeValueString("dozens")).toBeUndefined();
    expect(decodeValueString("")).toBeUndefined();
    expect(parsePythonFloat(" 42 ")).toBe(42);
  });
});

describe("valuesMatch", () => {
  it("uses numpy.isclose tolerances", () => {
    expect(isClose(1_000_000, 1_000_005)).toBe(true);
    expect(isClose(1_000_000, 1_000_100)).toBe(false);
    expect(isClose(0, 1e-9)).toBe(true);
  });

  it("matches a range only with a range", () => {
    expect(valuesMatch([1, 2], [1, 2])).toBe(true);
    expect(valuesMatch([1, 2], 1.5)).toBe(false);
    expect(valuesMatch(1.5, [1, 2])).toBe(false);
    expect(valuesMatch([1, 2], [1, 3])).toBe(false);
  });
});
