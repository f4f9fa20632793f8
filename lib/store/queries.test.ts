// The comparison's paged query against a real (fresh) database: SQL filtering, sorting, paging
// and facet counts must agree with the in-memory reference in filter-groups.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../db/client";
import { recordEvents } from "./audit";
import {
  compareGroups,
  countSources,
  filterGroups,
  groupFilterOptions,
  sourceKey,
  type GroupFilters,
  type GroupSort,
} from "./filter-groups";
import { DOCUMENTS_PER_PAGE, groupHistory, listDocuments, listFilteredGroups, listGroupPage, listGroups } from "./queries";
import { seedLargeDatabase } from "./review-seed";
import { useFreshDatabase } from "./test-database";
import type { GroupRow } from "./types";

let database: ReturnType<typeof useFreshDatabase>;
let all: GroupRow[];
let zurichGroupId: number;

beforeAll(async () => {
  database = useFreshDatabase();
  const db = getDb();
  await seedLargeDatabase(230, db);
  // A group whose text only a Unicode-aware search finds ("ZÜRICH" vs "Zürich"), with a wire copy.
  const [first, second] = await Promise.all([
    db.document.create({
      data: { title: "Flood in Zürich", outlet: "Neue Zeitung", fileName: "z1.txt", format: "txt", contentHash: "z1", text: "…" },
    }),
    db.document.create({
      data: { title: "Zürich flood (wire)", outlet: null, url: "https://www.wire.example/a", fileName: "z2.txt", format: "txt", contentHash: "z2", text: "…" },
    }),
  ]);
  const group = await db.group.create({
    data: { key: "zurich", label: "Cellars flooded", kind: "count", unit: "cellar", verdict: "superseded", independentSources: 1 },
  });
  zurichGroupId = group.id;
  for (const document of [first, second]) {
    await db.claim.create({
      data: {
        documentId: document.id, start: 0, end: 3, sentence: "In Zürich 120 cellars flooded.", figure: "120", kind: "count",
        value: 120, low: 120, high: 120, qualifier: "exact", unit: "cellar", groupId: group.id, pinnedGroup: true,
      },
    });
  }
  // Ruled "not a claim": counts nowhere.
  await db.claim.create({
    data: {
      documentId: first.id, start: 10, end: 13, sentence: "Ignored.", figure: "999", kind: "count", value: 999, low: 999, high: 999,
      qualifier: "exact", unit: "cellar", groupId: group.id, notAClaim: true,
    },
  });
  // A group whose only claim is "not a claim" is not listed at all.
  const empty = await db.group.create({ data: { key: "empty", label: "Nothing left", kind: "count", unit: "ghost", verdict: "single" } });
  await db.claim.create({
    data: {
      documentId: first.id, start: 20, end: 23, sentence: "Gone.", figure: "1", kind: "count", value: 1, low: 1, high: 1,
      qualifier: "exact", unit: "ghost", groupId: empty.id, notAClaim: true,
    },
  });
  all = await listGroups();
});
afterAll(async () => {
  await getDb().$disconnect();
  database.cleanup();
});

/** What the page should hold, computed in memory from every group. */
function reference(filters: GroupFilters, sort: GroupSort | null): number[] {
  const keys = filterGroups(all, filters).map((group) => ({
    id: group.id,
    label: group.label,
    verdict: group.verdict,
    claimCount: group.claims.length,
    sourceCount: countSources(group),
  }));
  return keys.sort(compareGroups(sort)).map((key) => key.id);
}

describe("listGroups", () => {
  it("lists every group with claims, leaving out claims and groups ruled 'not a claim'", () => {
    expect(all).toHaveLength(231);
    expect(all.find((group) => group.label === "Nothing left")).toBeUndefined();
    const zurich = all.find((group) => group.id === zurichGroupId)!;
    expect(zurich.claims.map((claim) => claim.figure)).toEqual(["120", "120"]);
    expect(zurich.independentSources).toBe(1);
  });
});

describe("listGroupPage", () => {
  const cases: [string, GroupFilters, GroupSort | null][] = [
    ["no filter, default order", {}, null],
    ["verdict", { verdict: "discrepancy" }, null],
    ["unit and label sort", { unit: "people" }, { id: "label", desc: false }],
    ["source (an outlet)", { source: "Daily Ledger" }, { id: "verdict", desc: true }],
    ["source (a host)", { source: "wire.example" }, null],
    ["free text, several terms", { q: "district 12" }, { id: "label", desc: true }],
    ["free text with Unicode case", { q: "ZÜRICH cellars" }, null],
    ["everything at once", { verdict: "rounding", unit: "people", source: "Harbour Times", q: "affected" }, { id: "sources", desc: true }],
    ["nothing matches", { verdict: "contradiction", q: "no such words anywhere" }, null],
  ];

  it.each(cases)("%s: the same groups in the same order as the in-memory reference", async (name, filters, sort) => {
    const expected = reference(filters, sort);
    if (name !== "nothing matches") expect(expected.length).toBeGreaterThan(0);
    const pages: number[] = [];
    let page = 1;
    let pageCount = 1;
    do {
      const result = await listGroupPage({ filters, sort, page, pageSize: 40 });
      expect(result.matching).toBe(expected.length);
      expect(result.total).toBe(all.length);
      expect(result.page).toBe(page);
      pageCount = result.pageCount;
      expect(result.groups.length).toBeLessThanOrEqual(40);
      pages.push(...result.groups.map((group) => group.id));
      page++;
    } while (page <= pageCount);
    expect(pages).toEqual(expected);
    expect(await listFilteredGroups(filters, sort).then((groups) => groups.map((group) => group.id))).toEqual(expected);
  });

  it("pages by 100 by default, clamps a page past the end, and counts every matching group", async () => {
    const second = await listGroupPage({ filters: {}, sort: null, page: 2 });
    expect(second.pageSize).toBe(100);
    expect(second.pageCount).toBe(3);
    expect(second.groups.map((group) => group.id)).toEqual(reference({}, null).slice(100, 200));
    const past = await listGroupPage({ filters: {}, sort: null, page: 99 });
    expect(past.page).toBe(3);
    expect(past.groups).toHaveLength(31);
  });

  it("opens on the page holding the focused group when the URL names no page", async () => {
    const order = reference({}, { id: "label", desc: false });
    const target = order[150];
    const result = await listGroupPage({ filters: {}, sort: { id: "label", desc: false }, focusGroupId: target });
    expect(result.page).toBe(2);
    expect(result.groups.some((group) => group.id === target)).toBe(true);
    // An explicit page wins.
    expect((await listGroupPage({ filters: {}, sort: { id: "label", desc: false }, page: 1, focusGroupId: target })).page).toBe(1);
  });

  it("counts facet values over every group, whatever the filter", async () => {
    const filtered = await listGroupPage({ filters: { verdict: "single" }, sort: null, page: 1 });
    expect(filtered.options).toEqual(groupFilterOptions(all));
    const verdicts = Object.fromEntries(filtered.options.verdicts.map((option) => [option.value, option.count]));
    expect(verdicts).toEqual({ contradiction: 46, discrepancy: 46, superseded: 1, rounding: 46, consistent: 46, single: 46 });
    const sources = new Map(filtered.options.sources.map((option) => [option.value, option]));
    expect(sources.get("Neue Zeitung")).toEqual({ value: "Neue Zeitung", label: "Neue Zeitung", count: 1 });
    expect(sources.get("wire.example")?.label).toBe("wire.example");
  });
});

describe("source keys", () => {
  it("are the outlet, else the site's host, else the document id: short and stable", () => {
    expect(sourceKey({ id: 7, outlet: " TASS ", url: "https://tass.ru/x", title: "Long title" })).toBe("TASS");
    expect(sourceKey({ id: 7, outlet: null, url: "https://www.bbc.co.uk/news/1", title: "Long title" })).toBe("bbc.co.uk");
    expect(sourceKey({ id: 7, outlet: null, url: "not a url", title: "Long title" })).toBe("doc-7");
  });
});

describe("groupHistory", () => {
  it("merges the group's events with its claims' events, newest first", async () => {
    const db = getDb();
    const group = all.find((row) => row.id === zurichGroupId)!;
    const [claimA, claimB] = group.claims;
    const other = all.find((row) => row.id !== zurichGroupId)!;
    await db.$transaction(async (tx) => {
      await recordEvents(tx, [{ actor: "Ann", entity: "claim", entityId: claimA.id, action: "review", before: null, after: { status: "verified" } }]);
    });
    await db.$transaction(async (tx) => {
      await recordEvents(tx, [{ actor: "Bob", entity: "group", entityId: group.id, action: "rename", before: "a", after: "b" }]);
      await recordEvents(tx, [{ actor: "Eve", entity: "group", entityId: other.id, action: "rename", before: "x", after: "y" }]);
    });
    await db.$transaction(async (tx) => {
      await recordEvents(tx, [{ actor: "Cy", entity: "claim", entityId: claimB.id, action: "review", before: null, after: { status: "disputed" } }]);
    });
    const history = await groupHistory(group.id);
    expect(history.map((event) => event.actor)).toEqual(["Cy", "Bob", "Ann"]);
    expect(history.map((event) => event.entity)).toEqual(["claim", "group", "claim"]);
  });
});

describe("listDocuments", () => {
  it("sends one page of documents at a time, every document on exactly one page", async () => {
    const total = await getDb().document.count();
    expect(total).toBeGreaterThan(DOCUMENTS_PER_PAGE);
    const first = await listDocuments(1);
    expect(first).toMatchObject({ total, page: 1, pageCount: Math.ceil(total / DOCUMENTS_PER_PAGE) });
    expect(first.documents).toHaveLength(DOCUMENTS_PER_PAGE);
    const pages = await Promise.all(Array.from({ length: first.pageCount }, (_, i) => listDocuments(i + 1)));
    const ids = pages.flatMap((page) => page.documents.map((doc) => doc.id));
    expect(new Set(ids).size).toBe(total);
    // Past the end, or nonsense: the nearest real page.
    expect((await listDocuments(first.pageCount + 5)).page).toBe(first.pageCount);
    expect((await listDocuments(Number.NaN)).page).toBe(1);
  });
});
