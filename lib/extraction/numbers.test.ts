import { describe, expect, it } from "vitest";
import { integerStep, parseDigits, parseNumberWords } from "./numbers";
import { tokenize } from "./tokens";

function words(text: string) {
  return parseNumberWords(tokenize(text), 0);
}

describe("parseDigits", () => {
  it("handles separators, decimals and precision", () => {
    expect(parseDigits("1,350")).toEqual({ value: 1350, precision: 10 });
    expect(parseDigits("1,344")).toEqual({ value: 1344, precision: 1 });
    expect(parseDigits("20,000")).toEqual({ value: 20000, precision: 10000 });
    expect(parseDigits("2.60")).toEqual({ value: 2.6, precision: 0.01 });
    expect(integerStep(0)).toBe(1);
  });
});

describe("parseNumberWords", () => {
  it("reads simple, compound and scaled numbers", () => {
    expect(words("eight regional capitals")?.value).toBe(8);
    expect(words("twenty-seven")?.value).toBe(27);
    expect(words("fifty billion dollars")?.value).toBe(5e10);
    expect(words("a thousand people")?.value).toBe(1000);
    expect(words("three hundred and six")?.value).toBe(306);
    expect(words("two million five hundred thousand")?.value).toBe(2_500_000);
    expect(words("five six")?.value).toBe(5);
  });

  it("rejects 'a' without a scale and non-number words", () => {
    expect(words("a day")).toBeNull();
    expect(words("several")).toBeNull();
  });

  it("reports the trailing scale for ranges", () => {
    expect(words("three million")?.scale).toBe(1e6);
    expect(words("three")?.scale).toBe(1);
  });
});

describe("tokenize", () => {
  it("keeps thousands groups, decimals and apostrophes, splits hyphens", () => {
    const toks = tokenize("Tajikistan’s 1,350-kilometer border, 2.5 and 1,2");
    expect(toks.map((t) => t.text)).toEqual(["Tajikistan’s", "1,350", "-", "kilometer", "border", ",", "2.5", "and", "1", ",", "2"]);
  });
});
