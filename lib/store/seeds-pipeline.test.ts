// The seed reference end to end: raw sample files → ingest (cleaning) →
// extraction → SQLite → grouping → the groups the UI and exports read.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSeedGold, SAMPLES_DIR, type SeedGoldClaim as GoldClaim } from "../eval/seed-gold";
import { getDb } from "../db/client";
import { ingestFiles } from "./ingest";
import { getDocument, listGroups } from "./queries";
import { useFreshDatabase } from "./test-database";
import type { ClaimRow, GroupRow } from "./types";
import { dateISO } from "../extraction";

const samplesDir = SAMPLES_DIR;
const gold = readSeedGold();
let database: ReturnType<typeof useFreshDatabase>;
let groups: GroupRow[];
const texts = new Map<string, string>();

beforeAll(async () => {
  database = useFreshDatabase();
  const files = fs.readdirSync(samplesDir).filter((name) => name.endsWith(".txt")).sort();
  const outcomes = await ingestFiles(
    files.map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(samplesDir, name))) })),
  );
  expect(outcomes.map((o) => o.status)).toEqual(files.map(() => "imported"));
  for (const outcome of outcomes) texts.set(outcome.fileName, (await getDocument(outcome.documentId!))!.text);
  groups = await listGroups();
}, 60_000);

afterAll(async () => {
  await getDb().$disconnect();
  database.cleanup();
});

function allClaims(): (ClaimRow & { groupId: number })[] {
  return groups.flatMap((group) => group.claims.map((claim) => ({ ...claim, groupId: group.id })));
}

/** The stored claim whose figure lies inside the gold quote and overlaps the gold figure. */
function findClaim(ref: { file: string; figure: string; quote?: string }) {
  const text = texts.get(ref.file)!;
  const quoteStart = ref.quote ? text.indexOf(ref.quote) : 0;
  expect(quoteStart, `quote survives cleaning: ${ref.quote}`).toBeGreaterThanOrEqual(0);
  const figureStart = text.indexOf(ref.figure, quoteStart);
  const figureEnd = figureStart + ref.figure.length;
  return allClaims().find(
    (claim) => claim.document.file === ref.file && claim.start < figureEnd && claim.end > figureStart,
  );
}

function asNumber(bound: number | string | null | undefined): number | null {
  if (bound === null || bound === undefined) return null;
  return typeof bound === "number" ? bound : NaN;
}

function expectBounds(claim: ClaimRow, ref: GoldClaim) {
  if (claim.kind === "date") {
    expect(claim.low === null ? null : dateISO(claim.low)).toBe(ref.low ?? null);
    expect(claim.high === null ? null : dateISO(claim.high)).toBe(ref.high ?? null);
    return;
  }
  const low = asNumber(ref.low);
  const high = asNumber(ref.high);
  if (low === null) expect(claim.low).toBeNull();
  else expect(claim.low).toBeCloseTo(low, 1);
  // An open upper bound on a percentage is the whole: 100%.
  if (high === null) expect(claim.high === null || (claim.unit === "%" && claim.high === 100)).toBe(true);
  else expect(claim.high).toBeCloseTo(high, 1);
}

describe("the seed reference, end to end", () => {
  it("extracts every reference claim with the interval its wording allows", () => {
    for (const ref of [...gold.groups.flatMap((group) => group.claims), ...gold.singletons]) {
      const claim = findClaim(ref);
      expect(claim, `${ref.file}: ${ref.figure}`).toBeDefined();
      expect(claim!.figure).toContain(ref.figure.replace(/^(at least|more than|over|about|some|almost|up to) /, ""));
      if ("low" in ref) expectBounds(claim!, ref);
      if (ref.attributed_to) expect(claim!.attribution ?? "").toContain(ref.attributed_to);
    }
  });

  const comesOutWhole = (group: (typeof gold.groups)[number]) => {
    const groupIds = new Set(group.claims.map((ref) => findClaim(ref)!.groupId));
    expect(groupIds.size, group.key).toBe(1);
    const stored = groups.find((candidate) => candidate.id === [...groupIds][0])!;
    expect(stored.verdict, group.key).toBe(group.expect);
    expect(stored.claims).toHaveLength(group.claims.length);
  };
  it("puts each reference group whole into one group whose verdict says the figures differ", () => {
    for (const group of gold.groups) comesOutWhole(group);
  });

  it("keeps the apart pairs in different groups", () => {
    for (const pair of gold.apart) {
      expect(findClaim(pair.a)!.groupId, `${pair.a.figure} / ${pair.b.figure}`).not.toBe(findClaim(pair.b)!.groupId);
    }
  });

  it("does not turn names, list markers or site boilerplate into claims", () => {
    for (const notClaim of gold.not_claims) {
      const text = texts.get(notClaim.file)!;
      const start = text.indexOf(notClaim.text);
      if (start < 0) continue; // stripped with the boilerplate: certainly no claim
      const end = start + notClaim.text.length;
      const inside = allClaims().filter((c) => c.document.file === notClaim.file && c.start < end && c.end > start);
      expect(inside.map((c) => c.figure), notClaim.text).toEqual([]);
    }
    expect(texts.get("004_84cb13d0e573ba17.txt")).not.toContain("three articles of your choice");
  });

  it("stores every claim in exactly one group", async () => {
    const stored = await getDb().claim.count();
    const ids = allClaims().map((claim) => claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(stored);
  });
});
