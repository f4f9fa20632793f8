// A crash between saving documents and grouping their claims loses nothing:
// the documents stay marked as owing a grouping, and the next import finishes it.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../db/client";
import { ingestFiles } from "./ingest";
import { needsRegroup } from "./regroup";
import { freshDatabaseForSuite } from "./test-database";

const utf8 = (text: string) => new TextEncoder().encode(text);
const articles = [
  { name: "a.txt", bytes: utf8("Bridge closed after crash\n\nThe bridge was closed for 6 hours after 3 lorries collided on Tuesday, police said.") },
  { name: "b.txt", bytes: utf8("Lorries collide on bridge\n\nThree lorries collided on the bridge on Tuesday, which stayed shut for six hours.") },
];

freshDatabaseForSuite();
beforeAll(async () => {
  await ingestFiles(articles);
}, 60_000);

/** What a kill between the save and the grouping leaves: documents never marked grouped, claims in no group. */
async function simulateInterruptedImport(): Promise<void> {
  const db = getDb();
  await db.document.updateMany({ data: { groupedAt: null } });
  await db.claim.updateMany({ data: { groupId: null } });
  await db.group.deleteMany({});
}

describe("an import cut off before grouping", () => {
  it("is seen as owing a grouping", async () => {
    expect(await needsRegroup(getDb())).toBe(false);
    await simulateInterruptedImport();
    expect(await needsRegroup(getDb())).toBe(true);
  });

  it("is finished by the next import even when every file in it is a duplicate", async () => {
    const outcomes = await ingestFiles(articles);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["duplicate", "duplicate"]);
    const db = getDb();
    expect(await db.claim.count({ where: { notAClaim: false, groupId: null } })).toBe(0);
    expect(await db.claim.count()).toBeGreaterThan(0);
    expect(await db.document.count({ where: { groupedAt: null } })).toBe(0);
    expect(await needsRegroup(db)).toBe(false);
  });
});
