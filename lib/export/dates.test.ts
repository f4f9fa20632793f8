import { describe, expect, it } from "vitest";
import { daysToIsoDate, exportValue, statedValue } from "./dates";
import { neutralizeText, safeCell } from "./neutralize";

describe("daysToIsoDate", () => {
  it("turns days since 1970-01-01 into ISO dates", () => {
    expect(daysToIsoDate(0)).toBe("1970-01-01");
    expect(daysToIsoDate(18881)).toBe("2021-09-11");
    expect(daysToIsoDate(-1)).toBe("1969-12-31");
    expect(daysToIsoDate(18881.5)).toBe("2021-09-11");
    expect(daysToIsoDate(null)).toBeNull();
    expect(daysToIsoDate(Number.NaN)).toBeNull();
  });

  it("converts only date kinds", () => {
    expect(exportValue("date", 18870)).toBe("2021-08-31");
    expect(exportValue("time", 270)).toBe("04:30");
    expect(exportValue("time", 23 * 60 + 55)).toBe("23:55");
    expect(exportValue("count", 18870)).toBe(18870);
  });
});

describe("statedValue", () => {
  it("exports no value for a vague amount, whose words state only an interval", () => {
    expect(statedValue({ kind: "count", value: 5999.5, rule: "vague-amount" })).toBeNull();
    expect(statedValue({ kind: "count", value: 1500, rule: "quantity" })).toBe(1500);
    expect(statedValue({ kind: "date", value: 18870, rule: "date.dateline" })).toBe("2021-08-31");
  });
});

describe("neutralizeText", () => {
  it.each(["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "\nx", "＝1+1"])("prefixes %j", (value) => {
    expect(neutralizeText(value)).toBe(`'${value}`);
  });

  it("leaves ordinary text and numbers alone", () => {
    expect(neutralizeText("1,500 people")).toBe("1,500 people");
    expect(neutralizeText("a=b")).toBe("a=b");
    expect(safeCell(-2)).toBe(-2);
    expect(safeCell(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
