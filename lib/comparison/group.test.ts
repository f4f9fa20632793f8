import { beforeEach, describe, expect, it } from "vitest";
import { groupClaims } from "./group";
import type { ClaimGroupResult, ComparableClaim } from "./types";
import { claim, pairOf, resetIds } from "./test-fixtures";

beforeEach(() => resetIds());

const groupOf = (groups: ClaimGroupResult[], c: ComparableClaim) => groups.find((g) => g.claimIds.includes(c.id))!;
const together = (groups: ClaimGroupResult[], ...cs: ComparableClaim[]) => new Set(cs.map((c) => groupOf(groups, c).key)).size === 1;

describe("groupClaims: which statements are one quantity", () => {
  it("groups lengths across km and miles, and judges after converting", () => {
    const a = claim({ text: "The new pipeline will run 1,200 kilometers from the coast to the capital.", figure: "1,200 kilometers", kind: "length", unit: "km", value: 1200, subject: "pipeline", precision: 100 });
    const b = claim({ text: "Engineers say the pipeline, stretching 746 miles from the coast to the capital, opens next year.", figure: "746 miles", kind: "length", unit: "mi", value: 746, subject: "pipeline" });
    const groups = groupClaims([a, b]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ key: `g${a.id}`, kind: "length", unit: "km", verdict: "rounding", spreadLow: 1200 });
    expect(groups[0].spreadHigh).toBeCloseTo(1200.57, 2); // 746 mi
    expect(groups[0].label).toBe("pipeline length (km)");
  });

  it("groups a percentage with a fraction of the same share", () => {
    const a = claim({ text: "Turnout reached 60% of registered voters in the northern province.", figure: "60%", kind: "percent", unit: "%", value: 60, subject: "registered voters", precision: 10 });
    const b = claim({ text: "Roughly three-fifths of registered voters in the northern province turned out, officials said.", figure: "three-fifths", kind: "percent", unit: "%", value: 60, subject: "registered voters", precision: 0, attribution: "officials" });
    const groups = groupClaims([a, b]);
    expect(groups).toHaveLength(1);
    expect(groups[0].verdict).toBe("consistent");
  });

  it("never compares money across currencies", () => {
    const a = claim({ text: "The government pledged $2 billion in flood relief for the region.", figure: "$2 billion", kind: "money", unit: "USD", value: 2e9, subject: "flood relief", precision: 1e9 });
    const b = claim({ text: "The government pledged €2 billion in flood relief for the region.", figure: "€2 billion", kind: "money", unit: "EUR", value: 2e9, subject: "flood relief", precision: 1e9 });
    const c = claim({ text: "The cabinet approved $2.1 billion in flood relief for the region.", figure: "$2.1 billion", kind: "money", unit: "USD", value: 2.1e9, subject: "flood relief", precision: 0.1e9 });
    const groups = groupClaims([a, b, c]);
    expect(together(groups, a, c)).toBe(true);
    expect(together(groups, a, b)).toBe(false);
    expect(groupOf(groups, b).verdict).toBe("single");
  });

  it("keeps a part ('the largest single group') apart from the total", () => {
    const total = claim({ text: "Floods across the region killed at least 40 people this week.", figure: "at least 40", value: 40, low: 40, high: null, qualifier: "at_least", subject: "people", precision: 10 });
    const part = claim({ text: "Of the people killed in floods across the region, the largest single group was 15 people in one village.", figure: "15", value: 15, subject: "people" });
    const sameWithoutMarker = claim({ text: "Floods across the region killed 15 people, officials said.", figure: "15", value: 15, subject: "people", attribution: "officials" });
    expect(together(groupClaims([total, part]), total, part)).toBe(false);
    // Control: without the scope marker the same figure is read as the total.
    const groups = groupClaims([total, sameWithoutMarker]);
    expect(together(groups, total, sameWithoutMarker)).toBe(true);
    expect(groupOf(groups, total).verdict).toBe("contradiction");
  });

  it("keeps increments and rates apart from levels", () => {
    const level = claim({ text: "The army keeps 5,000 troops stationed along the northern border.", figure: "5,000", value: 5000, subject: "troops", unit: "troops", precision: 1000 });
    const increment = claim({ text: "The army will send an additional 5,000 troops to the northern border.", figure: "5,000", value: 5000, subject: "troops", unit: "troops", precision: 1000 });
    const rate = claim({ text: "Every month, 5,000 troops rotate through posts on the northern border.", figure: "5,000", value: 5000, subject: "troops", unit: "troops", precision: 1000 });
    const groups = groupClaims([level, increment, rate]);
    expect(groups.map((g) => g.verdict)).toEqual(["single", "single", "single"]);
  });

  it("marks two cited sources of one noun inside one article", () => {
    const text =
      "Reuters reported that about 2,000 protesters gathered outside parliament on Sunday. " +
      "The Associated Press put the number of protesters outside parliament at some 5,000.";
    const reuters = claim({ text, figure: "about 2,000", value: 2000, low: 1800, high: 2200, qualifier: "about", subject: "protesters", attribution: "Reuters", precision: 1000 });
    const ap = claim({ text, figure: "some 5,000", value: 5000, low: 4500, high: 5500, qualifier: "about", subject: "the number of protesters", attribution: "The Associated Press", precision: 1000 });
    expect(pairOf(reuters, ap)).toMatchObject({ sameDocument: 1, sameDocumentOtherSource: 1, headSame: 1 });
  });

  it("keeps two figures of one document and one source apart, even on one topic", () => {
    const text =
      "Police said 2,000 protesters gathered outside parliament on Sunday. " +
      "By evening, police said, 2,500 protesters had gathered outside parliament.";
    const first = claim({ text, figure: "2,000", value: 2000, subject: "protesters", attribution: "police", precision: 1000 });
    const second = claim({ text, figure: "2,500", value: 2500, subject: "protesters", attribution: "Police", precision: 100 });
    expect(groupClaims([first, second])).toHaveLength(2);
  });

  it("allows two dates of one document when they set the same deadline", () => {
    const text =
      "The rebels demanded that all foreign troops withdraw from the country by March 1. " +
      "The government has pledged to withdraw all foreign troops from the country by April 15.";
    const rebels = claim({ text, figure: "March 1", kind: "date", unit: "date", value: 19417, attribution: "the rebels" });
    const government = claim({ text, figure: "April 15", kind: "date", unit: "date", value: 19462 });
    const groups = groupClaims([rebels, government]);
    expect(groups).toHaveLength(1);
    expect(groups[0].verdict).toBe("contradiction");
  });

  it("keeps different counted nouns apart (provinces against provincial capitals)", () => {
    const provinces = claim({ text: "The rebels now hold 12 provinces in the north of the country.", figure: "12", value: 12, unit: "provinces", subject: "provinces" });
    const capitals = claim({ text: "The rebels now hold at least 9 provincial capitals in the north.", figure: "at least 9", value: 9, low: 9, high: null, qualifier: "at_least", unit: "provincial capitals", subject: "provincial capitals" });
    const provincesAgain = claim({ text: "Rebels control 14 provinces in the country's north, the ministry said.", figure: "14", value: 14, unit: "provinces", subject: "provinces", attribution: "the ministry" });
    const groups = groupClaims([provinces, capitals, provincesAgain]);
    expect(together(groups, provinces, capitals)).toBe(false);
    expect(together(groups, provinces, provincesAgain)).toBe(true);
    expect(groupOf(groups, provinces).verdict).toBe("contradiction");
  });

  it("keeps figures an order of magnitude apart from each other", () => {
    const border = claim({ text: "Troops guard the 1,350-kilometer border with the neighbouring state.", figure: "1,350-kilometer", kind: "length", unit: "km", value: 1350, subject: "border", precision: 10 });
    const distance = claim({ text: "The drills took place about 20 kilometers from the border with the neighbouring state.", figure: "about 20 kilometers", kind: "length", unit: "km", value: 20, low: 18, high: 22, qualifier: "about", subject: "drills", precision: 10 });
    expect(groupClaims([border, distance])).toHaveLength(2);
  });

  it("never groups across stories when stories are known", () => {
    const a = claim({ text: "The storm left 30 people dead in the coastal town.", figure: "30", value: 30, subject: "people", storyId: "storm-a" });
    const b = claim({ text: "The storm left 30 people dead in the coastal town.", figure: "30", value: 30, subject: "people", documentId: 99, storyId: "storm-b" });
    const c = claim({ text: "The storm left 30 people dead in the coastal town.", figure: "30", value: 30, subject: "people", documentId: 98, storyId: "storm-a" });
    const groups = groupClaims([a, b, c]);
    expect(together(groups, a, c)).toBe(true);
    expect(together(groups, a, b)).toBe(false);
  });
});

describe("groupClaims: the result", () => {
  const build = () => {
    resetIds(10);
    return [
      claim({ text: "Floods across the region killed 40 people this week.", figure: "40", value: 40, subject: "people", precision: 10 }),
      claim({ text: "Officials say floods across the region killed 42 people this week.", figure: "42", value: 42, subject: "people", attribution: "officials" }),
      claim({ text: "The region's new bridge is 400 meters long.", figure: "400 meters", kind: "length", unit: "m", value: 400, subject: "bridge", precision: 100 }),
    ];
  };

  it("puts every claim in exactly one group, keyed by its smallest id", () => {
    const claims = build();
    const groups = groupClaims(claims);
    const ids = groups.flatMap((g) => g.claimIds).sort((x, y) => x - y);
    expect(ids).toEqual(claims.map((c) => c.id));
    for (const g of groups) expect(g.key).toBe(`g${Math.min(...g.claimIds)}`);
    // 42 lies in the rounding window of 40 (step 10): [35, 45)
    expect(groups.map((g) => g.verdict)).toEqual(["rounding", "single"]);
  });

  it("is deterministic whatever the input order", () => {
    const claims = build();
    expect(groupClaims([...claims].reverse())).toEqual(groupClaims(claims));
  });

  it("handles no claims", () => {
    expect(groupClaims([])).toEqual([]);
  });

  // Speed is measured by `npm run bench -- group`, not asserted here.
  it("groups thousands of articles on many topics without mixing topics", () => {
    // 1,000 documents × 5 claims on 200 distinct topics, worded in 3 ways.
    const nouns = Array.from({ length: 200 }, (_, i) => `topic${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const places = ["harbor", "valley", "capital", "province", "coast", "plateau", "delta", "border"];
    const claims: ComparableClaim[] = [];
    resetIds();
    for (let doc = 0; doc < 1000; doc++) {
      for (let k = 0; k < 5; k++) {
        const topic = (doc * 7 + k * 13) % nouns.length;
        const value = 100 + topic * 3 + (doc % 4);
        const text = `Officials near the ${places[topic % places.length]} counted ${value} ${nouns[topic]} after the ${nouns[(topic + 1) % nouns.length]} dispute.`;
        claims.push(claim({ text, figure: String(value), value, subject: nouns[topic], unit: nouns[topic], documentId: doc + 1, attribution: k % 2 ? "officials" : null }));
      }
    }
    const groups = groupClaims(claims);
    expect(groups.flatMap((g) => g.claimIds)).toHaveLength(claims.length);
    // Each topic is one quantity; different counted nouns stay apart.
    expect(groups.length).toBeGreaterThanOrEqual(nouns.length);
    expect(groups.length).toBeLessThan(nouns.length * 2);
  }, 30_000);
});
