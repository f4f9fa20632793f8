// Reviewing claims: version checks, bulk all-or-nothing, the audit trail, the queue order.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../cli/paths";
import { getDb } from "../db/client";
import { entityHistory, listEvents } from "./audit";
import { ingestFiles } from "./ingest";
import { listGroups } from "./queries";
import { regroupAll } from "./regroup";
import { resolveGroup, reviewClaims } from "./review";
import { reviewQueue } from "./review-queue";
import { useFreshDatabase } from "./test-database";

let database: ReturnType<typeof useFreshDatabase>;

beforeAll(async () => {
  database = useFreshDatabase();
  const dir = path.join(projectRoot, "samples");
  const files = fs.readdirSync(dir).filter((name) => name.endsWith(".txt"));
  await ingestFiles(files.map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(dir, name))) })));
});
afterAll(async () => {
  await getDb().$disconnect();
  database.cleanup();
});

const severity = { contradiction: 0, discrepancy: 1, rounding: 2, consistent: 3, single: 4 } as Record<string, number>;

describe("review queue", () => {
  it("lists conflicts first, unreviewed before reviewed within a verdict", async () => {
    const first = await reviewQueue();
    expect(first.total).toBeGreaterThan(5);
    const target = first.rows.find((row) => row.verdict === first.rows[0].verdict)!;
    await reviewClaims([{ id: target.claimId, version: target.version }], { status: "verified" }, "Alice");
    const { rows } = await reviewQueue();
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      expect(severity[a.verdict]).toBeLessThanOrEqual(severity[b.verdict]);
      if (a.verdict === b.verdict) expect(Number(a.status !== "unreviewed")).toBeLessThanOrEqual(Number(b.status !== "unreviewed"));
    }
    const sameVerdict = rows.filter((row) => row.verdict === target.verdict);
    expect(sameVerdict[sameVerdict.length - 1].claimId).toBe(target.claimId);
  });

  it("pages on the server", async () => {
    const all = await reviewQueue();
    const page2 = await reviewQueue({}, 2, 3);
    expect(page2.rows.map((row) => row.claimId)).toEqual(all.rows.slice(3, 6).map((row) => row.claimId));
    expect(page2.pageCount).toBe(Math.ceil(all.total / 3));
    expect((await reviewQueue({ status: "verified" })).rows.every((row) => row.status === "verified")).toBe(true);
  });
});

describe("reviewClaims", () => {
  it("stores status, reason, note, reviewer and time, bumps the version and logs before/after", async () => {
    const [row] = (await reviewQueue({ status: "unreviewed" })).rows;
    const [after] = await reviewClaims([{ id: row.claimId, version: row.version }], { status: "disputed", reason: "wrong-figure", note: "Outlet misquotes the ministry" }, "Bob");
    expect(after).toMatchObject({ status: "disputed", reason: "wrong-figure", note: "Outlet misquotes the ministry", reviewedBy: "Bob", version: row.version + 1 });
    expect(Date.now() - Date.parse(after.reviewedAt!)).toBeLessThan(10_000);
    const [event] = await entityHistory("claim", row.claimId);
    expect(event).toMatchObject({ actor: "Bob", action: "review", before: { status: "unreviewed" }, after: { status: "disputed", reviewedBy: "Bob" } });
    const exported = (await listGroups()).flatMap((group) => group.claims).find((claim) => claim.id === row.claimId);
    expect(exported).toMatchObject({ status: "disputed", reason: "wrong-figure", reviewedBy: "Bob" });
  });

  it("refuses a stale save with the current value and changes nothing", async () => {
    const [row] = (await reviewQueue({ status: "unreviewed" })).rows;
    await reviewClaims([{ id: row.claimId, version: row.version }], { status: "verified", note: "first" }, "Alice");
    const events = (await listEvents()).length;
    const error = await reviewClaims([{ id: row.claimId, version: row.version }], { status: "rejected", note: "second" }, "Bob").catch((e) => e);
    expect(error).toMatchObject({ code: "conflict", current: { status: "verified", note: "first", reviewedBy: "Alice" } });
    expect(error.message).toContain("changed by someone else");
    const stored = await getDb().claim.findUniqueOrThrow({ where: { id: row.claimId } });
    expect(stored).toMatchObject({ status: "verified", note: "first", version: row.version + 1 });
    expect((await listEvents()).length).toBe(events);
  });

  it("applies a bulk action in one transaction: all claims or none", async () => {
    const rows = (await reviewQueue({ status: "unreviewed" })).rows.slice(0, 3);
    const refs = rows.map((row) => ({ id: row.claimId, version: row.version }));
    await expect(reviewClaims([...refs.slice(0, 2), { ...refs[2], version: refs[2].version + 5 }], { status: "rejected" }, "Carol")).rejects.toMatchObject({ code: "conflict" });
    for (const row of rows) expect((await getDb().claim.findUniqueOrThrow({ where: { id: row.claimId } })).status).toBe("unreviewed");
    const saved = await reviewClaims(refs, { status: "rejected", reason: "duplicate" }, "Carol");
    expect(saved.map((claim) => claim.status)).toEqual(["rejected", "rejected", "rejected"]);
  });
});

describe("a rejected figure leaves the comparison", () => {
  it("drops out of its group's verdict and spread, also after re-grouping, and comes back when un-rejected", async () => {
    const db = getDb();
    const groups = await db.group.findMany({ where: { verdict: { in: ["discrepancy", "contradiction"] } }, include: { claims: { where: { notAClaim: false } } } });
    const group = groups.find((g) => g.claims.length === 2 && g.claims.every((c) => c.status !== "rejected"))!;
    expect(group).toBeDefined();
    const [kept, dropped] = group.claims;
    await reviewClaims([{ id: dropped.id, version: dropped.version }], { status: "rejected", reason: "misquote" }, "Dana");
    const after = await db.group.findUniqueOrThrow({ where: { id: group.id } });
    expect(after.verdict).toBe("single");
    expect(after.spreadLow).toBe(kept.low ?? null);
    expect(after.spreadHigh).toBe(kept.high ?? null);
    // A re-grouping (any import) judges the group the same way.
    await regroupAll(db);
    const regrouped = await db.claim.findUniqueOrThrow({ where: { id: kept.id }, include: { group: true } });
    expect(regrouped.group?.verdict).toBe("single");
    const rejected = await db.claim.findUniqueOrThrow({ where: { id: dropped.id } });
    expect(rejected.groupId).toBe(regrouped.groupId);
    await reviewClaims([{ id: rejected.id, version: rejected.version }], { status: "unreviewed" }, "Dana");
    const restored = await db.group.findUniqueOrThrow({ where: { id: regrouped.groupId! } });
    expect(restored.verdict).toBe(group.verdict);
  });
});

describe("resolveGroup", () => {
  it("sets the accepted figure with a version check, and the export carries it", async () => {
    const group = (await getDb().group.findFirstOrThrow({ orderBy: { id: "asc" } }));
    await resolveGroup({ id: group.id, version: group.version }, "accepted figure: 1,344 km, source X", "Dana");
    await expect(resolveGroup({ id: group.id, version: group.version }, "other", "Eve")).rejects.toMatchObject({ code: "conflict", current: { resolution: "accepted figure: 1,344 km, source X" } });
    expect((await listGroups()).find((row) => row.id === group.id)?.resolution).toBe("accepted figure: 1,344 km, source X");
    expect((await entityHistory("group", group.id))[0]).toMatchObject({ action: "resolve", actor: "Dana" });
  });
});
