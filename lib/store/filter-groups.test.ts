import { describe, expect, it } from "vitest";
import {
  claimSource,
  compareGroups,
  conflictState,
  countCitedSources,
  countSources,
  filterGroups,
  groupFilterOptions,
  groupFiltersToSearchParams,
  parseGroupFilters,
  parseGroupSort,
  parseIdParam,
  parsePageParam,
  parsePageSizeParam,
  sourceLabel,
  type GroupSortKey,
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

  it("round-trips through groupFiltersToSearchParams, sort last", () => {
    const filters = { verdict: "discrepancy", unit: "people", source: "TASS", q: "fled" } as const;
    const params = groupFiltersToSearchParams(filters, { id: "sources", desc: true });
    expect(params.toString()).toBe("verdict=discrepancy&unit=people&source=TASS&q=fled&sort=sources.desc");
    expect(parseGroupFilters(params)).toEqual(filters);
    expect(parseGroupSort(params.get("sort"))).toEqual({ id: "sources", desc: true });
  });

  it("accepts every verdict, superseded included", () => {
    expect(parseGroupFilters({ verdict: "superseded" })).toEqual({ verdict: "superseded" });
  });
});

describe("sort and page params", () => {
  it("reads known sort columns only", () => {
    expect(parseGroupSort("label.asc")).toEqual({ id: "label", desc: false });
    expect(parseGroupSort(["verdict.desc", "label.asc"])).toEqual({ id: "verdict", desc: true });
    expect(parseGroupSort("unit.asc")).toBeNull();
    expect(parseGroupSort("label")).toBeNull();
    expect(parseGroupSort(null)).toBeNull();
  });

  it("falls back to page 1 and the default size on garbage", () => {
    expect(parsePageParam("3")).toBe(3);
    expect(parsePageParam(["2", "5"])).toBe(2);
    for (const bad of [undefined, "", "0", "-2", "1.5", "x", "1e999"]) expect(parsePageParam(bad)).toBe(1);
    expect(parsePageSizeParam("25")).toBe(25);
    for (const bad of [undefined, "5", "501", "abc"]) expect(parsePageSizeParam(bad)).toBeUndefined();
  });

  it("reads an id as a positive whole number, else null", () => {
    expect(parseIdParam("12")).toBe(12);
    expect(parseIdParam(["7", "9"])).toBe(7);
    for (const bad of [undefined, null, "", "0", "-3", "1.5", "x", "1e999"]) expect(parseIdParam(bad)).toBeNull();
  });
});

describe("compareGroups", () => {
  const keys: GroupSortKey[] = [
    { id: 1, label: "item 10", verdict: "single", claimCount: 1, sourceCount: 1 },
    { id: 2, label: "Item 9", verdict: "contradiction", claimCount: 2, sourceCount: 2 },
    { id: 3, label: "item 9", verdict: "contradiction", claimCount: 4, sourceCount: 2 },
    { id: 4, label: "alpha", verdict: "superseded", claimCount: 3, sourceCount: 3 },
  ];
  const order = (sort: Parameters<typeof compareGroups>[0]) => [...keys].sort(compareGroups(sort)).map((key) => key.id);

  it("defaults to conflicts first, then more claims, then id", () => {
    expect(order(null)).toEqual([3, 2, 4, 1]);
  });

  it("sorts labels naturally and case-insensitively, ties by id in both directions", () => {
    expect(order({ id: "label", desc: false })).toEqual([4, 2, 3, 1]);
    expect(order({ id: "label", desc: true })).toEqual([1, 2, 3, 4]);
  });

  it("sorts verdicts by severity and sources by count", () => {
    expect(order({ id: "verdict", desc: true })).toEqual([2, 3, 4, 1]);
    expect(order({ id: "sources", desc: true })).toEqual([4, 2, 3, 1]);
    expect(order({ id: "sources", desc: false })).toEqual([1, 2, 3, 4]);
  });
});

describe("filterGroups", () => {
  it("returns everything without filters", () => {
    expect(filterGroups(groups, {})).toEqual(groups);
  });

  it("filters by verdict, unit and source", () => {
    expect(filterGroups(groups, { verdict: "contradiction" })).toEqual([border]);
    expect(filterGroups(groups, { unit: "people" })).toEqual([soldiers]);
    expect(filterGroups(groups, { source: "doc-2" })).toEqual([soldiers]);
    expect(filterGroups(groups, { source: "TASS", unit: "%" })).toEqual([border]);
  });

  it("keys a document without an outlet or URL by its id, shows its title's first words, and still accepts old title links", () => {
    expect(claimSource(soldiers.claims[1])).toBe("doc-2");
    expect(claimSource(soldiers.claims[0])).toBe("TASS");
    expect(sourceLabel(untitledOutlet)).toBe("Border crisis deepens");
    expect(filterGroups(groups, { source: "Border crisis deepens" })).toEqual([soldiers]);
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
  it("lists only values present with their group counts, verdicts by severity and the rest alphabetically", () => {
    expect(groupFilterOptions(groups)).toEqual({
      verdicts: [
        { value: "contradiction", label: "contradiction", count: 1 },
        { value: "discrepancy", label: "discrepancy", count: 1 },
      ],
      units: [
        { value: "%", label: "%", count: 1 },
        { value: "people", label: "people", count: 1 },
      ],
      sources: [
        { value: "doc-2", label: "Border crisis deepens", count: 1 },
        { value: "TASS", label: "TASS", count: 2 },
      ],
    });
  });
});

describe("counting sources", () => {
  it("counts each sayer one article quotes as a cited source, and each outlet once", () => {
    const group = {
      claims: [
        claim(1, "about 9,000", tass, { attribution: "Reuters" }),
        claim(2, "some 18,000", tass, { attribution: "CNN" }),
        claim(3, "18,000", untitledOutlet, { attribution: "cnn" }),
        claim(4, "18,000", untitledOutlet, { attribution: "CNN" }),
      ],
    };
    expect(countSources(group)).toBe(2);
    expect(countCitedSources(group)).toBe(3);
  });
});

describe("conflictState", () => {
  const conflict = (verdict: GroupRow["verdict"], statuses: ClaimRow["status"][], resolution: string | null = null) => ({
    verdict,
    resolution,
    claims: statuses.map((status, i) => claim(i + 1, String(i + 1), tass, { status })),
  });
  it("is open while a figure of a disagreeing group is unreviewed", () => {
    expect(conflictState(conflict("contradiction", ["verified", "unreviewed"]))).toBe("open");
    expect(conflictState(conflict("discrepancy", ["unreviewed"]))).toBe("open");
  });
  it("is reviewed once every figure is reviewed, or the group has a resolution", () => {
    expect(conflictState(conflict("contradiction", ["verified", "rejected"]))).toBe("reviewed");
    expect(conflictState(conflict("discrepancy", ["unreviewed", "unreviewed"], "the ministry's figure stands"))).toBe("reviewed");
  });
  it("gives agreeing groups no conflict state", () => {
    expect(conflictState(conflict("consistent", ["unreviewed"]))).toBeNull();
    expect(conflictState(conflict("rounding", ["verified"]))).toBeNull();
  });
});
