import { describe, expect, it } from "vitest";
import { batchYear, dominantYear, ownYear } from "./reference-year";

describe("reference year for dates written without one", () => {
  it("prefers the publication date", () => {
    expect(ownYear({ publishedAt: "2019-04-02", text: "In 2001 and 2001 again." })).toBe(2019);
  });
  it("falls back to the year the text mentions most", () => {
    expect(dominantYear("Talks in 2020 failed; by 2021 and again in March 2021 they resumed.")).toBe(2021);
    expect(ownYear({ publishedAt: null, text: "No years here, only 12 people." })).toBeNull();
  });
  it("ignores numbers that are not plausible years", () => {
    expect(dominantYear("It cost 1200 dollars and 3000 people came.")).toBeNull();
  });
  it("takes the batch's most common year for documents that name none", () => {
    expect(batchYear([2021, null, 2021, 2013])).toBe(2021);
    expect(batchYear([null, null])).toBeNull();
  });
});
