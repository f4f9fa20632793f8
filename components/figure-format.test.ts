import { describe, expect, it } from "vitest";
import type { ClaimRow } from "../lib/store/types";
import { formatClaimReading, formatClockTime, formatInterval, formatOrdinal, formatStatedRange, pluralNoun } from "./figure-format";

describe("formatInterval by kind", () => {
  it("writes clock times as HH:MM, intervals tight with an en dash, without a unit", () => {
    expect(formatInterval("time", "time", 870, 870)).toBe("14:30");
    expect(formatInterval("time", "time", 885, 915)).toBe("14:45–15:15");
    expect(formatInterval("time", "time", 270, null)).toBe("≥ 04:30");
    expect(formatClockTime(-10)).toBe("23:50");
    expect(formatClockTime(1440)).toBe("00:00");
  });

  it("writes ranks as ordinals of their singular noun", () => {
    expect(formatInterval("rank", "operation", 5, 5)).toBe("5th operation");
    expect(formatInterval("rank", "attempt", 1, 1)).toBe("1st attempt");
    expect(["2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]).toEqual(
      [2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(formatOrdinal),
    );
  });

  it("keeps a measure's unit as given, and plurals for counted nouns only", () => {
    expect(formatInterval("measure", "kW", 12, 12)).toBe("12 kW");
    expect(formatInterval("measure", "GB", 1.5, 2)).toBe("1.5 – 2 GB");
    expect(formatInterval("count", "soldier", 1000, 1500)).toBe("1,000 – 1,500 soldiers");
    expect(formatInterval("count", "soldier", 1, 1)).toBe("1 soldier");
    expect(formatInterval("percent", "%", 66.67, 100)).toBe("66.7 – 100 %");
    expect(formatInterval("date", "date", 18809, 18812)).toBe("2021-07-01 – 2021-07-04");
    expect(formatInterval("money", "USD", 2_000_000, null)).toBe("≥ 2 million USD");
  });
});

describe("plural of a counted noun", () => {
  it("uses irregular plurals and the plural of compounds of 'man'", () => {
    expect(formatInterval("count", "man", 4, 4)).toBe("4 men");
    expect(["women", "children", "people", "gunmen", "firewomen", "humans", "Germans", "boxes", "ferries"]).toEqual(
      ["woman", "child", "person", "gunman", "firewoman", "human", "German", "box", "ferry"].map(pluralNoun),
    );
  });
});

describe("vague amounts", () => {
  const vague = { kind: "count", unit: "official", value: 5999.5, low: 2000, high: 9999, figure: "thousands", rule: "vague-amount" } as ClaimRow;
  it("reads as its words with the interval they allow, never a midpoint", () => {
    expect(formatClaimReading(vague)).toBe("“thousands”: 2,000 – 9,999 officials");
    expect(formatClaimReading({ ...vague, figure: "2,500", low: 2500, high: 2500, rule: "quantity" })).toBe("2,500 officials");
  });
  it("adds no number to the stated range of its group", () => {
    const stated = { ...vague, figure: "4,000", value: 4000, low: 4000, high: 4000, rule: "quantity" };
    expect(formatStatedRange({ kind: "count", unit: "official", claims: [vague, stated] })).toBe("4,000 officials");
    expect(formatStatedRange({ kind: "count", unit: "official", claims: [vague] })).toBeNull();
  });
});

describe("formatStatedRange", () => {
  const figure = (value: number, unit: string, kind: ClaimRow["kind"] = "length") => ({ value, unit, kind }) as ClaimRow;
  it("states every figure in the group's unit before taking the range", () => {
    // 3,000 ft is 914.4 m: the range is 900 – 914 m, not "900 – 3,000 m".
    expect(formatStatedRange({ kind: "length", unit: "m", claims: [figure(900, "m"), figure(3000, "ft")] })).toBe("900 – 914.4 m");
  });
  it("leaves out a figure in another currency, which has no rate here", () => {
    const claims = [figure(5_000_000, "EUR", "money"), figure(4_300_000, "GBP", "money")];
    expect(formatStatedRange({ kind: "money", unit: "EUR", claims })).toBe("5 million EUR");
  });
});
