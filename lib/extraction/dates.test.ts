import { describe, expect, it } from "vitest";
import { dateISO, daysFromISO } from "./dates";

describe("date helpers", () => {
  it("round-trips ISO dates through days since the epoch", () => {
    expect(daysFromISO("1970-01-01")).toBe(0);
    expect(daysFromISO("1970-01-02")).toBe(1);
    expect(dateISO(daysFromISO("2021-08-31"))).toBe("2021-08-31");
    expect(dateISO(daysFromISO("1969-12-31"))).toBe("1969-12-31");
    expect(dateISO(daysFromISO("2024-02-29"))).toBe("2024-02-29");
  });

  it("rejects malformed input", () => {
    expect(() => daysFromISO("31/08/2021")).toThrow();
  });
});
