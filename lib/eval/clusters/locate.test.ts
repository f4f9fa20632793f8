import { describe, expect, it } from "vitest";
import { locateQuote, locateWithin } from "./locate";

describe("locateQuote", () => {
  it("finds every verbatim occurrence", () => {
    const text = "five boats. Then five boats again.";
    expect(locateQuote(text, "five boats")).toEqual({
      search: "exact",
      spans: [
        { start: 0, end: 10 },
        { start: 17, end: 27 },
      ],
    });
  });

  it("falls back to collapsed whitespace, then to ignoring spaces, quote marks and case", () => {
    const text = "He said  \u201Cabout 40\u201D people\nleft.";
    const spaced = locateQuote(text, "He said \u201Cabout");
    expect(spaced?.search).toBe("whitespace");
    expect(text.slice(spaced!.spans[0]!.start, spaced!.spans[0]!.end)).toBe("He said  \u201Cabout");

    const loose = locateQuote(text, '"About 40" people left');
    expect(loose?.search).toBe("loose");
    expect(text.slice(loose!.spans[0]!.start, loose!.spans[0]!.end)).toBe("\u201Cabout 40\u201D people\nleft");
  });

  it("returns null when the quote is absent", () => {
    expect(locateQuote("nothing here", "seven bullets")).toBeNull();
  });

  it("places a figure inside a quote span", () => {
    const text = "xx the Taliban controls over 70% of the 1,344 km long border";
    const quote = locateQuote(text, "over 70% of the 1,344 km")!.spans[0]!;
    const figure = locateWithin(text, quote, "1,344 km")!;
    expect(text.slice(figure.start, figure.end)).toBe("1,344 km");
  });
});
