import { describe, expect, it } from "vitest";
import { chunks, MAX_BOUND_VALUES, rowsPerStatement } from "./chunks";

describe("chunks", () => {
  it("slices a list into runs of the given size, in order, the last one shorter", () => {
    expect([...chunks([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
    expect([...chunks([], 3)]).toEqual([]);
  });

  it("refuses a size below one rather than looping forever", () => {
    expect(() => [...chunks([1], 0)]).toThrow(RangeError);
  });

  it("keeps a statement's bound values under the smallest limit a database has (999)", () => {
    expect(rowsPerStatement(5) * 5).toBeLessThanOrEqual(MAX_BOUND_VALUES);
    expect(MAX_BOUND_VALUES).toBeLessThan(999);
    expect(rowsPerStatement(10_000)).toBe(1);
  });
});
