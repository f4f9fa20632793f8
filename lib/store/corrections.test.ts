// Every correction survives re-grouping (regroupAll) and re-importing the same files.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { projectRoot } from "../cli/paths";
import { getDb } from "../db/client";
import { entityHistory, listEvents } from "./audit";
import { mergeGroups, moveClaims, renameGroup, setNotAClaim, splitGroup } from "./corrections";
import { ingestFiles } from "./ingest";
import { regroupAll } from "./regroup";
import { ReviewError } from "./review-errors";
import { useFreshDatabase } from "./test-database";

const samplesDir = path.join(projectRoot, "samples");
const sampleInputs = () =>
  fs
    .readdirSync(samplesDir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(samplesDir, name))) }));

let database: ReturnType<typeof useFreshDatabase>;
const db = () => getDb();

beforeAll(async () => {
  database = useFreshDatabase();
  await ingestFiles(sampleInputs());
});
afterAll(async () => {
  await getDb().$disconnect();
  database.cleanup();
});

/** Groups with at least `size` claims, largest first. */
async function groupsWithClaims(size: number) {
  const groups = await db().group.findMany({ include: { claims: { where: { notAClaim: false }, orderBy: { id: "asc" } } } });
  return groups.filter((group) => group.claims.length >= size).sort((a, b) => b.claims.length - a.claims.length || a.id - b.id);
}

async function claimRef(id: number) {
  const claim = await db().claim.findUniqueOrThrow({ where: { id } });
  return { id, version: claim.version };
}

async function groupRef(id: number) {
  const group = await db().group.findUniqueOrThrow({ where: { id } });
  return { id, version: group.version };
}

async function groupOf(claimId: number) {
  return (await db().claim.findUniqueOrThrow({ where: { id: claimId }, include: { group: true } })).group;
}

async function snapshot() {
  const [documents, claims, groups, events] = await Promise.all([
    db().document.count(),
    db().claim.findMany({ orderBy: { id: "asc" }, select: { id: true, groupId: true, status: true, note: true, notAClaim: true, pinnedGroup: true, version: true } }),
    db().group.findMany({ orderBy: { id: "asc" }, select: { id: true, label: true, resolution: true, manual: true } }),
    db().reviewEvent.count(),
  ]);
  return { documents, claims, groups, events };
}

describe("corrections survive re-grouping", () => {
  beforeEach(async () => {
    // Start each case from the machine's grouping state, keeping earlier corrections as they are.
    await regroupAll(db());
  });

  it("move: a claim moved into another group stays there", async () => {
    const [target, source] = await groupsWithClaims(2);
    const moved = source.claims[0].id;
    await moveClaims([await claimRef(moved)], target.id, "Alice");
    await regroupAll(db());
    const group = await groupOf(moved);
    expect(group?.id).toBe(target.id);
    expect(group?.manual).toBe(true);
    // The target's own members stayed too.
    for (const member of target.claims) expect((await groupOf(member.id))?.id).toBe(target.id);
    const history = await entityHistory("claim", moved);
    expect(history[0]).toMatchObject({ actor: "Alice", action: "move", before: { groupId: source.id }, after: { groupId: target.id } });
  });

  it("split: claims split off stay in their new group, the rest in the old one", async () => {
    const [group] = await groupsWithClaims(3);
    const splitOff = group.claims.slice(0, 1).map((claim) => claim.id);
    const newId = await splitGroup(await groupRef(group.id), await Promise.all(splitOff.map(claimRef)), "Split off by hand", "Bob");
    await regroupAll(db());
    expect((await groupOf(splitOff[0]))?.id).toBe(newId);
    expect((await groupOf(splitOff[0]))?.label).toBe("Split off by hand");
    for (const member of group.claims.slice(1)) expect((await groupOf(member.id))?.id).toBe(group.id);
    expect((await entityHistory("group", newId))[0]).toMatchObject({ action: "split", actor: "Bob" });
  });

  it("merge: two groups become one and stay one", async () => {
    const candidates = await groupsWithClaims(1);
    const [target, other] = candidates.slice(-2);
    const members = [...target.claims, ...other.claims].map((claim) => claim.id);
    await mergeGroups(await groupRef(target.id), [await groupRef(other.id)], "Carol");
    await regroupAll(db());
    for (const id of members) expect((await groupOf(id))?.id).toBe(target.id);
    expect(await db().group.findUnique({ where: { id: other.id } })).toBeNull();
  });

  it("a correction recomputes the verdict and the independent sources of the groups it touches", async () => {
    const singles = (await groupsWithClaims(1)).filter((group) => group.claims.length === 1);
    const [first, second] = [singles[0], singles.find((group) => group.claims[0].documentId !== singles[0].claims[0].documentId)!];
    await mergeGroups(await groupRef(first.id), [await groupRef(second.id)], "Dana");
    const merged = await db().group.findUniqueOrThrow({ where: { id: first.id } });
    expect(merged.independentSources).toBe(2);
    expect(merged.verdict).not.toBe("single");
  });

  it("rename: an analyst's label is kept", async () => {
    const [group] = await groupsWithClaims(2);
    await renameGroup(await groupRef(group.id), "  Soldiers   who fled ", "Dan");
    await regroupAll(db());
    const after = await db().group.findUniqueOrThrow({ where: { id: group.id } });
    expect(after).toMatchObject({ label: "Soldiers who fled", manual: true });
    expect((await entityHistory("group", group.id))[0]).toMatchObject({ action: "rename", before: { label: group.label }, after: { label: "Soldiers who fled" } });
  });

  it("not a claim: the claim leaves its group and stays out; restoring brings it back", async () => {
    const [group] = await groupsWithClaims(2);
    const claimId = group.claims[group.claims.length - 1].id;
    await setNotAClaim(await claimRef(claimId), true, "Erin");
    await regroupAll(db());
    const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim).toMatchObject({ notAClaim: true, groupId: null });
    await setNotAClaim(await claimRef(claimId), false, "Erin");
    expect((await db().claim.findUniqueOrThrow({ where: { id: claimId } })).groupId).not.toBeNull();
  });

  it("a refused correction changes nothing", async () => {
    const [target, source] = await groupsWithClaims(2);
    const before = await snapshot();
    const stale = { id: source.claims[0].id, version: (await claimRef(source.claims[0].id)).version - 1 };
    await expect(moveClaims([await claimRef(source.claims[1].id), stale], target.id, "Mallory")).rejects.toMatchObject({ code: "conflict" });
    await expect(renameGroup(await groupRef(target.id), "   ", "Mallory")).rejects.toBeInstanceOf(ReviewError);
    await expect(moveClaims([await claimRef(source.claims[0].id)], 999_999, "Mallory")).rejects.toMatchObject({ code: "not-found" });
    expect(await snapshot()).toEqual(before);
  });

  it("re-importing the same files is a duplicate and erases or duplicates nothing", async () => {
    const before = await snapshot();
    expect(before.events).toBeGreaterThan(0);
    const outcomes = await ingestFiles(sampleInputs());
    expect(outcomes.every((outcome) => outcome.status === "duplicate")).toBe(true);
    expect(await snapshot()).toEqual(before);
    // Even a forced re-grouping keeps every correction and the log.
    await regroupAll(db());
    const after = await snapshot();
    expect(after.groups.filter((group) => group.manual)).toEqual(before.groups.filter((group) => group.manual));
    expect(after.claims.filter((claim) => claim.pinnedGroup || claim.notAClaim)).toEqual(
      before.claims.filter((claim) => claim.pinnedGroup || claim.notAClaim),
    );
    expect((await listEvents()).length).toBe(before.events);
  });
});
