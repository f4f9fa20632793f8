/** What a count counts when names and adjectives stand next to it. Every sentence is written for this suite. */
import { describe, expect, it } from "vitest";
import { extractClaims } from "./index";

const units = (text: string) => extractClaims(text).map((c) => [c.figure, c.unit]);

describe("counted nouns next to names", () => {
  it("reads a name in -s before a plural noun as its modifier", () => {
    expect(units("Floods hit four Kansas towns overnight.")).toEqual([["four", "town"]]);
    expect(units("Rescuers flew 30 Marines out.")).toEqual([["30", "marine"]]);
  });
  it("gives a proper adjective coordinated with a second count the noun stated once", () => {
    expect(units("One Danish and one Polish sailor were rescued.")).toEqual([["One", "sailor"], ["one", "sailor"]]);
    expect(units("One Canadian and two Irish hikers drowned.")).toEqual([["One", "hiker"], ["two", "hiker"]]);
  });
  it("keeps a demonym that is itself counted", () => {
    expect(units("One Canadian was rescued from the ridge.")).toEqual([["One", "canadian"]]);
  });
});
