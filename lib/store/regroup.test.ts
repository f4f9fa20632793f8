// Re-grouping stores what the comparison computed per claim: here, money restated in the group's currency.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../db/client";
import { ingestFiles } from "./ingest";
import { regroupAll, regroupOwed } from "./regroup";
import { useFreshDatabase } from "./test-database";

const { cleanup } = useFreshDatabase();
const db = () => getDb();

const text = (s: string) => new TextEncoder().encode(s);

beforeAll(async () => {
  await ingestFiles([
    { name: "lyon-a.txt", bytes: text("Jewel thieves raid Lyon shop\n\nThieves took jewels worth €2m (£1.7m) from a shop in central Lyon on Monday, police said.") },
    { name: "lyon-b.txt", bytes: text("Lyon jewellery shop raided\n\nJewels worth £1.7m were stolen from a shop in central Lyon on Monday, police said.") },
    { name: "lyon-c.txt", bytes: text("Raid on Lyon jeweller\n\nThieves stole jewels worth £1.7m from a shop in central Lyon on Monday.") },
  ]);
  await regroupAll(db());
}, 60_000);

afterAll(async () => {
  await db().$disconnect();
  cleanup();
});

describe("regroupAll", () => {
  it("persists each converted claim's value in its group's currency and the rate used", async () => {
    const money = await db().claim.findMany({ where: { kind: "money" }, include: { group: true } });
    const converted = money.filter((c) => c.conversionRate !== null);
    expect(converted.length).toBeGreaterThan(0);
    for (const c of converted) {
      expect(c.unit).not.toBe(c.group!.unit);
      expect(c.convertedValue).toBeCloseTo(c.value! * c.conversionRate!, 6);
    }
    // Claims stated in the group's own currency carry no conversion.
    for (const c of money.filter((m) => m.unit === m.group?.unit)) expect(c.convertedValue).toBeNull();
    // Re-grouping again is stable: conversions are cleared and set afresh, not accumulated.
    await regroupAll(db());
    const again = await db().claim.findMany({ where: { kind: "money", conversionRate: { not: null } } });
    expect(again.map((c) => [c.id, c.convertedValue])).toEqual(converted.map((c) => [c.id, c.convertedValue]));
  });
});

describe("ingest", () => {
  it("stores what each figure is about (the extractor's concept) with the claim", async () => {
    const { extractClaims } = await import("../extraction");
    const stored = await db().claim.findMany({ orderBy: { id: "asc" } });
    const documents = await db().document.findMany({ orderBy: { id: "asc" } });
    const expected = documents.flatMap((d) => extractClaims(d.text, { referenceYear: 2025 }).map((c) => c.concept ?? null));
    expect(stored.map((c) => c.concept)).toEqual(expected);
    expect(stored.some((c) => c.concept !== null)).toBe(true);
  });
});

describe("regroupOwed", () => {
  it("redoes only the story an import touched: the other stories' groups are not rewritten", async () => {
    const lyonGroups = () => db().group.findMany({ select: { id: true, key: true, updatedAt: true }, orderBy: { id: "asc" } });
    const before = await lyonGroups();
    expect(await regroupOwed(db())).toEqual({ stories: 0, groups: 0, claims: 0 });
    await ingestFiles([{ name: "harbour.txt", bytes: text("Harbour crane collapses\n\nA crane fell onto 4 containers at the northern harbour on Friday; 2 dock workers were hurt.") }]);
    const after = await lyonGroups();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
    expect(await db().claim.count({ where: { notAClaim: false, groupId: null } })).toBe(0);
    // Owed again, as a crash would leave it: only the harbour story is read and grouped.
    const harbour = await db().document.findFirstOrThrow({ where: { fileName: "harbour.txt" }, include: { _count: { select: { claims: true } } } });
    await db().document.update({ where: { id: harbour.id }, data: { groupedAt: null } });
    expect(await regroupOwed(db())).toMatchObject({ stories: 1, claims: harbour._count.claims });
  });
});
