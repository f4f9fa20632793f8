/** The five seed articles against samples/seeds-gold.json. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSeedGold, SAMPLES_DIR, type SeedGoldClaim as GoldClaim } from "../eval/seed-gold";
import { dateISO, extractClaims, type ExtractedClaim } from "./index";

const samples = SAMPLES_DIR;
const gold = readSeedGold();

const cache = new Map<string, { text: string; claims: ExtractedClaim[] }>();
function claimsOf(file: string) {
  let hit = cache.get(file);
  if (!hit) {
    const text = readFileSync(join(samples, file), "utf8");
    hit = { text, claims: extractClaims(text, { referenceYear: 2021 }) };
    cache.set(file, hit);
  }
  return hit;
}

function sameBound(actual: number | null, expected: number | string | null | undefined, kind: string): boolean {
  if (expected === undefined) return true;
  if (expected === null) return actual === null;
  if (actual === null) return false;
  if (typeof expected === "string") return kind === "date" && dateISO(actual) === expected;
  return Math.abs(actual - expected) <= 0.01;
}

const expected: GoldClaim[] = [...gold.groups.flatMap((g) => g.claims), ...gold.singletons];

describe("seed articles: gold claims", () => {
  it.each(expected.map((c) => [`${c.file} ${c.figure}`, c] as const))("%s", (_name, g) => {
    const { text, claims } = claimsOf(g.file);
    const quoteAt = text.indexOf(g.quote);
    expect(quoteAt, "quote in file").toBeGreaterThanOrEqual(0);
    const figStart = quoteAt + g.quote.indexOf(g.figure);
    const figEnd = figStart + g.figure.length;
    const overlapping = claims.filter((c) => c.start < figEnd && c.end > figStart);
    expect(overlapping.map((c) => c.figure), "a claim over the gold figure").not.toHaveLength(0);
    const match = overlapping.find(
      (c) =>
        sameBound(c.low, g.low, c.kind) &&
        sameBound(c.high, g.high, c.kind) &&
        (!g.attributed_to || (c.attribution ?? "").includes(g.attributed_to)),
    );
    expect(match, JSON.stringify(overlapping.map(({ figure, low, high, attribution }) => ({ figure, low, high, attribution })))).toBeDefined();
  });
});

describe("seed articles: not claims", () => {
  const ours = gold.not_claims.filter((n) => n.text === "One Belt One Road" || n.text === "For three reasons: First");
  it.each(ours.map((n) => [n.text, n] as const))("%s", (_name, n) => {
    const { text, claims } = claimsOf(n.file);
    const at = text.indexOf(n.text);
    expect(at).toBeGreaterThanOrEqual(0);
    const inside = claims.filter((c) => c.start < at + n.text.length && c.end > at);
    expect(inside).toEqual([]);
  });
});

describe("seed articles: invariants", () => {
  it("figure is always the exact slice and claims are sorted", () => {
    for (const file of ["000_5bb1e4d382db4b1a.txt", "001_5025d92cc29e94da.txt", "002_03711a2154ad3567.txt", "003_755ec97cd9528371.txt", "004_84cb13d0e573ba17.txt"]) {
      const { text, claims } = claimsOf(file);
      let previous = -1;
      for (const c of claims) {
        expect(text.slice(c.start, c.end)).toBe(c.figure);
        expect(text.slice(c.sentenceStart, c.sentenceStart + c.sentence.length)).toBe(c.sentence);
        expect(c.start).toBeGreaterThanOrEqual(previous);
        previous = c.start;
      }
    }
  });
});
