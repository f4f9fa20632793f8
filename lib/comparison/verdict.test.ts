import { describe, expect, it } from "vitest";
import { intervalOf } from "./interval";
import { judge, type JudgeInput } from "./verdict";
import { day } from "./test-fixtures";

const exact = (value: number, precision = 1, unit = "people", kind: JudgeInput["kind"] = "count"): JudgeInput => ({
  kind, unit, value, low: value, high: value, precision, qualifier: "exact",
});
const about = (value: number, precision: number): JudgeInput => ({
  kind: "count", unit: "people", value, low: value * 0.9, high: value * 1.1, precision, qualifier: "about",
});
const atLeast = (value: number, precision: number): JudgeInput => ({
  kind: "count", unit: "people", value, low: value, high: null, precision, qualifier: "at_least",
});

describe("intervalOf", () => {
  it("opens unbounded ends to infinity", () => {
    expect(intervalOf({ kind: "count", value: 1500, low: 1500, high: null })).toEqual({ low: 1500, high: Infinity });
    expect(intervalOf({ kind: "count", value: 240, low: null, high: 240 })).toEqual({ low: -Infinity, high: 240 });
  });
  it("caps an open share at 100%, but not a change", () => {
    expect(intervalOf({ kind: "percent", value: 70, low: 70, high: null })).toEqual({ low: 70, high: 100 });
    expect(intervalOf({ kind: "percent", value: 150, low: 150, high: null, change: "up" }).high).toBe(Infinity);
  });
});

describe("judge", () => {
  it("a lone statement is single, with its spread", () => {
    expect(judge([exact(13)])).toEqual({ verdict: "single", spreadLow: 13, spreadHigh: 13 });
  });
  it("the same figure twice is consistent", () => {
    expect(judge([exact(188), exact(188)]).verdict).toBe("consistent");
    expect(judge([atLeast(1000, 1000), { ...atLeast(1000, 1000), qualifier: "more_than" }]).verdict).toBe("consistent");
  });
  it("1,344 against 'about 1,340' is rounding", () => {
    expect(judge([exact(1344), about(1340, 10)]).verdict).toBe("rounding");
  });
  it("a figure inside the rounding window of a rounder one is rounding", () => {
    // 1,350 (step 10) covers [1345, 1355)
    expect(judge([exact(1350, 10), exact(1352)]).verdict).toBe("rounding");
    expect(judge([exact(1350, 10), exact(1345)]).verdict).toBe("rounding");
  });
  it("1,350 km against 1,344 km is a discrepancy: outside [1345, 1355), inside a looser reading", () => {
    const km = (v: number, p: number) => exact(v, p, "km", "length");
    expect(judge([km(1350, 10), km(1344, 1)])).toEqual({ verdict: "discrepancy", spreadLow: 1344, spreadHigh: 1350 });
  });
  it("'at least 1,500' against 'more than a thousand' is a discrepancy", () => {
    const r = judge([atLeast(1500, 100), { ...atLeast(1000, 1000), qualifier: "more_than" }]);
    expect(r).toEqual({ verdict: "discrepancy", spreadLow: 1000, spreadHigh: null });
  });
  it("two-thirds against 'over 70%' is a contradiction", () => {
    const twoThirds: JudgeInput = { kind: "percent", unit: "%", value: 66.67, low: 66.67, high: 66.67, precision: 0, qualifier: "exact" };
    const over70: JudgeInput = { kind: "percent", unit: "%", value: 70, low: 70, high: null, precision: 10, qualifier: "more_than" };
    expect(judge([twoThirds, over70]).verdict).toBe("contradiction");
  });
  it("'about 9 thousand' against 'some 18 thousand' is a contradiction", () => {
    expect(judge([about(9000, 1000), about(18000, 1000)])).toEqual({ verdict: "contradiction", spreadLow: 8100, spreadHigh: 19800 });
  });
  it("dates compare by day: September 11 against August 31 is a contradiction", () => {
    const date = (iso: string): JudgeInput => ({ kind: "date", unit: "date", value: day(iso), low: day(iso), high: day(iso), precision: 1, qualifier: "exact" });
    const endOfAugust: JudgeInput = { kind: "date", unit: "date", value: day("2021-08-28"), low: day("2021-08-25"), high: day("2021-08-31"), precision: 7, qualifier: "range" };
    // August 31 lies in "the end of August": both can be right.
    expect(judge([date("2021-08-31"), endOfAugust]).verdict).toBe("consistent");
    expect(judge([date("2021-09-11"), date("2021-08-31"), endOfAugust]).verdict).toBe("contradiction");
  });
  it("converts units before comparing: 1,344 km against 835 miles", () => {
    const km = exact(1344, 1, "km", "length");
    const miles = exact(835, 1, "mi", "length"); // 1,343.8 km
    const r = judge([km, km, miles]);
    expect(r.verdict).toBe("rounding");
    expect(r.spreadLow).toBeCloseTo(1343.8, 1);
    expect(r.spreadHigh).toBe(1344);
  });
  it("a bound restated in another unit is a rounded conversion: 'up to 80 km/h' holds 50 mph (80.47 km/h)", () => {
    const mph = exact(50, 10, "mph", "speed");
    const upTo: JudgeInput = { kind: "speed", unit: "km/h", value: 80, low: 0, high: 80, precision: 1, qualifier: "up_to" };
    expect(judge([mph, upTo]).verdict).toBe("consistent");
    // In one unit a bound is taken as stated: 'up to 80 km/h' against 81 km/h cannot both hold.
    expect(judge([exact(81, 1, "km/h", "speed"), upTo]).verdict).toBe("contradiction");
  });
  it("works without qualifiers (the documented Pick)", () => {
    const bare = ({ qualifier: _q, ...rest }: JudgeInput) => rest;
    expect(judge([bare(exact(1344)), bare(about(1340, 10))]).verdict).toBe("rounding");
    expect(judge([bare(about(9000, 1000)), bare(about(18000, 1000))]).verdict).toBe("contradiction");
  });
});

describe("a figure that another's wording allows", () => {
  const moreThan = (value: number): JudgeInput => ({ ...atLeast(value, 1), qualifier: "more_than" });
  it("31 against 'more than two dozen' is consistent; 20 against it is not", () => {
    expect(judge([exact(31), moreThan(24)]).verdict).toBe("consistent");
    expect(judge([exact(20), moreThan(24)]).verdict).toBe("contradiction");
  });
  it("'more than 100' against 'up to 120' is consistent; against 'up to 90' a contradiction", () => {
    const upTo = (value: number): JudgeInput => ({ kind: "count", unit: "people", value, low: null, high: value, precision: 1, qualifier: "up_to" });
    expect(judge([moreThan(100), upTo(120)]).verdict).toBe("consistent");
    expect(judge([moreThan(100), upTo(90)]).verdict).toBe("contradiction");
  });
  it("12 weeks against 'between 8 and 12 weeks' is consistent", () => {
    const range: JudgeInput = { kind: "count", unit: "people", value: 10, low: 8, high: 12, precision: 1, qualifier: "range" };
    expect(judge([exact(12), range]).verdict).toBe("consistent");
  });
  it("a date inside a coarser date is consistent: July 25, 1997 and July 1997 against 1997", () => {
    const dated = (value: number, low: number, high: number, precision: number, qualifier: JudgeInput["qualifier"]): JudgeInput => ({ kind: "date", unit: "date", value, low, high, precision, qualifier });
    const year = dated(day("1997-07-02"), day("1997-01-01"), day("1997-12-31"), 365, "range");
    const month = dated(day("1997-07-16"), day("1997-07-01"), day("1997-07-31"), 31, "range");
    const dayOf = dated(day("1997-07-25"), day("1997-07-25"), day("1997-07-25"), 1, "exact");
    expect(judge([year, month, dayOf]).verdict).toBe("consistent");
    expect(judge([year, dated(day("1998-03-01"), day("1998-03-01"), day("1998-03-01"), 1, "exact")]).verdict).not.toBe("consistent");
  });
});

describe("open-ended figures", () => {
  it("never reads an open interval as a single point", () => {
    const exact = { value: 30000, low: 30000, high: 30000, precision: 1000, kind: "count" as const, unit: "people", qualifier: "exact" as const };
    const moreThan = { value: 50000, low: 50000, high: null, precision: 10000, kind: "count" as const, unit: "people", qualifier: "more_than" as const };
    expect(judge([exact, moreThan]).verdict).toBe("contradiction");
  });
});
