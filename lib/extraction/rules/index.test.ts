import { describe, expect, it } from "vitest";
import { extractClaims } from "..";
import { CLAIM_RULES, describeRule } from ".";

describe("claim rules", () => {
  it("have distinct ids, and every variant id extends its rule's id", () => {
    const ids = CLAIM_RULES.flatMap((rule) => [rule.id, ...Object.keys(rule.variants ?? {})]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of CLAIM_RULES) for (const variant of Object.keys(rule.variants ?? {})) expect(variant.startsWith(`${rule.id}.`)).toBe(true);
  });

  it("record on every claim the rule that read it, and each id has a description", () => {
    const text =
      "On 4 March 2019 at about 9.30pm, at least 1,500 people gathered; two-thirds of them were students. " +
      "Tens of thousands watched. No one was hurt. Jane Roe, 41, said it was the fifth attack on the convoy.";
    const claims = extractClaims(text);
    const rules = new Map(claims.map((claim) => [claim.figure, claim.rule]));
    expect(rules.get("4 March 2019")).toBe("date");
    expect(rules.get("about 9.30pm")).toBe("clock-time");
    expect(rules.get("at least 1,500")).toBe("quantity");
    expect(rules.get("two-thirds")).toBe("fraction");
    expect(rules.get("Tens of thousands")).toBe("vague-amount");
    expect(rules.get("No one")).toBe("zero-count");
    expect(rules.get("41")).toMatch(/^age/);
    expect(rules.get("fifth")).toBe("rank");
    for (const claim of claims) expect(describeRule(claim.rule ?? "")).toBeTruthy();
  });
});
