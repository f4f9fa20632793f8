import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("splits on final punctuation and line breaks with exact offsets", () => {
    const text = "Headline without a period\nThe first point. The second one! Is it third? Yes.";
    const parts = splitSentences(text);
    expect(parts.map((s) => s.text)).toEqual(["Headline without a period", "The first point.", "The second one!", "Is it third?", "Yes."]);
    for (const s of parts) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps abbreviations, initials and dotted acronyms inside a sentence", () => {
    const text = "Mr. Okafor met Dr. Lin on Jan. 4 in the U.S. capital. J. R. Ward was absent.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Mr. Okafor met Dr. Lin on Jan. 4 in the U.S. capital.", "J. R. Ward was absent."]);
  });

  it("splits after closing quotes and does not split before lower case", () => {
    const text = "“We will stay,” he said. “The work is not done.” Then he left. e.g. lower stays.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["“We will stay,” he said.", "“The work is not done.”", "Then he left. e.g. lower stays."]);
  });

  it("treats 'No.' as an abbreviation only before a number", () => {
    expect(splitSentences("Route No. 9 is shut. The answer was no. Nobody came.").map((s) => s.text)).toEqual([
      "Route No. 9 is shut.",
      "The answer was no.",
      "Nobody came.",
    ]);
  });
});
