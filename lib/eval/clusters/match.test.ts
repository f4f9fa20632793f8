import { describe, expect, it } from "vitest";
import { matchDocument } from "./match";
import { claimAt, doc, goldClaim } from "./test-helpers";

const groupOf = (id: number) => id * 10;

describe("matchDocument", () => {
  const text = "They took 2m euros (\u00a31.7m) in gems. Police said 3 men fled.";
  const euros = claimAt(1, 7, text, "2m euros", 2_000_000, "EUR");
  const pounds = claimAt(2, 7, text, "\u00a31.7m", 1_700_000, "GBP");

  it("prefers, among claims inside the quote, the one whose value agrees", () => {
    const gold = [
      goldClaim({ id: "g1", quote: "2m euros (\u00a31.7m)", value: { type: "number", value: 1_700_000, unit: "GBP" } }),
      goldClaim({ id: "g2", quote: "took 2m euros (\u00a31.7m)", value: { type: "number", value: 2_000_000, unit: "EUR" } }),
    ];
    const result = matchDocument(gold, doc(7, text), [euros, pounds], groupOf);
    expect(result.unmatched).toEqual([]);
    expect(result.matched.map((m) => [m.claim.id, m.extracted.id, m.groupId])).toEqual(
      expect.arrayContaining([
        ["g1", 2, 20],
        ["g2", 1, 10],
      ]),
    );
  });

  it("gives each extracted claim to one gold claim only", () => {
    const gold = [goldClaim({ id: "g1", quote: "3 men fled" }), goldClaim({ id: "g2", quote: "said 3 men" })];
    const men = claimAt(3, 7, text, "3 men", 3);
    const result = matchDocument(gold, doc(7, text), [men], groupOf);
    expect(result.matched).toHaveLength(1);
    expect(result.unmatched.map((u) => u.reason)).toEqual(["not extracted"]);
  });

  it("says why a gold claim is not matched", () => {
    const gold = [
      goldClaim({ id: "missing-quote", quote: "four men" }),
      goldClaim({ id: "not-extracted", quote: "in gems" }),
      goldClaim({ id: "differs", quote: "2m euros", value: { type: "number", value: 2_600_000, unit: "USD" } }),
    ];
    const result = matchDocument(gold, doc(7, text), [euros, pounds], groupOf);
    expect(result.unmatched.map((u) => [u.claim.id, u.reason, u.extractedInQuote])).toEqual([
      ["missing-quote", "quote not found", []],
      ["not-extracted", "not extracted", []],
      ["differs", "value differs", ["2m euros"]],
    ]);
  });

  it("uses the seed figure to choose inside a quote with two numbers", () => {
    const seedText = "the Taliban controls over 70% of the 1,344 km long border";
    const percent = { ...claimAt(1, 1, seedText, "over 70%", 85, "%"), low: 70, high: 100 };
    const km = claimAt(2, 1, seedText, "1,344 km", 1344, "km");
    const gold = [goldClaim({ id: "km", quote: "over 70% of the 1,344 km long", figure: "1,344 km" })];
    const result = matchDocument(gold, doc(1, seedText), [percent, km], groupOf);
    expect(result.matched[0]?.extracted.id).toBe(2);
  });

  it("reports every claim of a missing document", () => {
    const result = matchDocument([goldClaim({ id: "g", quote: "x" })], { ...doc(1, ""), documentId: null, text: null }, [], groupOf);
    expect(result.unmatched[0]?.reason).toBe("document missing");
  });
});
