import { describe, expect, it } from "vitest";
import { conceptsMatch, maximumMatching, scoreNewsQuant } from "./score";
import type { GoldQuantity, GoldSentence, PredictedQuantity, PredictedSentence } from "./types";

const gold = (value: string, unit: string, change = "=", concepts = "-"): GoldQuantity => ({
  value,
  unit,
  normalized_unit: unit,
  change,
  referred_concepts: concepts,
});
const predicted = (value: number | string, unit: string, change = "=", concepts: string[] = ["-"]): PredictedQuantity => ({
  value,
  normalized_unit: unit,
  change,
  referred_concepts: concepts,
});

const text = "The council hired 12 aides and 12 nurses, about 5 percent more staff.";
// Sorted by unit, "aide" comes before "nurse": that order drives the paper's quirks.
const goldSentences: GoldSentence[] = [
  {
    text,
    quantities: [gold("12.0", "nurse"), gold("12.0", "aide", "=", "council"), gold("5.0", "percentage", "~", "staff")],
  },
];

describe("scoreNewsQuant, paper matching", () => {
  it("credits one prediction against several gold quantities until it is consumed by a unit match", () => {
    // One "12 nurse" prediction: for gold "12 aide" it matches value (+change) but not the unit,
    // so it stays in the pool and matches "12 nurse" too.
    const predictions: PredictedSentence[] = [{ text, quantities: [predicted(12, "nurse")] }];
    const score = scoreNewsQuant(goldSentences, predictions, { matching: "paper" });
    expect(score.metrics.value.correct).toBe(2);
    expect(score.metrics["value+change"].correct).toBe(2);
    expect(score.metrics["value+unit"].correct).toBe(1);
    expect(score.metrics.value.precision).toBeCloseTo(200);

    const strict = scoreNewsQuant(goldSentences, predictions, { matching: "one-to-one" });
    expect(strict.metrics.value.correct).toBe(1);
    expect(strict.metrics["value+change"].correct).toBe(1);
  });

  it("caps value credit at the sentence's gold count", () => {
    const predictions: PredictedSentence[] = [
      { text, quantities: [predicted(12, "x"), predicted(12, "y"), predicted(12, "z"), predicted(12, "w")] },
    ];
    const score = scoreNewsQuant(goldSentences, predictions, { matching: "paper" });
    expect(score.metrics.value.correct).toBe(3);
  });

  it("scores a perfect prediction 100 everywhere, with the gold concept string split on commas and spaces", () => {
    const perfectText = "Some 40 to 45 city buses, 3 trams and 8 percent of the fleet.";
    const perfectGold: GoldSentence[] = [
      {
        text: perfectText,
        quantities: [gold("40.0-45.0", "bus", "~", "city, buses"), gold("3.0", "tram", "=", "tram"), gold("8.0", "% fleet")],
      },
    ];
    const predictions: PredictedSentence[] = [
      {
        text: perfectText,
        quantities: [
          predicted("8", "% fleet"),
          predicted("40-45", "Bus", "~", ["buses", "City"]),
          predicted(3, "tram", "=", ["tram"]),
        ],
      },
    ];
    for (const matching of ["paper", "one-to-one"] as const) {
      const score = scoreNewsQuant(perfectGold, predictions, { matching });
      for (const metric of Object.values(score.metrics)) expect(metric.f1).toBeCloseTo(100);
    }
  });

  it("counts non-numeric predictions as wrong predictions", () => {
    const predictions: PredictedSentence[] = [{ text, quantities: [predicted("a few", "-")] }];
    const score = scoreNewsQuant(goldSentences, predictions, { matching: "paper" });
    expect(score.predictedCount).toBe(1);
    expect(score.skippedPredictions).toBe(1);
    expect(score.metrics.value.correct).toBe(0);
  });

  it("looks sentences up by text when the prediction list is a reordered superset", () => {
    const predictions: PredictedSentence[] = [
      { text: "Unrelated sentence with 7 cats.", quantities: [predicted(7, "cat")] },
      { text, quantities: [predicted(5, "percentage", "~")] },
    ];
    const score = scoreNewsQuant(goldSentences, predictions, { matching: "paper" });
    expect(score.predictedCount).toBe(1);
    expect(score.metrics["value+unit"].correct).toBe(1);
  });
});

describe("conceptsMatch", () => {
  it("is partial on any shared token and complete on the same token set and length", () => {
    expect(conceptsMatch(["revenue", "giant"], ["Revenue"])).toEqual({ partial: true, complete: false });
    expect(conceptsMatch(["revenue", "giant"], ["giant", "revenue"])).toEqual({ partial: true, complete: true });
    expect(conceptsMatch(["revenue"], ["profit"])).toEqual({ partial: false, complete: false });
  });
});

describe("maximumMatching", () => {
  it("finds the augmenting path a greedy pass would miss", () => {
    // left 0 can take 0 or 1, left 1 only 0.
    expect(maximumMatching([[0, 1], [0]], 2)).toBe(2);
  });
});
