// End to end on the raw seed articles: extraction (lib/extraction) then
// grouping, against samples/seeds-gold.json.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSeedGold } from "../eval/seed-gold";
import { extractClaims } from "../extraction";
import { groupClaims } from "./index";
import { SAMPLES_DIR, sampleText } from "./test-fixtures";
import type { ComparableClaim } from "./types";

type GoldRef = { file: string; figure: string; quote?: string };
const gold = readSeedGold();

const files = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith(".txt")).sort();
const claims: ComparableClaim[] = [];
for (const [index, file] of files.entries()) {
  for (const extracted of extractClaims(sampleText(file), { referenceYear: 2021 })) {
    claims.push({ ...extracted, id: claims.length + 1, documentId: index + 1, source: file });
  }
}
const groups = groupClaims(claims);

/** The extracted claim for a gold reference: same file and figure, inside the quote when given. */
function find(ref: GoldRef): ComparableClaim {
  const documentId = files.indexOf(ref.file) + 1;
  const text = sampleText(ref.file);
  const quoteAt = ref.quote ? text.indexOf(ref.quote) : -1;
  const found = claims.find(
    (c) =>
      c.documentId === documentId &&
      c.figure === ref.figure &&
      (quoteAt < 0 || (c.start >= quoteAt && c.end <= quoteAt + (ref.quote ?? "").length)),
  );
  if (!found) throw new Error(`not extracted: ${ref.file} ${ref.figure}`);
  return found;
}
const groupOf = (c: ComparableClaim) => groups.find((g) => g.claimIds.includes(c.id))!;

describe("seeds: extraction + grouping", () => {
  it("puts every extracted claim in exactly one group", () => {
    expect(groups.flatMap((g) => g.claimIds).sort((a, b) => a - b)).toEqual(claims.map((c) => c.id));
  });

  const comesOutWhole = (g: (typeof gold.groups)[number]) => {
    const members = g.claims.map(find);
    const group = groupOf(members[0]);
    for (const m of members) expect(groupOf(m).key).toBe(group.key);
    expect(group.verdict).toBe(g.expect);
  };
  it.each(gold.groups.map((g) => [g.key, g] as const))("%s comes out whole with its verdict", (_, g) => comesOutWhole(g));

  it("keeps the 'apart' pairs apart", () => {
    for (const { a, b } of gold.apart) expect(groupOf(find(a)).key).not.toBe(groupOf(find(b)).key);
  });

  it("does not merge the singletons into the gold groups", () => {
    const goldKeys = new Set(gold.groups.map((g) => groupOf(find(g.claims[0])).key));
    for (const ref of gold.singletons) expect(goldKeys.has(groupOf(find(ref)).key)).toBe(false);
  });

  it("leaves the singletons alone", () => {
    for (const ref of gold.singletons) expect(groupOf(find(ref)).verdict).toBe("single");
  });
});
