import { describe, expect, it } from "vitest";
import {
  claimSource,
  filterGroups,
  groupFilterOptions,
  groupFiltersToSearchParams,
  parseGroupFilters,
} from "./filter-groups";
import type { ClaimRow, DocumentRef, GroupRow } from "./types";

const tass: DocumentRef = { id: 1, file: "a.txt", title: "Taliban advance", outlet: "TASS", url: null, publishedAt: null };
const untitledOutlet: DocumentRef = { id: 2, file: "b.txt", title: "Border crisis deepens", outlet: null, url: null, publishedAt: null };

function claim(id: number, figure: string, document: DocumentRef, extra: Partial<ClaimRow> = {}): ClaimRow {
  return {
    id,
    figure,
    quote: `Officials said ${figure} soldiers crossed.`,
    start: 0,
    end: figure.length,
    kind: "count",
    value: 1,
    low: 1,
    high: 1,
    qualifier: "exact",
    unit: "people",
    subject: "soldiers",
    attribution: null,
    status: "unreviewed",
    note: null,
    document,
    ...extra,
  };
}

const soldiers: GroupRow = {
  id: 10,
  label: "soldiers fled",
  kind: "count",
  unit: "people",
  verdict: "discrepancy",
  spreadLow: 1000,
  spreadHigh: 1500,
  resolution: null,
  claims: [
    claim(1, "at least 1,500", tass, { attribution: "the Kremlin" }),
    claim(2, "more than a thousand", untitledOutlet),
  ],
};
const border: GroupRow = {
  id: 11,
  label: "border area controlled",
  kind: "percent",
  unit: "%",
  verdict: "contradiction",
  spreadLow: 66.67,
  spreadHigh: 100,
  resolution: null,
  claims: [claim(3, "two-thirds", tass, { unit: "%", subject: "border area" })],
};
const groups = [soldiers, border];

describe("parseGroupFilters", () => {
  it("reads known keys from URLSearchParams and drops empty or invalid values", () => {
    const filters = parseGroupFilters(new URLSearchParams("verdict=bogus&unit=%25&source=&q=%20%201,500%20"));
    expect(filters).toEqual({ unit: "%", q: "1,500" });
  });

  it("reads Next's searchParams records, taking the first of repeated values", () => {
    expect(parseGroupFilters({ verdict: ["contradiction", "single"], source: "TASS", other: "x" })).toEqual({
      verdict: "contradiction",
      source: "TASS",
    });
  });

  it("round-trips through groupFiltersToSearchParams", () => {
    const filters = { verdict: "discrepancy", unit: "people", source: "TASS", q: "fled" } as const;
    const params = groupFiltersToSearchParams(filters);
    expect(params.toString()).toBe("verdict=discrepancy&unit=people&source=TASS&q=fled");
    expect(parseGroupFilters(params)).toEqual(filters);
  });
});

describe("filterGroups", () => {
  it("returns everything without filters", () => {
    expect(filterGroups(groups, {})).toEqual(groups);
  });

  it("filters by verdict, unit and source", () => {
    expect(filterGroups(groups, { verdict: "contradiction" })).toEqual([border]);
    expect(filterGroups(groups, { unit: "people" })).toEqual([soldiers]);
    expect(filterGroups(groups, { source: "Border crisis deepens" })).toEqual([soldiers]);
    expect(filterGroups(groups, { source: "TASS", unit: "%" })).toEqual([border]);
  });

  it("uses the title as the source of a document without an outlet", () => {
    expect(claimSource(soldiers.claims[1])).toBe("Border crisis deepens");
    expect(claimSource(soldiers.claims[0])).toBe("TASS");
  });

  it("searches labels, figures, quotes, outlets and attributions, every term case-insensitively", () => {
    expect(filterGroups(groups, { q: "MORE THAN a thousand" })).toEqual([soldiers]);
    expect(filterGroups(groups, { q: "kremlin 1,500" })).toEqual([soldiers]);
    expect(filterGroups(groups, { q: "tass" })).toEqual(groups);
    expect(filterGroups(groups, { q: "two-thirds officials" })).toEqual([border]);
    expect(filterGroups(groups, { q: "kremlin two-thirds" })).toEqual([]);
  });
});

describe("groupFilterOptions", () => {
  it("lists only values present, verdicts by severity and the rest alphabetically", () => {
    expect(groupFilterOptions(groups)).toEqual({
      verdicts: ["contradiction", "discrepancy"],
      units: ["%", "people"],
      sources: ["Border crisis deepens", "TASS"],
    });
  });
});
