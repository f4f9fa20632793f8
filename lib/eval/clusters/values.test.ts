import { describe, expect, it } from "vitest";
import type { EvalClaim } from "./types";
import { checkValue, isoDay, parseGoldValue, parseSeedBounds } from "./values";

const claim = (value: number | null, unit = "people", low = value, high = value): EvalClaim => ({
  id: 1,
  documentId: 1,
  start: 0,
  end: 1,
  figure: "x",
  kind: "count",
  value,
  low,
  high,
  unit,
});

describe("parseGoldValue", () => {
  it("reads numbers, ranges, dates, months, date-times and clock times", () => {
    expect(parseGoldValue(7, null)).toEqual({ type: "number", value: 7, unit: null });
    expect(parseGoldValue([60, 100], null)).toEqual({ type: "interval", low: 60, high: 100 });
    expect(parseGoldValue("2011-11-10", null)).toEqual({ type: "date", fromDay: isoDay(2011, 11, 10), toDay: isoDay(2011, 11, 10) });
    expect(parseGoldValue("2008-12", null)).toEqual({ type: "date", fromDay: isoDay(2008, 12, 1), toDay: isoDay(2008, 12, 31) });
    expect(parseGoldValue("2011-11-12T01:19", null)).toMatchObject({ fromDay: isoDay(2011, 11, 12) });
    expect(parseGoldValue("09:25", null)).toEqual({ type: "time", minutes: 565 });
    expect(parseGoldValue("soon", null)).toBeNull();
  });

  it("reads seed bounds, open ends and date bounds", () => {
    expect(parseSeedBounds(1500, null)).toEqual({ type: "interval", low: 1500, high: null });
    expect(parseSeedBounds("2021-08-25", "2021-08-31")).toEqual({ type: "date", fromDay: isoDay(2021, 8, 25), toDay: isoDay(2021, 8, 31) });
    expect(parseSeedBounds(undefined, undefined)).toBeNull();
  });
});

describe("checkValue", () => {
  it("accepts the stated value within 1%", () => {
    expect(checkValue({ type: "number", value: 66.67, unit: null }, claim(66.666))).toBe("agrees");
    expect(checkValue({ type: "number", value: 2_000_000, unit: "EUR" }, claim(1_700_000, "GBP"))).toBe("differs");
  });

  it("converts lengths between feet and metres", () => {
    expect(checkValue({ type: "number", value: 200, unit: "feet" }, claim(61, "m"))).toBe("agrees");
    expect(checkValue({ type: "number", value: 200, unit: "metres" }, claim(200, "m"))).toBe("agrees");
    expect(checkValue({ type: "number", value: 200, unit: "metres" }, claim(150, "m"))).toBe("differs");
  });

  it("converts durations and reads a fraction as a share", () => {
    expect(checkValue({ type: "number", value: 40, unit: "years" }, claim(4, "decade"))).toBe("agrees");
    expect(checkValue({ type: "number", value: 90, unit: "minutes" }, claim(1.5, "h"))).toBe("agrees");
    expect(checkValue({ type: "number", value: 0.2, unit: "fraction" }, claim(20, "%"))).toBe("agrees");
    expect(checkValue({ type: "number", value: 0.2, unit: "fraction" }, claim(25, "%"))).toBe("differs");
    // A count is not a measure: no conversion makes 4 people 40.
    expect(checkValue({ type: "number", value: 40, unit: "people" }, claim(4, "people"))).toBe("differs");
  });

  it("checks intervals and dates by containment", () => {
    expect(checkValue({ type: "interval", low: 1000, high: null }, claim(1000))).toBe("agrees");
    expect(checkValue({ type: "interval", low: 70, high: 100 }, claim(1344, "km"))).toBe("differs");
    const december = parseGoldValue("2008-12", null);
    expect(checkValue(december, claim(isoDay(2008, 12, 15)))).toBe("agrees");
    expect(checkValue(december, claim(isoDay(2009, 1, 1)))).toBe("differs");
  });

  it("reads a gold year written as a number against a date claim spanning that year", () => {
    const year2007 = { ...claim(isoDay(2007, 7, 2), "date", isoDay(2007, 1, 1), isoDay(2007, 12, 31)), kind: "date" };
    expect(checkValue(parseGoldValue(2007, null), year2007)).toBe("agrees");
    expect(checkValue(parseGoldValue(2007, "year"), year2007)).toBe("agrees");
    expect(checkValue(parseGoldValue(2008, null), year2007)).toBe("differs");
    expect(checkValue(parseGoldValue(2007, "feet"), year2007)).toBe("differs");
    expect(checkValue(parseGoldValue([2000, 2009], null), year2007)).toBe("agrees");
    expect(checkValue(parseGoldValue([1930, 1939], null), year2007)).toBe("differs");
  });

  it("leaves clock times unchecked unless a known representation agrees", () => {
    const time = parseGoldValue("04:30", null);
    expect(checkValue(time, claim(4.5, "h"))).toBe("agrees");
    expect(checkValue(time, claim(12))).toBe("unchecked");
    expect(checkValue(null, claim(12))).toBe("unchecked");
  });
});
