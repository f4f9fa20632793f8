// The grouping rules for real multi-outlet coverage, on made-up sentences.
import { beforeEach, describe, expect, it } from "vitest";
import { groupClaims } from "./group";
import { origins } from "./origin";
import { asOfOf, withSupersession } from "./time";
import { canonicalLemma } from "./text";
import type { ClaimGroupResult, ComparableClaim } from "./types";
import { claim, resetIds } from "./test-fixtures";

beforeEach(() => resetIds());

const groupOf = (groups: ClaimGroupResult[], c: ComparableClaim) => groups.find((g) => g.claimIds.includes(c.id))!;
const together = (groups: ClaimGroupResult[], ...cs: ComparableClaim[]) => new Set(cs.map((c) => groupOf(groups, c).key)).size === 1;

describe("stories", () => {
  it("never groups one figure across two stories", () => {
    const a = claim({ text: "The earthquake killed 10 people in the hill villages.", figure: "10", value: 10, subject: "people", storyId: "quake-north" });
    const b = claim({ text: "The earthquake killed 10 people in the hill villages, rescuers said.", figure: "10", value: 10, subject: "people", attribution: "rescuers", storyId: "quake-south" });
    expect(together(groupClaims([a, b]), a, b)).toBe(false);
  });
});

describe("currencies restated in one text", () => {
  it("groups '€4m (£3.4m; $5.2m)' with the other outlets' figures and judges by the implied rate", () => {
    const text = "Burglars took paintings worth €4m (£3.4m; $5.2m) from the gallery.";
    const eur = claim({ text, figure: "€4m", kind: "money", unit: "EUR", value: 4e6, precision: 1e6, storyId: 1 });
    const gbp = claim({ text, figure: "£3.4m", kind: "money", unit: "GBP", value: 3.4e6, precision: 1e5, storyId: 1 });
    const usd = claim({ text, figure: "$5.2m", kind: "money", unit: "USD", value: 5.2e6, precision: 1e5, storyId: 1 });
    const other = claim({ text: "Paintings worth $5.2m were taken from the gallery by burglars overnight.", figure: "$5.2m", kind: "money", unit: "USD", value: 5.2e6, precision: 1e5, storyId: 1 });
    const groups = groupClaims([eur, gbp, usd, other]);
    expect(together(groups, eur, gbp, usd, other)).toBe(true);
    const group = groupOf(groups, eur);
    expect(group.unit).toBe("USD");
    expect(["consistent", "rounding"]).toContain(group.verdict);
    expect(group.conversions?.map((c) => c.fromUnit).sort()).toEqual(["EUR", "GBP"]);
  });

  it("still never compares currencies no text links", () => {
    const a = claim({ text: "The fund received $3 billion from donors this year.", figure: "$3 billion", kind: "money", unit: "USD", value: 3e9, precision: 1e9 });
    const b = claim({ text: "The fund received €3 billion from donors this year.", figure: "€3 billion", kind: "money", unit: "EUR", value: 3e9, precision: 1e9 });
    expect(together(groupClaims([a, b]), a, b)).toBe(false);
  });
});

describe("units and precision", () => {
  it("groups feet and metres, and 15 miles against 25 km is rounding", () => {
    const m = claim({ text: "The diver descended 90 metres into the flooded cave.", figure: "90 metres", kind: "length", unit: "m", value: 90, precision: 10, subject: "cave" });
    const ft = claim({ text: "The diver descended nearly 300 feet into the flooded cave, his team said.", figure: "300 feet", kind: "length", unit: "ft", value: 300, precision: 100, subject: "cave", attribution: "his team" });
    expect(together(groupClaims([m, ft]), m, ft)).toBe(true);
    const mi = claim({ text: "The convoy drove 15 miles along the flooded valley road.", figure: "15 miles", kind: "length", unit: "mi", value: 15, precision: 5, subject: "valley road" });
    const km = claim({ text: "The convoy drove 25 km along the flooded valley road, drivers said.", figure: "25 km", kind: "length", unit: "km", value: 25, precision: 5, subject: "valley road", attribution: "drivers" });
    const groups = groupClaims([mi, km]);
    expect(together(groups, mi, km)).toBe(true);
    expect(groupOf(groups, mi).verdict).toBe("rounding");
  });
});

describe("wording", () => {
  it("groups equal distinctive counts worded with synonyms (sailors / crew, shots / rounds)", () => {
    const a = claim({ text: "Coast guards detained 23 sailors aboard the trawler.", figure: "23", value: 23, unit: "sailor", subject: "sailors" });
    const b = claim({ text: "The trawler's 23 crew were held by coast guards.", figure: "23", value: 23, unit: "crew", subject: "crew" });
    const c = claim({ text: "Guards fired 13 shots at the fleeing van.", figure: "13", value: 13, unit: "shot", subject: "shots" });
    const d = claim({ text: "Guards fired a total of 13 rounds at the van as it fled.", figure: "13", value: 13, unit: "round", subject: "rounds" });
    const groups = groupClaims([a, b, c, d]);
    expect(together(groups, a, b)).toBe(true);
    expect(together(groups, c, d)).toBe(true);
    expect(together(groups, a, c)).toBe(false);
  });

  it("maps synonyms and well-known exonyms to one class", () => {
    expect(canonicalLemma("troop")).toBe(canonicalLemma("soldier"));
    expect(canonicalLemma("wounded")).toBe(canonicalLemma("injured"));
    expect(canonicalLemma("salonika")).toBe("thessaloniki");
  });

  it("repeats of one value in one article (headline and body) join; two values do not", () => {
    const text = "Gunmen seize 41 hostages in market raid. The gunmen seized 41 hostages when they stormed the market.";
    const head = claim({ text, quote: "seize 41", figure: "41", value: 41, unit: "hostage", subject: "hostages" });
    const body = claim({ text, quote: "seized 41", figure: "41", value: 41, unit: "hostage", subject: "hostages" });
    expect(together(groupClaims([head, body]), head, body)).toBe(true);
  });
});

describe("people", () => {
  it("an age belongs to the person named next to it", () => {
    const a = claim({ text: "Mourners gathered for Tomas Brel, 17, on Sunday.", figure: "17", kind: "age", unit: "year", value: 17 });
    const b = claim({ text: "His sister Ilse Brel, 21, spoke at the vigil.", figure: "21", kind: "age", unit: "year", value: 21 });
    const c = claim({ text: "The 17-year-old Tomas Brel was shot on Saturday.", figure: "17-year-old", kind: "age", unit: "year", value: 17 });
    const d = claim({ text: "Friends said the 17-year-old loved football.", figure: "17-year-old", kind: "age", unit: "year", value: 17 });
    const groups = groupClaims([a, b, c, d]);
    expect(together(groups, a, c, d)).toBe(true);
    expect(together(groups, a, b)).toBe(false);
  });
});

describe("common origin", () => {
  it("counts wire copy as one independent source", () => {
    const wire = "Rescue teams pulled 14 survivors from the collapsed hotel on Tuesday, officials said.";
    const a = claim({ text: wire, figure: "14", value: 14, unit: "survivor", subject: "survivors", documentId: 1 });
    const b = claim({ text: wire, figure: "14", value: 14, unit: "survivor", subject: "survivors", documentId: 2 });
    const c = claim({ text: "Fourteen survivors have been rescued from the hotel ruins, according to the mayor.", figure: "Fourteen", value: 14, unit: "survivor", subject: "survivors", documentId: 3 });
    const { originOf, independentSources } = origins([a, b, c]);
    expect(independentSources).toBe(2);
    expect(originOf.get(b.id)).toBe(a.id);
    expect(originOf.get(c.id)).toBe(c.id);
    const groups = groupClaims([a, b, c]);
    expect(groupOf(groups, a).independentSources).toBe(2);
  });
});

describe("time", () => {
  it("reads the as-of time a figure carries", () => {
    expect(asOfOf({ sentence: "By Friday evening the toll had reached 40.", asOf: null })).toBe("By Friday evening");
    expect(asOfOf({ sentence: "Twelve people had died as of 6 pm.", asOf: null })).toBe("as of 6 pm");
  });

  it("a toll that rises through the day is superseded, not a contradiction", () => {
    const early = claim({ text: "By Friday morning, 12 people had died in the floods.", figure: "12", value: 12, subject: "people" });
    const late = claim({ text: "By Friday evening, 31 people had died in the floods.", figure: "31", value: 31, subject: "people" });
    expect(withSupersession([early, late], "contradiction")).toBe("superseded");
    const falling = claim({ text: "By Saturday morning, 20 people had died in the floods.", figure: "20", value: 20, subject: "people" });
    expect(withSupersession([early, late, falling], "contradiction")).toBe("contradiction");
    const untimed = claim({ text: "Floods killed 31 people.", figure: "31", value: 31 });
    expect(withSupersession([early, untimed], "contradiction")).toBe("contradiction");
  });
});

describe("attribution", () => {
  it("keeps two sayers in one article as one group of two statements", () => {
    const text = "Police said 30,000 people marched through the capital, while organisers said more than 50,000 marched.";
    const police = claim({ text, figure: "30,000", value: 30000, precision: 1000, attribution: "police", subject: "people" });
    const organisers = claim({ text, figure: "more than 50,000", value: 50000, low: 50000, high: null, qualifier: "more_than", precision: 10000, attribution: "organisers", subject: "people" });
    const groups = groupClaims([police, organisers]);
    expect(together(groups, police, organisers)).toBe(true);
    // 30,000 (even read loosely, 27,500–32,500) cannot be "more than 50,000".
    expect(groupOf(groups, police).verdict).toBe("contradiction");
  });
});
