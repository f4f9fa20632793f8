// The seed reference (samples/seeds-gold.json) on hand-built claims
// (seed-claims.ts): what grouping must do whatever the extractor's quirks.
import { describe, expect, it } from "vitest";
import { readSeedGold } from "../eval/seed-gold";
import { groupClaims } from "./group";
import { SEED_SPECS, seedClaims } from "./seed-claims";
import type { ComparableClaim } from "./types";

type GoldRef = { file: string; figure: string; quote?: string };
const gold = readSeedGold();

function fixtureFor(ref: GoldRef, byName: Map<string, ComparableClaim>): ComparableClaim {
  const spec = SEED_SPECS.find((s) => s.file === ref.file && s.figure === ref.figure && (!ref.quote || ref.quote.includes(s.quote ?? s.figure)));
  if (!spec) throw new Error(`no fixture for ${ref.file} ${ref.figure}`);
  return byName.get(spec.name)!;
}

describe("seed reference on hand-built claims", () => {
  const { claims, byName } = seedClaims();
  const groups = groupClaims(claims);
  const groupOf = (c: ComparableClaim) => groups.find((g) => g.claimIds.includes(c.id))!;

  const comesOutWhole = (g: (typeof gold.groups)[number]) => {
    const members = g.claims.map((ref) => fixtureFor(ref, byName));
    const group = groupOf(members[0]);
    expect(group.claimIds).toEqual(members.map((m) => m.id).sort((x, y) => x - y));
    expect(group.verdict).toBe(g.expect);
  };
  it.each(gold.groups.map((g) => [g.key, g] as const))("%s comes out whole with its verdict", (_, g) => comesOutWhole(g));

  it("keeps the 'apart' pairs apart", () => {
    for (const { a, b } of gold.apart) expect(groupOf(fixtureFor(a, byName)).key).not.toBe(groupOf(fixtureFor(b, byName)).key);
  });

  it("leaves the singletons alone", () => {
    for (const ref of gold.singletons) expect(groupOf(fixtureFor(ref, byName)).verdict).toBe("single");
  });

  it("labels the gold groups from shared wording", () => {
    const labelOf = (name: string) => groupOf(byName.get(name)!).label;
    expect(labelOf("fled-1500")).toBe("Afghan soldiers fled");
    expect(labelOf("border-1350")).toBe("border length (km)");
    expect(labelOf("share-70")).toBe("share of border (%)");
  });
});
