// Past the database's bound-parameter limit (999 on SQLite): more documents, stories
// and groups than one statement may list must still leave every claim in a group.
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_BOUND_VALUES } from "../db/chunks";
import { getDb } from "../db/client";
import { mulberry32 } from "../eval/bench-corpus";
import { ingestFiles } from "./ingest";
import { listEvents } from "./audit";
import { listGroupPage } from "./queries";
import { reviewClaims } from "./review";
import { needsRegroup, regroupAll } from "./regroup";
import { freshDatabaseForSuite } from "./test-database";

const DOCUMENTS = 1_100;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A made-up place name per document, so story detection finds no two documents alike. */
function placeName(random: () => number): string {
  const letters = "bcdfghjklmnpqrstvwxz";
  const vowels = "aeiou";
  let name = "";
  for (let i = 0; i < 4; i++) name += letters[Math.floor(random() * letters.length)] + vowels[Math.floor(random() * vowels.length)];
  return name[0].toUpperCase() + name.slice(1);
}

freshDatabaseForSuite();
beforeAll(async () => {
  const random = mulberry32(7);
  const files = Array.from({ length: DOCUMENTS }, (_, i) => {
    const place = placeName(random);
    return { name: `report-${i}.txt`, bytes: utf8(`${place} ferry report\n\nThe ferry to ${place} carried ${100 + i} passengers on its first crossing, the operator said.`) };
  });
  const outcomes = await ingestFiles(files);
  expect(outcomes.filter((outcome) => outcome.status === "imported")).toHaveLength(DOCUMENTS);
}, 180_000);

describe("an import larger than one statement may list", () => {
  it("stores more stories and groups than the parameter limit and leaves no claim outside a group", async () => {
    const db = getDb();
    expect(await db.story.count()).toBeGreaterThan(MAX_BOUND_VALUES);
    expect(await db.group.count()).toBeGreaterThan(MAX_BOUND_VALUES);
    expect(await db.claim.count({ where: { notAClaim: false, groupId: null } })).toBe(0);
    expect(await db.document.count({ where: { groupedAt: null } })).toBe(0);
    expect(await needsRegroup(db)).toBe(false);
  });

  it("filters the comparison by a source that holds more documents than one statement may list", async () => {
    const db = getDb();
    await db.document.updateMany({ data: { outlet: "Wire Desk" } });
    const groups = await db.group.count({ where: { claims: { some: { notAClaim: false } } } });
    const page = await listGroupPage({ filters: { source: "Wire Desk" }, sort: null }, db);
    expect(page.matching).toBe(groups);
    expect((await listGroupPage({ filters: { source: "Another Desk" }, sort: null }, db)).matching).toBe(0);
  });

  it("reviews more claims at once than one statement may list, and reads their history back", async () => {
    const db = getDb();
    const claims = await db.claim.findMany({ select: { id: true, version: true }, take: MAX_BOUND_VALUES + 150, orderBy: { id: "asc" } });
    expect(claims.length).toBeGreaterThan(MAX_BOUND_VALUES);
    await reviewClaims(claims, { status: "verified" }, "bulk reviewer");
    const events = await listEvents({ claimIds: claims.map((claim) => claim.id) });
    expect(events.filter((event) => event.actor === "bulk reviewer")).toHaveLength(claims.length);
  }, 60_000);

  it("re-groups the same database again without a change and without an error", async () => {
    const db = getDb();
    const before = await db.group.findMany({ select: { id: true, key: true }, orderBy: { id: "asc" } });
    await regroupAll(db);
    const after = await db.group.findMany({ select: { id: true, key: true }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
  }, 120_000);
});
