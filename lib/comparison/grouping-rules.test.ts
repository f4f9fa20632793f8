// The grouping rules for real multi-outlet coverage, on made-up sentences.
import { beforeEach, describe, expect, it } from "vitest";
import { groupClaims } from "./group";
import { origins } from "./origin";
import { asOfOf, withSupersession } from "./time";
import { canonicalLemma, tokenize } from "./text";
import { aggregateOf, extractFeatures, LEAD_CHARS } from "./features";
import type { ClaimGroupResult, ComparableClaim } from "./types";
import { dayAgreement, differentEvents, headAgreement, similarNames } from "./similarity";
import { placeRelation } from "./place";
import { claim, day, pairOf, resetIds } from "./test-fixtures";

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

describe("scope of a figure", () => {
  it("reads an increment word only when it modifies the figure ('another climber, 41-year-old ...' is no increment)", () => {
    const a = claim({ text: "A day later another hiker, 41-year-old Ana Vos, died after slipping on the ridge.", figure: "41-year-old", kind: "age", unit: "year", value: 41 });
    const b = claim({ text: "Ana Vos, 41, died after slipping on the ridge, rangers said.", figure: "41", kind: "age", unit: "year", value: 41, attribution: "rangers" });
    expect(together(groupClaims([a, b]), a, b)).toBe(true);
    const more = claim({ text: "The army will send another 500 troops to the valley.", figure: "500", value: 500, unit: "troops", subject: "troops" });
    const level = claim({ text: "The army has 500 troops in the valley.", figure: "500", value: 500, unit: "troops", subject: "troops" });
    expect(together(groupClaims([more, level]), more, level)).toBe(false);
  });

  it("reads counts coordinated over one noun as parts ('one Dutch and one Belgian cyclist'), not lists of nouns", () => {
    const text = "One Dutch and one Belgian cyclist were killed in the crash on the pass.";
    const dutch = claim({ text, quote: "One Dutch", figure: "One", value: 1, unit: "cyclist", subject: "Dutch" });
    const belgian = claim({ text, quote: "one Belgian", figure: "one", value: 1, unit: "cyclist", subject: "Belgian cyclist" });
    const total = claim({ text: "Two cyclists were killed in the crash on the pass, police said.", figure: "Two", value: 2, unit: "cyclist", subject: "cyclists", attribution: "police" });
    const groups = groupClaims([dutch, belgian, total]);
    expect(together(groups, dutch, total)).toBe(false);
    expect(together(groups, belgian, total)).toBe(false);
    // A list of different nouns: each figure is a total of its own noun.
    const list = "Customs seized 31 knives and 923 cartridges at the border post.";
    const knives = claim({ text: list, figure: "31", value: 31, unit: "knife", subject: "knives" });
    const cartridges = claim({ text: list, figure: "923", value: 923, unit: "cartridge", subject: "cartridges" });
    const again = claim({ text: "At the border post, 923 cartridges were seized by customs.", figure: "923", value: 923, unit: "cartridge", subject: "cartridges" });
    const listGroups = groupClaims([knives, cartridges, again]);
    expect(together(listGroups, cartridges, again)).toBe(true);
  });

  it("keeps a sum over named events ('during its four patrols') apart from one event's figure; running totals join each other", () => {
    const sum = claim({ text: "During its four patrols, the cutter has rescued 61 migrants, the captain said.", figure: "61", value: 61, unit: "migrant", subject: "migrants", attribution: "the captain", documentId: 1 });
    const soFar = claim({ text: "So far the cutter has rescued 61 migrants at sea.", figure: "61", value: 61, unit: "migrant", subject: "migrants", documentId: 2 });
    const plain = claim({ text: "The cutter rescued 61 migrants from a sinking dinghy.", figure: "61", value: 61, unit: "migrant", subject: "migrants", documentId: 3 });
    const today = claim({ text: "The cutter rescued 24 migrants from a sinking dinghy on Monday.", figure: "24", value: 24, unit: "migrant", subject: "migrants", documentId: 4 });
    const groups = groupClaims([sum, soFar, plain, today]);
    expect(together(groups, sum, soFar)).toBe(true);
    expect(together(groups, sum, plain)).toBe(false);
    expect(aggregateOf(sum.sentence)).toBe("explicit");
    expect(aggregateOf(soFar.sentence)).toBe("marked");
    expect(aggregateOf(plain.sentence)).toBe("none");
    // The figure that counts the events is not summed over them.
    const at = sum.sentence.indexOf("four");
    expect(aggregateOf(sum.sentence, [at, at + 4])).toBe("none");
    // A time window is not a sum of events.
    expect(aggregateOf("Floods killed 40 people over the past three days.")).toBe("none");
  });

  it("a running total ('so far') still joins the same toll stated plainly", () => {
    const a = claim({ text: "So far, 40 people have died in the floods in the delta.", figure: "40", value: 40, subject: "people", documentId: 1 });
    const b = claim({ text: "The floods in the delta have killed 40 people.", figure: "40", value: 40, subject: "people", documentId: 2 });
    expect(together(groupClaims([a, b]), a, b)).toBe(true);
  });
});

describe("evidence beyond shared words", () => {
  it("meets an event noun with its verb: 'three deaths' and 'three hikers died'", () => {
    const a = claim({ text: "The storm caused three deaths in the valley this weekend.", figure: "three", value: 3, unit: "death", subject: "deaths", documentId: 1 });
    const b = claim({ text: "Three hikers died in the valley storm.", figure: "Three", value: 3, unit: "hiker", subject: "hikers", documentId: 2 });
    expect(together(groupClaims([a, b]), a, b)).toBe(true);
  });

  it("sees the shared predicate of falls of different lengths with no counted noun", () => {
    const a = claim({ text: "A Swiss skier died on Sunday after he fell about 300 metres at Piz Palu.", figure: "about 300 metres", kind: "length", unit: "m", value: 300, low: 250, high: 350, qualifier: "about", precision: 100, documentId: 1 });
    const c = claim({ text: "Rescuers said he lost his footing and fell roughly 600 feet from a ridge.", figure: "roughly 600 feet", kind: "length", unit: "ft", value: 600, low: 550, high: 650, qualifier: "about", precision: 100, documentId: 3 });
    expect(pairOf(a, c)).toMatchObject({ predicateSame: 1, kindMeasure: 1, headSame: 0, headMismatch: 0 });
  });

  it("keeps one counted noun apart under different predicates when the figures differ ('loaded with six' / 'hit by nine')", () => {
    const loaded = claim({ text: "The pistol was loaded with six bullets, detectives said.", figure: "six", value: 6, unit: "bullet", subject: "bullets", attribution: "detectives", documentId: 1 });
    const hit = claim({ text: "Nine bullets hit the driver, the autopsy showed.", figure: "Nine", value: 9, unit: "bullet", subject: "bullets", attribution: "the autopsy", documentId: 2 });
    const struck = claim({ text: "The driver was hit by nine bullets.", figure: "nine", value: 9, unit: "bullet", subject: "bullets", documentId: 3 });
    const groups = groupClaims([loaded, hit, struck]);
    expect(together(groups, hit, struck)).toBe(true);
    expect(together(groups, loaded, hit)).toBe(false);
  });

  it("marks one count stated in the leads of two articles ('three men' / 'three robbers'), not deep in them", () => {
    const filler = "Background paragraph about the neighbourhood and earlier incidents in the area. ".repeat(8);
    const a = claim({ text: "Three men robbed a bank in Lyon on Tuesday morning.", figure: "Three", value: 3, unit: "man", subject: "men", documentId: 1 });
    const b = claim({ text: "Police said a bank in Lyon was held up by three robbers.", figure: "three", value: 3, unit: "robber", subject: "robbers", attribution: "police", documentId: 2 });
    expect(pairOf(a, b)).toMatchObject({ bothLeads: 1, equalInLeads: 1, equalValue: 1 });
    const c = claim({ text: `${filler}Three men robbed a bank in Lyon on Tuesday morning.`, quote: "Three men robbed", figure: "Three", value: 3, unit: "man", subject: "men", documentId: 3 });
    const d = claim({ text: `${filler}Police said a bank in Lyon was held up by three robbers.`, quote: "three robbers", figure: "three", value: 3, unit: "robber", subject: "robbers", attribution: "police", documentId: 4 });
    expect(c.sentenceStart).toBeGreaterThanOrEqual(LEAD_CHARS);
    expect(pairOf(c, d)).toMatchObject({ bothLeads: 0, equalInLeads: 0 });
  });

  it("joins a repeated count of one noun within one article ('Four men in ...', 'Four men drove ...')", () => {
    const text = "Four men in Turin jewellery raid\nFour men drove a van through the shop front before escaping.";
    const a = claim({ text, quote: "Four men in", figure: "Four", value: 4, unit: "man", subject: "men" });
    const b = claim({ text, quote: "Four men drove", figure: "Four", value: 4, unit: "man", subject: "men" });
    expect(together(groupClaims([a, b]), a, b)).toBe(true);
  });
});

describe("ordinals and clock times", () => {
  it("meets an ordinal of a series with the count ('the third rescue mission' / 'three rescue missions')", () => {
    const rank = claim({ text: "It was the ship's third rescue mission this month.", figure: "third", kind: "rank" as ComparableClaim["kind"], value: 3, unit: "mission", subject: "rescue mission", documentId: 1 });
    const count = claim({ text: "The ship has carried out three rescue missions this month.", figure: "three", value: 3, unit: "mission", subject: "rescue missions", documentId: 2 });
    const groups = groupClaims([rank, count]);
    expect(together(groups, rank, count)).toBe(true);
    expect(groupOf(groups, rank).kind).toBe("count");
  });

  it("compares clock times on the 24-hour circle", () => {
    const time = (text: string, figure: string, value: number, documentId: number) =>
      claim({ text, figure, kind: "time" as ComparableClaim["kind"], unit: "time", value, precision: 5, documentId });
    const late = time("The blast was heard at 23:55 near the harbour.", "23:55", 23 * 60 + 55, 1);
    const early = time("Residents heard the blast at 00:05 near the harbour.", "00:05", 5, 2);
    const morning = time("Residents heard the blast at 09:30 near the harbour.", "09:30", 9 * 60 + 30, 3);
    const groups = groupClaims([late, early, morning]);
    expect(together(groups, late, early)).toBe(true);
    expect(together(groups, late, morning)).toBe(false);
  });
});

describe("conversions at a rate read from rounded figures", () => {
  it("gives every figure converted at an implied rate (not restated in brackets) the rate's uncertainty", () => {
    const a = "The gang took €2m (£1.7m; $2.6m) in watches. Last year thieves took $136m of gems from a hotel in Nice.";
    const eur = claim({ text: a, figure: "€2m", kind: "money", unit: "EUR", value: 2e6, precision: 1e6, storyId: 1 });
    const gbp = claim({ text: a, figure: "£1.7m", kind: "money", unit: "GBP", value: 1.7e6, precision: 1e5, storyId: 1 });
    const usd = claim({ text: a, figure: "$2.6m", kind: "money", unit: "USD", value: 2.6e6, precision: 1e5, storyId: 1 });
    const hotelUsd = claim({ text: a, figure: "$136m", kind: "money", unit: "USD", value: 136e6, precision: 1e6, storyId: 1 });
    const hotelEur = claim({ text: "Last year thieves took gems worth €103 million from a hotel in Nice.", figure: "€103 million", kind: "money", unit: "EUR", value: 103e6, precision: 1e6, storyId: 1 });
    const groups = groupClaims([eur, gbp, usd, hotelUsd, hotelEur]);
    expect(together(groups, hotelUsd, hotelEur)).toBe(true);
    // $136m at 2.6/2 is €104.6m: within what a rate from "€2m ($2.6m)" allows of €103m.
    expect(["consistent", "rounding"]).toContain(groupOf(groups, hotelEur).verdict);
  });
});

describe("what a count counts, beyond its noun", () => {
  it("a repetition count ('was shot 13 times') counts its verb's event: not the predicate of shots fired; 'fired 13 times' is", () => {
    const fired = claim({ text: "Two guards fired 13 shots at the van as it sped away.", figure: "13", value: 13, unit: "shot", subject: "shots", documentId: 1 });
    const hit = claim({ text: "The driver, 40, was shot 13 times and died at the scene.", figure: "13 times", value: 13, unit: "times", documentId: 2 });
    const firedTimes = claim({ text: "The guards fired 13 times at the van, a witness said.", figure: "13 times", value: 13, unit: "times", attribution: "a witness", documentId: 3 });
    expect(pairOf(fired, hit)).toMatchObject({ predicateMismatch: 1, predicateSame: 0 });
    expect(pairOf(fired, firedTimes)).toMatchObject({ predicateMismatch: 0, predicateSame: 1 });
    expect(together(groupClaims([fired, firedTimes]), fired, firedTimes)).toBe(true);
  });

  it("marks one distinctive value stated under two nouns in one article ('23 smugglers', '23 sailors')", () => {
    const text = "Coast guards seized 23 smugglers off the cape on Sunday. The 23 sailors aboard were all from one port.";
    const a = claim({ text, quote: "seized 23", figure: "23", value: 23, unit: "smuggler", subject: "smugglers" });
    const b = claim({ text, quote: "The 23 sailors", figure: "23", value: 23, unit: "sailor", subject: "sailors" });
    expect(pairOf(a, b)).toMatchObject({ sameDocument: 1, equalDistinctive: 1, headMismatch: 1 });
  });

  it("keeps one distinctive value apart in one article when its predicates differ ('killed 17', '17 were wounded')", () => {
    const text = "Rebels killed 17 villagers in the raid. Elsewhere in the province 17 soldiers were wounded by a mine.";
    const a = claim({ text, quote: "killed 17", figure: "17", value: 17, unit: "villager", subject: "villagers" });
    const b = claim({ text, quote: "17 soldiers", figure: "17", value: 17, unit: "soldier", subject: "soldiers" });
    expect(together(groupClaims([a, b]), a, b)).toBe(false);
  });

  it("reads 'two of the boats' as a partitive like 'two of them'", () => {
    const a = claim({ text: "Five boats rushed the tanker; two of them managed to escape.", quote: "two of them", figure: "two", value: 2, unit: "", documentId: 1 });
    const b = claim({ text: "While two of the boats managed to get away, the frigate stopped the rest.", figure: "two", value: 2, unit: "boat", subject: "boats", documentId: 2 });
    const fa = extractFeatures(a, () => null);
    const fb = extractFeatures(b, () => null);
    expect(fa.scope).toBe("partitive");
    expect(fb.scope).toBe("partitive");
    expect(together(groupClaims([a, b]), a, b)).toBe(true);
  });

  it("'one of four men' counts the whole set; 'one of them, with over 300' is a part", () => {
    const whole = claim({ text: "He was one of four men trying to reach the hut.", figure: "four", value: 4, unit: "man", subject: "men" });
    const part = claim({ text: "Several groups crossed; one of them, with over 300 people, stayed.", figure: "over 300", value: 300, low: 300, high: null, qualifier: "over" as ComparableClaim["qualifier"] });
    expect(extractFeatures(whole, () => null).scope).toBe("total");
    expect(extractFeatures(part, () => null).scope).toBe("part");
  });
});

describe("measurements in one frame", () => {
  it("joins one distance in the same frame whatever the place is called ('within 80 m of the hut' / 'of their camp')", () => {
    const a = claim({ text: "They had got within 80 metres of the hut, police said.", figure: "80 metres", kind: "length", unit: "m", value: 80, precision: 10, subject: "hut", attribution: "police", documentId: 1 });
    const b = claim({ text: "The pair were within 80m of their camp when one of them slipped.", figure: "80m", kind: "length", unit: "m", value: 80, precision: 10, subject: "camp", documentId: 2 });
    expect(together(groupClaims([a, b]), a, b)).toBe(true);
  });

  it("reads a distance to somewhere and a fall of the same length as two frames", () => {
    const a = claim({ text: "They had got within 80 metres of the hut, police said.", figure: "80 metres", kind: "length", unit: "m", value: 80, precision: 10, subject: "hut", attribution: "police", documentId: 1 });
    const b = claim({ text: "Another climber fell 80 metres down the icy face of the peak.", figure: "80 metres", kind: "length", unit: "m", value: 80, precision: 10, subject: "face", documentId: 2 });
    // What the pair reads; whether it keeps them apart is the fitted weights' call (in the
    // reference clusters most equal measurements of one story are one quantity).
    expect(pairOf(a, b)).toMatchObject({ prepositionFrame: 0, headMismatch: 1, headSame: 0 });
  });
});

describe("the day of the main event", () => {
  const date = (text: string, figure: string, iso: string, documentId: number) => ({
    ...claim({ text, figure, kind: "date" as ComparableClaim["kind"], unit: "date", value: day(iso), documentId, storyId: 1 }),
    publishedAt: "2030-05-10T00:00:00Z",
  });

  it("joins plain dates at most a day apart in the leads of articles of one story", () => {
    const a = date("Coastguards on Thursday rescued the crew of a trawler off the northern coast.", "Thursday", "2030-05-09", 1);
    const b = date("A fishing trawler sank yesterday and its crew were rescued by coastguards.", "yesterday", "2030-05-09", 2);
    const c = date("The crew of a trawler were pulled from the sea on Friday after it sank near the coast.", "Friday", "2030-05-10", 3);
    const groups = groupClaims([a, b, c]);
    expect(together(groups, a, b, c)).toBe(true);
    expect(groupOf(groups, a).verdict).toBe("contradiction");
  });

  it("takes lead dates as the main event only in leads and only a day apart at most", () => {
    const filler = "Background paragraph about the harbour, the fleet and earlier storms on this coast. ".repeat(8);
    const a = date(`${filler}Coastguards on Thursday rescued the crew of a trawler off the northern coast.`, "Thursday", "2030-05-09", 1);
    const b = date(`${filler}A fishing trawler sank yesterday and its crew were rescued by coastguards.`, "yesterday", "2030-05-09", 2);
    expect(a.sentenceStart).toBeGreaterThanOrEqual(LEAD_CHARS);
    expect(pairOf(a, b)).toMatchObject({ eventDateInLeads: 0, sameDate: 1 });
    const c = date("Coastguards on Thursday rescued the crew of a trawler off the northern coast.", "Thursday", "2030-05-09", 3);
    const d = date("A ferry ran aground on Monday near the harbour mouth; no one was hurt.", "Monday", "2030-05-06", 4);
    expect(pairOf(c, d)).toMatchObject({ eventDateInLeads: 0, sameDate: 0 });
    const e = date("A fishing trawler sank on Wednesday night and its crew were rescued.", "Wednesday", "2030-05-08", 5);
    expect(pairOf(c, e)).toMatchObject({ eventDateInLeads: 1 });
  });
});

describe("parties, harms, shots and days (made-up sentences)", () => {
  it("a gerund modifying a noun takes its verb's lemma ('the hiking party' meets 'were hiking')", () => {
    const hiking = tokenize("There were five in the hiking party.").find((t) => t.text === "hiking")!;
    expect(hiking.lemma).toBe(tokenize("They were hiking to the lake.").find((t) => t.text === "hiking")!.lemma);
    expect(tokenize("The morning was cold.").find((t) => t.text === "morning")!.lemma).toBe("morning");
  });

  it("leaves two 'other' counts of different nouns apart when neither names companions", () => {
    const a = claim({ text: "The two other barges were towed away by the harbour tug.", figure: "two", value: 2, unit: "barge", subject: "barges", documentId: 1, storyId: 1 });
    const b = claim({ text: "Officials said the other two trucks were parked by the quay.", figure: "two", value: 2, unit: "truck", subject: "trucks", documentId: 2, storyId: 1 });
    expect(together(groupClaims([a, b]), a, b)).toBe(false);
  });

  it("compares a zero of a harm with a count of the same harm, and a conflict results", () => {
    const zero = claim({ text: "The march ended peacefully and no injuries were reported by officials.", figure: "no injuries", value: 0, unit: "people", subject: "injuries", documentId: 1, storyId: 1 });
    const three = claim({ text: "At the march, three people were injured, a local paper reported.", figure: "three", value: 3, unit: "people", subject: "people", attribution: "a local paper", documentId: 2, storyId: 1 });
    const arrested = claim({ text: "Two people were arrested at the march, officials said.", figure: "Two", value: 2, unit: "people", subject: "people", attribution: "officials", documentId: 3, storyId: 1 });
    const groups = groupClaims([zero, three, arrested]);
    expect(together(groups, zero, three)).toBe(true);
    expect(groupOf(groups, zero).verdict).toBe("contradiction");
    // Another harm: never the same quantity as "no injuries".
    expect(together(groups, zero, arrested)).toBe(false);
  });

  it("reads 'the Herald says' opening a clause as another source of the same text", () => {
    const text = "Officials said the crowd left and there were no injuries (the Herald says two people were hurt).";
    const zero = claim({ text, figure: "no injuries", value: 0, unit: "people", subject: "injuries", attribution: "officials" });
    const two = claim({ text, quote: "two people were hurt", figure: "two", value: 2, unit: "people", subject: "people" });
    expect(extractFeatures(two, () => null).attributionKey).toBe("herald");
    expect(together(groupClaims([zero, two]), zero, two)).toBe(true);
  });

  it("passive 'was shot N times' counts hits: it joins bullets that hit, not rounds fired", () => {
    const hit = claim({ text: "The driver was shot nine times, his family said.", figure: "nine times", value: 9, unit: "times", attribution: "his family", documentId: 1, storyId: 1 });
    const bullets = claim({ text: "Six bullets hit the driver, the coroner found.", figure: "Six", value: 6, unit: "bullet", subject: "bullets", attribution: "the coroner", documentId: 2, storyId: 1 });
    const fired = claim({ text: "Two deputies fired 14 rounds at the car.", figure: "14", value: 14, unit: "round", subject: "rounds", documentId: 3, storyId: 1 });
    expect(extractFeatures(hit, () => null).shotRole).toBe("hit");
    expect(extractFeatures(bullets, () => null).shotRole).toBe("hit");
    expect(extractFeatures(fired, () => null).shotRole).toBe("fired");
    const groups = groupClaims([hit, bullets, fired]);
    expect(together(groups, hit, bullets)).toBe(true);
    expect(groupOf(groups, hit).verdict).toBe("contradiction");
    expect(together(groups, hit, fired)).toBe(false);
  });

  it("voice decides: 'deputies shot 14 rounds' (fired) stays apart from 'was shot 14 times' (hit)", () => {
    const active = claim({ text: "Deputies shot 14 rounds during the stop.", figure: "14", value: 14, unit: "round", subject: "rounds", documentId: 1, storyId: 1 });
    const passive = claim({ text: "The driver was shot 14 times during the stop.", figure: "14 times", value: 14, unit: "times", documentId: 2, storyId: 1 });
    const [fired, hit] = [extractFeatures(active, () => null), extractFeatures(passive, () => null)];
    expect(fired.shotRole).toBe("fired");
    expect(hit.shotRole).toBe("hit");
    // The rule makes the counted things disagree; whether two lone sentences then stay apart
    // is the fitted model's call on all its features (this pair sits near its threshold).
    expect(headAgreement(fired, hit)).toBe("mismatch");
    // The closest verb decides: "fired 14 shots at him, hitting him" counts shots fired.
    const both = claim({ text: "Deputies fired 14 shots at him, hitting him in the leg.", figure: "14", value: 14, unit: "shot", subject: "shots" });
    expect(extractFeatures(both, () => null).shotRole).toBe("fired");
  });

  it("a day before a disclosure verb dates the telling: an undated earlier report is no other day's figure", () => {
    const told = {
      ...claim({ text: "Anger grew on Thursday when a coroner revealed the man was hit by five bullets.", figure: "five", value: 5, unit: "bullet", subject: "bullets", documentId: 1, storyId: 1 }),
      publishedAt: "2030-05-10T00:00:00Z",
    };
    const earlier = {
      ...claim({ text: "The man was shot eight times by the guards, his lawyer said.", figure: "eight times", value: 8, unit: "times", attribution: "his lawyer", documentId: 2, storyId: 1 }),
      publishedAt: "2030-05-08T00:00:00Z",
    };
    const [ft, fe] = [extractFeatures(told, () => null), extractFeatures(earlier, () => null)];
    expect(ft.day?.disclosed).toBe(true);
    expect(dayAgreement(ft, fe)).toBe("unknown");
    // Undisclosed, the same Thursday would make the earlier report another day's figure.
    const plain = { ...claim({ text: "On Thursday the man was hit by five bullets.", figure: "five", value: 5, unit: "bullet", subject: "bullets", documentId: 3, storyId: 1 }), publishedAt: "2030-05-10T00:00:00Z" };
    expect(dayAgreement(extractFeatures(plain, () => null), fe)).toBe("different");
    // In an aside ("— the day a report showed ... —") the verb does not govern the figure.
    const aside = { ...claim({ text: "On Thursday — the day a report showed the man was shot — part of the 300 person crowd turned violent.", figure: "300", value: 300, unit: "people", subject: "crowd" }), publishedAt: "2030-05-10T00:00:00Z" };
    expect(extractFeatures(aside, () => null).day?.disclosed).toBeFalsy();
  });

  it("keeps the lead dates of two different events on consecutive days apart", () => {
    const date = (text: string, figure: string, iso: string, documentId: number) => ({
      ...claim({ text, figure, kind: "date" as ComparableClaim["kind"], unit: "date", value: day(iso), documentId, storyId: 1 }),
      publishedAt: "2030-05-10T00:00:00Z",
    });
    const a = date("Rioters burned cars near the stadium on Wednesday.", "Wednesday", "2030-05-08", 1);
    const b = date("Police arrested dozens of looters on Thursday.", "Thursday", "2030-05-09", 2);
    const fa = extractFeatures(a, () => null);
    const fb = extractFeatures(b, () => null);
    expect(differentEvents(fa, fb)).toBe(true);
    expect(together(groupClaims([a, b]), a, b)).toBe(false);
  });
});

describe("place scope of a figure", () => {
  const scopeOf = (c: ComparableClaim) => extractFeatures(c, () => null).place;

  it("keeps marches in two cities apart: Athens against Thessaloniki, even at one value", () => {
    // The wire story gives each city its own figure: a text itself treating them as two places.
    const wire = "On Sunday about 12,000 people marched in Athens and 7,000 in Salonika, police said.";
    const wireAthens = claim({ text: wire, figure: "12,000", value: 12000, precision: 1000, subject: "people", attribution: "police", storyId: 1 });
    const wireSalonika = claim({ text: wire, figure: "7,000", value: 7000, precision: 1000, attribution: "police", storyId: 1 });
    const athens = claim({ text: "Some 12,000 protesters marched in Athens on Sunday against the pension reform.", figure: "12,000", value: 12000, precision: 1000, unit: "protester", subject: "protesters", storyId: 1 });
    const thessaloniki = claim({ text: "About 12,000 people marched in Thessaloniki on Sunday against the pension reform, organisers said.", figure: "12,000", value: 12000, precision: 1000, subject: "people", attribution: "organisers", storyId: 1 });
    const thessalonikiPolice = claim({ text: "Some 7,000 protesters marched in Thessaloniki on Sunday.", figure: "7,000", value: 7000, precision: 1000, unit: "protester", subject: "protesters", storyId: 1 });
    expect(scopeOf(athens)?.names).toEqual(["athens"]);
    expect(scopeOf(wireSalonika)?.names).toEqual(["thessaloniki"]);
    const groups = groupClaims([wireAthens, wireSalonika, athens, thessaloniki, thessalonikiPolice]);
    expect(together(groups, wireAthens, athens)).toBe(true);
    expect(together(groups, wireSalonika, thessalonikiPolice)).toBe(true);
    expect(together(groups, athens, thessaloniki)).toBe(false);
    expect(together(groups, wireAthens, thessaloniki)).toBe(false);
  });

  it("marks two differently placed marches without a text contrasting them as placed apart", () => {
    const athens = claim({ text: "About 10,000 people marched in Athens on Sunday against the reform.", figure: "10,000", value: 10000, precision: 1000, subject: "people", storyId: 1 });
    const patras = claim({ text: "About 6,000 people marched in Patras on Sunday against the reform.", figure: "6,000", value: 6000, precision: 1000, subject: "people", storyId: 1 });
    expect(pairOf(athens, patras)).toMatchObject({ differentPlace: 1, samePlace: 0, sameDay: 1 });
  });

  it("joins one city under an exonym and its own name: Salonika and Thessaloniki", () => {
    const a = claim({ text: "Some 7,000 demonstrators marched in Salonika on Saturday, police said.", figure: "7,000", value: 7000, precision: 1000, unit: "demonstrator", subject: "demonstrators", attribution: "police", storyId: 1 });
    const b = claim({ text: "In the northern city of Thessaloniki, 7,000 people marched on Saturday.", figure: "7,000", value: 7000, precision: 1000, subject: "people", storyId: 1 });
    expect(scopeOf(a)?.names).toEqual(["thessaloniki"]);
    expect(scopeOf(b)).toEqual({ names: ["thessaloniki"], level: "subnational" });
    expect(together(groupClaims([a, b]), a, b)).toBe(true);
    const fa = extractFeatures(a, () => null);
    const fb = extractFeatures(b, () => null);
    const fc = extractFeatures(claim({ text: "About 7,000 marched in Heraklion on Saturday.", figure: "7,000", value: 7000 }), () => null);
    expect(placeRelation(fa.place, fb.place, similarNames)).toBe("same");
    expect(placeRelation(fa.place, fc.place, similarNames)).toBe("different");
  });

  it("keeps a province's figure apart from the national total", () => {
    const province = claim({ text: "Floods killed 48 people in Hebei province this week, officials said.", figure: "48", value: 48, subject: "people", attribution: "officials", storyId: 1 });
    const national = claim({ text: "Floods killed 61 people nationwide this week, the ministry said.", figure: "61", value: 61, subject: "people", attribution: "the ministry", storyId: 1 });
    const country = claim({ text: "This week's floods have killed 61 people across the country.", figure: "61", value: 61, subject: "people", storyId: 1 });
    const ofProvince = claim({ text: "In the province of Hebei, the floods killed 48 people this week.", figure: "48", value: 48, subject: "people", storyId: 1 });
    expect(scopeOf(province)).toEqual({ names: ["hebei"], level: "subnational" });
    expect(scopeOf(national)).toEqual({ names: [], level: "national" });
    expect(scopeOf(country)).toEqual({ names: [], level: "national" });
    const groups = groupClaims([province, national, country, ofProvince]);
    expect(together(groups, province, ofProvince)).toBe(true);
    expect(together(groups, national, country)).toBe(true);
    expect(together(groups, province, national)).toBe(false);
    // "in total across 14 cities" is a national scope too.
    expect(scopeOf(claim({ text: "Some 90,000 marched in total across 14 cities on Sunday.", figure: "90,000", value: 90000 }))?.level).toBe("national");
  });

  it("does not take the reporter's place for the figure's: 'police in Athens said 10,000 marched'; nor a dateline", () => {
    const police = claim({ text: "Police in Athens said 10,000 people marched on Sunday against the reform.", figure: "10,000", value: 10000, precision: 1000, subject: "people", storyId: 1 });
    const according = claim({ text: "About 10,000 marched on Sunday against the reform, according to officials in Athens.", figure: "10,000", value: 10000, precision: 1000, storyId: 1 });
    const dateline = claim({ text: "ATHENS (Reuters) - About 10,000 people marched on Sunday against the reform.", figure: "10,000", value: 10000, precision: 1000, subject: "people", storyId: 1 });
    const elsewhere = claim({ text: "About 10,000 people marched in Patras on Sunday against the reform.", figure: "10,000", value: 10000, precision: 1000, subject: "people", storyId: 1 });
    expect(scopeOf(police)).toBeNull();
    expect(scopeOf(according)).toBeNull();
    expect(scopeOf(dateline)).toBeNull();
    expect(scopeOf(elsewhere)?.names).toEqual(["patras"]);
    // With no place of their own, the Athens-reported figures still join a figure placed in Patras.
    expect(together(groupClaims([police, according, dateline, elsewhere]), police, according, dateline, elsewhere)).toBe(true);
  });

  it("gives each of two figures in one sentence its own place", () => {
    const text = "About 10,000 marched in Athens and 4,000 in Thessaloniki.";
    const athens = claim({ text, figure: "10,000", value: 10000 });
    const thessaloniki = claim({ text, figure: "4,000", value: 4000 });
    expect(scopeOf(athens)?.names).toEqual(["athens"]);
    expect(scopeOf(thessaloniki)?.names).toEqual(["thessaloniki"]);
  });

  it("a figure with no place is neutral: it joins a placed figure", () => {
    const placed = claim({ text: "About 3,000 people attended the vigil in Larissa on Friday.", figure: "3,000", value: 3000, precision: 1000, subject: "people", storyId: 1 });
    const plain = claim({ text: "Some 3,000 mourners attended the vigil on Friday, police said.", figure: "3,000", value: 3000, precision: 1000, unit: "mourner", subject: "mourners", attribution: "police", storyId: 1 });
    expect(scopeOf(plain)).toBeNull();
    expect(together(groupClaims([placed, plain]), placed, plain)).toBe(true);
  });
});
