// Each pair feature on made-up sentences: what it reads, not what weight it gets
// (weights are fitted; see model.ts).
import { beforeEach, describe, expect, it } from "vitest";
import { FEATURE_NAMES, featureVector } from "./pair-features";
import { claim, day, pairOf, resetIds } from "./test-fixtures";

beforeEach(() => resetIds());

describe("pair features", () => {
  it("gives every named feature a bounded number, in the model's order", () => {
    const a = claim({ text: "Firefighters poured 4,000 gallons of water a minute on the barn.", figure: "4,000 gallons", kind: "volume", unit: "gal", value: 4000, documentId: 1 });
    const b = claim({ text: "Crews poured some 4,000 gallons of water on the burning barn.", figure: "some 4,000 gallons", kind: "volume", unit: "gal", value: 4000, documentId: 2 });
    const pair = pairOf(a, b);
    // "a minute" makes one a rate: a rate and a total are never compared.
    expect(pair).toBeNull();
    const c = claim({ text: "Crews poured 4,000 gallons of water on the burning barn, the chief said.", figure: "4,000 gallons", kind: "volume", unit: "gal", value: 4000, documentId: 3 });
    const pair2 = pairOf(b, c)!;
    expect(Object.keys(pair2)).toEqual([...FEATURE_NAMES]);
    const vector = featureVector(pair2);
    expect(vector).toEqual(FEATURE_NAMES.map((name) => pair2[name]));
    for (const value of vector) expect(Math.abs(value)).toBeLessThanOrEqual(12);
  });

  it("reads who acts in the figure's clause: the same bidder, or two different ones", () => {
    const a = claim({ text: "The Rangers offered Diaz $90 million over six years.", figure: "$90 million", kind: "money", unit: "USD", value: 9e7, documentId: 1 });
    const b = claim({ text: "Diaz got a $90 million offer from the Rangers, a person familiar with the talks said.", figure: "$90 million", kind: "money", unit: "USD", value: 9e7, documentId: 2 });
    const c = claim({ text: "The Mariners offered $90 million as well.", figure: "$90 million", kind: "money", unit: "USD", value: 9e7, documentId: 3 });
    expect(pairOf(a, b)).toMatchObject({ actorsShared: 1, actorsDisjoint: 0 });
    expect(pairOf(a, c)).toMatchObject({ actorsShared: 0, actorsDisjoint: 1 });
  });

  it("sets apart figures anchored to different years (a background event)", () => {
    const a = claim({ text: "In 2004 a fire destroyed 12 homes on the street.", figure: "12", value: 12, unit: "home", subject: "homes", documentId: 1 });
    const b = claim({ text: "The blaze on Friday destroyed 12 homes, firefighters said.", figure: "12", value: 12, unit: "home", subject: "homes", documentId: 2 });
    const c = claim({ text: "In 2019 another fire destroyed 12 homes nearby.", figure: "12", value: 12, unit: "home", subject: "homes", documentId: 3 });
    expect(pairOf(a, b)!.yearsDiffer).toBe(0);
    expect(pairOf(a, c)!.yearsDiffer).toBe(1);
  });

  it("compares the words closest to each figure through WordNet ('two wounded men' / 'injured two men')", () => {
    const a = claim({ text: "The gunman killed a clerk and wounded two men.", figure: "two", value: 2, unit: "man", subject: "men", documentId: 1 });
    const b = claim({ text: "Two men were injured in the attack, police said.", figure: "Two", value: 2, unit: "man", subject: "men", documentId: 2 });
    const c = claim({ text: "The firm employs two men in the warehouse.", figure: "two", value: 2, unit: "man", subject: "men", documentId: 3 });
    expect(pairOf(a, b)!.nearRelated).toBeGreaterThan(pairOf(a, c)!.nearRelated);
  });

  it("tells an ordinal against a count, and a counted noun on one side only", () => {
    const rank = claim({ text: "The third victim died in hospital.", figure: "third", kind: "rank", value: 3, unit: "victim", subject: "victim", documentId: 1 });
    const count = claim({ text: "Three people were shot at the plant.", figure: "Three", value: 3, subject: "people", documentId: 2 });
    const bare = claim({ text: "Police said three were taken to hospital.", figure: "three", value: 3, documentId: 3 });
    expect(pairOf(rank, count)!.rankVsCount).toBe(1);
    const sided = pairOf(rank, bare)!;
    expect(sided.headOneSided).toBe(1);
    expect(sided.headSame + sided.headMismatch).toBe(0);
  });

  it("measures how far apart two stated values are, even when an open wording allows both", () => {
    const a = claim({ text: "At least 1,200 residents were evacuated.", figure: "At least 1,200", value: 1200, low: 1200, high: null, qualifier: "at_least", unit: "resident", subject: "residents", documentId: 1 });
    const b = claim({ text: "Some 9,000 residents were evacuated, the mayor said.", figure: "Some 9,000", value: 9000, low: 8100, high: 9900, qualifier: "about", unit: "resident", subject: "residents", documentId: 2 });
    const pair = pairOf(a, b)!;
    expect(pair.overlap).toBe(1);
    expect(pair.logRatio).toBeCloseTo(Math.log10(9000 / 1200), 5);
    // No named source on either side: the difference is not one between sources.
    expect(pair.ratioAcrossSources).toBe(0);
  });

  it("tells dates stated to the day from whole years", () => {
    const date = (text: string, figure: string, low: string, high: string, documentId: number) =>
      claim({ text, figure, kind: "date", unit: "date", value: Math.floor((day(low) + day(high)) / 2), low: day(low), high: day(high), qualifier: low === high ? "exact" : "range", precision: day(high) - day(low) + 1, documentId });
    const wednesday = date("The dam gave way on March 4, 2031.", "March 4, 2031", "2031-03-04", "2031-03-04", 1);
    const thursday = date("The dam gave way on March 5, 2031.", "March 5, 2031", "2031-03-05", "2031-03-05", 2);
    const days = pairOf(wednesday, thursday)!;
    expect([days.preciseDatesDiffer, days.yearsOnly]).toEqual([1, 0]);
    const built = date("The dam was built in 1962.", "1962", "1962-01-01", "1962-12-31", 3);
    const opened = date("The dam opened in 1962 after years of work.", "1962", "1962-01-01", "1962-12-31", 4);
    const years = pairOf(built, opened)!;
    expect([years.preciseDatesDiffer, years.yearsOnly]).toEqual([0, 1]);
  });

  it("reads a difference between two named sources apart from a difference of one source's figures", () => {
    const text = "The ministry put the number of evacuees at 4,000, while the Red Cross counted 6,000 evacuees.";
    const a = claim({ text, figure: "4,000", value: 4000, unit: "evacuee", subject: "evacuees", attribution: "the ministry", documentId: 1 });
    const b = claim({ text, figure: "6,000", value: 6000, unit: "evacuee", subject: "evacuees", attribution: "the Red Cross", documentId: 1 });
    const pair = pairOf(a, b)!;
    expect(pair.ratioAcrossSources).toBeCloseTo(Math.log10(6000 / 4000), 5);
    expect(pair.ratioAcrossSources).toBe(pair.logRatio);
  });
});
