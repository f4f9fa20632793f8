import { describe, expect, it } from "vitest";
import { buildSurfaceIndex, type CqeUnits } from "./cqe-units";
import { lemmatizePhrase, singularize } from "./lemma";
import { normalizeUnitName } from "./unit-names";

const units: CqeUnits = {
  "kilometre per hour": { surfaces: ["kilometre per hour"], symbols: ["km/h"], entity: "speed" },
  celsius: { surfaces: ["celsius"], symbols: ["°C"], entity: "temperature" },
  "cent per share": { surfaces: [], symbols: [], entity: "" },
  gigaton: { surfaces: ["gigaton"], symbols: [], entity: "mass" },
};
const index = buildSurfaceIndex(units);

describe("normalizeUnitName", () => {
  it("finds vocabulary names through plurals, slashes, American spelling and 'degrees'", () => {
    expect(normalizeUnitName("kilometers / hour", index)).toBe("kilometre per hour");
    expect(normalizeUnitName("Degrees Celsius", index)).toBe("celsius");
    expect(normalizeUnitName("cents per share", index)).toBe("cent per share");
    expect(normalizeUnitName("gigatonnes", index)).toBe("gigaton");
    expect(normalizeUnitName("°C", index)).toBe("celsius");
  });

  it("falls back to the lemmatized British spelling", () => {
    expect(normalizeUnitName("millimeters", index)).toBe("millimetre");
    expect(normalizeUnitName("commercial fishermen", index)).toBe("commercial fisherman");
    expect(normalizeUnitName("", index)).toBe("-");
  });
});

describe("lemma", () => {
  it("singularizes like spaCy's lemmas for common news nouns", () => {
    expect(["soldiers", "counties", "calories", "people", "buses", "status", "children"].map(singularize)).toEqual([
      "soldier",
      "county",
      "calorie",
      "people",
      "bus",
      "status",
      "child",
    ]);
  });

  it("drops stopwords from phrases", () => {
    expect(lemmatizePhrase("categories of products")).toBe("category product");
  });
});
