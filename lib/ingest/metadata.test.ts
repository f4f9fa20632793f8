import { describe, expect, it } from "vitest";
import { findDateline, parseLooseDate, toIsoDate } from "./dates";
import { splitTitleSuffix } from "./title";

describe("splitTitleSuffix", () => {
  it.each([
    ["Storm hits coast | Coast News", "Storm hits coast", "Coast News"],
    ["Storm hits coast - BBC News", "Storm hits coast", "BBC News"],
    ["Storm hits coast – i24news", "Storm hits coast", "i24news"],
    ["Russia won't leave its allies in Central Asia out in the cold / News / News agency Inforos", "Russia won't leave its allies in Central Asia out in the cold", "News agency Inforos"],
  ])("%s", (raw, title, outlet) => {
    expect(splitTitleSuffix(raw)).toEqual({ title, outlet });
  });

  it.each([
    "Paris: Jewellery Stolen In Casty Shop Raid",
    "Somali pirates - 26 arrested",
    "Taliban advance - what the latest gains mean for the region and its people",
    "Fed raises rates / markets fall.",
  ])("leaves %s alone", (raw) => {
    expect(splitTitleSuffix(raw)).toEqual({ title: raw, outlet: null });
  });

  it("removes a known outlet whatever its length", () => {
    expect(splitTitleSuffix("Storm hits coast | The Very Long Name Of A Regional Daily Newspaper Group", "The Very Long Name Of A Regional Daily Newspaper Group").title).toBe("Storm hits coast");
  });
});

describe("dates", () => {
  it.each([
    ["2013-09-09T01:30:00+02:00", "2013-09-09"],
    ["Updated: November 11, 2011 18:50 IST", "2011-11-11"],
    ["Sat Nov 12 2011, 01:19 hrs", "2011-11-12"],
    ["Monday 16 September 2013 03.31 BST", "2013-09-16"],
    ["MAR. 14, 2013, 8:12 PM", "2013-03-14"],
    ["Last updated 15:48 15/09/2013", "2013-09-15"],
    ["03/04/2013", null],
    ["February 30, 2013", null],
  ])("%s → %s", (text, iso) => {
    expect(parseLooseDate(text)).toBe(iso);
  });

  it("reads metadata timestamps", () => {
    expect(toIsoDate("Tue, 10 Sep 2013 08:00:00 GMT")).toBe("2013-09-10");
    expect(toIsoDate("not a date")).toBeNull();
  });

  it("finds a dateline but not a date inside a sentence", () => {
    expect(findDateline(["PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013"])).toBe("2013-03-12");
    expect(findDateline(["On July 7, 2021 the minister told reporters that the border would stay open."])).toBeNull();
  });
});
