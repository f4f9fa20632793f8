import { describe, expect, it } from "vitest";
import { closestWord, spellingIndex, withinOneEdit } from "./spelling";

describe("withinOneEdit", () => {
  it("accepts one insertion, deletion, substitution or adjacent swap", () => {
    expect(withinOneEdit("farenheit", "fahrenheit")).toBe(true);
    expect(withinOneEdit("celcius", "celsius")).toBe(true);
    expect(withinOneEdit("celsuis", "celsius")).toBe(true);
    expect(withinOneEdit("kilometeres", "kilometres")).toBe(true);
    expect(withinOneEdit("celcuis", "celsius")).toBe(false);
  });
  it("keeps only long words in the index and the first letter fixed", () => {
    const index = spellingIndex(["gallons", "kilometres"], 8);
    expect(closestWord("galleons", index)).toBeNull();
    expect(closestWord("kilometers", index)).toBe("kilometres");
    expect(closestWord("hilometres", index)).toBeNull();
  });
});
