import { describe, expect, it } from "vitest";
import { assertCompatible, defaultGroupingModel, sameQuantityProbability } from "./model";
import { FEATURE_NAMES, type PairFeatures } from "./pair-features";

describe("the committed grouping model", () => {
  const model = defaultGroupingModel();

  it("was fitted on exactly the features the code computes (else: npm run train -- grouping)", () => {
    expect(() => assertCompatible(model)).not.toThrow();
    expect(model.weights).toHaveLength(FEATURE_NAMES.length);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    expect(model.trainedOn.positivePairs).toBeGreaterThan(0);
  });

  it("refuses a model fitted on other features", () => {
    expect(() => assertCompatible({ ...model, features: ["context"] })).toThrow(/npm run train -- grouping/);
  });

  it("gives a probability that grows with the shared context", () => {
    const none = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as PairFeatures;
    const low = sameQuantityProbability(model, none);
    const high = sameQuantityProbability(model, { ...none, context: 1, headSame: 1, equalValue: 1 });
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThan(1);
    expect(high).toBeGreaterThan(low);
  });
});
