import { describe, expect, it } from "vitest";
import { makeClaim } from "../testing/claims";
import type { CqeUnits } from "./cqe-units";
import { mapClaimsToNewsQuant } from "./map-claims";

// A few vocabulary entries in cqe_unit.json's shape, written for the test.
const entry = (surfaces: string[], entity: string, currency_code?: string) => ({
  surfaces,
  symbols: [],
  entity,
  currency_code,
});
const units: CqeUnits = {
  percentage: entry(["percent", "per cent"], "dimensionless"),
  dollar: entry(["dollar", "dollars"], "currency", "USD"),
  euro: entry(["euro", "euros"], "currency", "EUR"),
  count: entry(["time", "times"], "dimensionless"),
  kilometre: entry(["kilometre", "kilometer"], "length"),
  year: entry(["year", "years"], "time"),
};

/** A claim located in `sentence` at the first occurrence of `figure`. */
function claimIn(sentence: string, figure: string, fields: Parameters<typeof makeClaim>[0]) {
  const start = sentence.indexOf(figure);
  return makeClaim({ sentence, start, end: start + figure.length, figure, ...fields });
}

describe("mapClaimsToNewsQuant", () => {
  it("keeps a calibre and a gauge as measures with their own unit", () => {
    const sentence = "Police found a .38-caliber revolver and a 12-gauge shotgun.";
    const out = mapClaimsToNewsQuant(
      [
        claimIn(sentence, ".38-caliber", { kind: "measure", value: 0.38, low: 0.38, high: 0.38, unit: "caliber", subject: "revolver", concept: "revolver" }),
        claimIn(sentence, "12-gauge", { kind: "measure", value: 12, low: 12, high: 12, unit: "gauge", subject: "shotgun", concept: "shotgun" }),
      ],
      sentence,
      units,
    );
    expect(out.map((q) => [q.value, q.normalized_unit, q.referred_concepts])).toEqual([
      [0.38, "caliber", ["revolver"]],
      [12, "gauge", ["shotgun"]],
    ]);
  });
  it("maps qualifiers to change labels and lets a change direction win", () => {
    const sentence = "Sales rose 5% to more than 200 euros while about 30 shops closed.";
    const mapped = mapClaimsToNewsQuant(
      [
        claimIn(sentence, "5%", { value: 5, kind: "percent", unit: "%", change: "up" }),
        claimIn(sentence, "more than 200 euros", { value: 200, kind: "money", unit: "EUR", qualifier: "more_than" }),
        claimIn(sentence, "about 30", { value: 30, kind: "count", unit: "shop", qualifier: "about", subject: "shops" }),
      ],
      sentence,
      units,
    );
    expect(mapped.map((q) => [q.change, q.normalized_unit])).toEqual([
      ["up", "percentage"],
      [">", "euro"],
      ["~", "shop"],
    ]);
    // Counts: the subject is the counted noun, which CQE calls the unit.
    expect(mapped[2].referred_concepts).toEqual(["-"]);
  });

  it("writes ranges as low-high with '=', and skips dates", () => {
    const sentence = "Between 40 and 45 buses ran on 3 May 2021.";
    const mapped = mapClaimsToNewsQuant(
      [
        claimIn(sentence, "Between 40 and 45", { value: 42.5, low: 40, high: 45, qualifier: "range", unit: "bus" }),
        claimIn(sentence, "3 May 2021", { value: 18750, kind: "date", unit: "date" }),
      ],
      sentence,
      units,
    );
    expect(mapped).toEqual([{ value: "40.0-45.0", change: "=", normalized_unit: "bus", referred_concepts: ["-"] }]);
  });

  it("skips clock times and ranks, which NewsQuant does not annotate", () => {
    const sentence = "The third ferry of the day left at about 6pm with 80 cars.";
    const mapped = mapClaimsToNewsQuant(
      [
        claimIn(sentence, "third", { value: 3, kind: "rank", unit: "ferry" }),
        claimIn(sentence, "about 6pm", { value: 1080, kind: "time", unit: "time", qualifier: "about" }),
        claimIn(sentence, "80", { value: 80, unit: "car" }),
      ],
      sentence,
      units,
    );
    expect(mapped.map((q) => q.value)).toEqual([80]);
  });

  it("turns word fractions back into decimals with a '% noun' unit", () => {
    const sentence = "Two-thirds of the voters stayed home.";
    const [mapped] = mapClaimsToNewsQuant(
      [claimIn(sentence, "Two-thirds", { value: 66.66666666666667, kind: "percent", unit: "%", subject: "the voters" })],
      sentence,
      units,
    );
    expect(mapped.value).toBeCloseTo(0.6667, 4);
    expect(mapped.normalized_unit).toBe("% voter");
    expect(mapped.referred_concepts).toEqual(["voters"]);
  });

  it("reads rates, ages and vocabulary count nouns from the words after the figure", () => {
    const sentence = "Shares paid $2 a share, the 68-year-old said, four times in all, at 90 km/h.";
    const mapped = mapClaimsToNewsQuant(
      [
        claimIn(sentence, "$2", { value: 2, kind: "money", unit: "USD" }),
        claimIn(sentence, "68-year", { value: 68, kind: "duration", unit: "year" }),
        claimIn(sentence, "four times", { value: 4, kind: "count", unit: "time" }),
        claimIn(sentence, "90 km", { value: 90, kind: "length", unit: "km" }),
      ],
      sentence,
      units,
    );
    expect(mapped.map((q) => q.normalized_unit)).toEqual(["dollar per share", "year of age", "count", "kilometre per hour"]);
  });

  it("gives '-' as concept when a claim has no subject, and lists subject content words otherwise", () => {
    const sentence = "Revenue of the firm reached $3 million.";
    const [mapped] = mapClaimsToNewsQuant(
      [claimIn(sentence, "$3 million", { value: 3e6, kind: "money", unit: "USD", subject: "Revenue of the firm" })],
      sentence,
      units,
    );
    expect(mapped.referred_concepts).toEqual(["Revenue", "firm"]);
    expect(mapped.value).toBe(3e6);
  });

  it("lists the words of every concept, without possessive 's", () => {
    const sentence = "The mill's owner announced a $2 million upgrade.";
    const [mapped] = mapClaimsToNewsQuant(
      [claimIn(sentence, "$2 million", { value: 2e6, kind: "money", unit: "USD", concept: "upgrade", concepts: ["upgrade", "mill's owner"] })],
      sentence,
      units,
    );
    expect(mapped.referred_concepts).toEqual(["upgrade", "mill", "owner"]);
  });
});

describe("mapClaimsToNewsQuant: benchmark conventions", () => {
  it("joins 'from A to B' into one range, keeps vague plurals as one-to-ten times the scale", () => {
    const sentence = "The fare went from $4 to $3 while thousands of riders waited.";
    const mapped = mapClaimsToNewsQuant(
      [
        claimIn(sentence, "$4", { value: 4, kind: "money", unit: "USD" }),
        claimIn(sentence, "$3", { value: 3, kind: "money", unit: "USD" }),
        claimIn(sentence, "thousands", { value: 5499.5, low: 2000, high: 9999, qualifier: "range", precision: 1000, unit: "rider" }),
      ],
      sentence,
      units,
    );
    expect(mapped.map((q) => q.value)).toEqual(["4.0-3.0", "1000.0-10000.0"]);
  });

  it("uses the whole counted phrase as the unit, the concept as referred concepts, and a minus share as down", () => {
    const sentence = "The depot has 40 electric buses and copper was -2%.";
    const mapped = mapClaimsToNewsQuant(
      [
        claimIn(sentence, "40", { value: 40, unit: "bus", subject: "electric buses", concept: "depot" }),
        claimIn(sentence, "-2%", { value: -2, kind: "percent", unit: "%", concept: "copper" }),
      ],
      sentence,
      units,
    );
    expect(mapped.map((q) => [q.normalized_unit, q.referred_concepts, q.change])).toEqual([
      ["electric bus", ["depot"], "="],
      ["percentage", ["copper"], "down"],
    ]);
  });
});

describe("mapClaimsToNewsQuant, round 3 conventions", () => {
  it("labels a change named by a noun with its qualifier, a verb's change with its direction", () => {
    const sentence = "Fares rose 4% after a 6% rise last year and a cut of 300 jobs.";
    const mapped = mapClaimsToNewsQuant(
      [
        claimIn(sentence, "4%", { value: 4, kind: "percent", unit: "%", change: "up" }),
        claimIn(sentence, "6%", { value: 6, kind: "percent", unit: "%", change: "up" }),
        claimIn(sentence, "300", { value: 300, kind: "count", unit: "job", subject: "jobs", change: "down" }),
      ],
      sentence,
      units,
    );
    expect(mapped.map((q) => q.change)).toEqual(["up", "=", "="]);
  });

  it("reads a '+' sign as a rise, '~' before a range and an averaging verb as approximate", () => {
    const sentence = "Bonds +0.4% while rents averaged 900 euros, at ~20 - 30 km.";
    const mapped = mapClaimsToNewsQuant(
      [
        claimIn(sentence, "0.4%", { value: 0.4, kind: "percent", unit: "%" }),
        claimIn(sentence, "900 euros", { value: 900, kind: "money", unit: "EUR" }),
        claimIn(sentence, "20 - 30 km", { value: 25, low: 20, high: 30, kind: "length", unit: "km", qualifier: "range" }),
      ],
      sentence,
      units,
    );
    expect(mapped.map((q) => q.change)).toEqual(["up", "~", "~"]);
  });

  it("finds a rate after a bracketed conversion or after the counted noun", () => {
    const sentence = "Tickets cost 40 euros ($44) a year and the lab runs 500 tests per day.";
    const mapped = mapClaimsToNewsQuant(
      [
        claimIn(sentence, "40 euros", { value: 40, kind: "money", unit: "EUR" }),
        claimIn(sentence, "500", { value: 500, kind: "count", unit: "test", subject: "tests" }),
      ],
      sentence,
      units,
    );
    expect(mapped.map((q) => q.normalized_unit)).toEqual(["euro per year", "test per day"]);
  });

  it("drops the conjunction of coordinated modifiers and leading participles from a count's unit", () => {
    const sentence = "Police found 70 Ford and Fiat vans and 20 neatly stacked crates.";
    const mapped = mapClaimsToNewsQuant(
      [
        claimIn(sentence, "70", { value: 70, kind: "count", unit: "van", subject: "Ford and Fiat vans" }),
        claimIn(sentence, "20", { value: 20, kind: "count", unit: "crate", subject: "neatly stacked crates" }),
      ],
      sentence,
      units,
    );
    expect(mapped.map((q) => q.normalized_unit)).toEqual(["Ford Fiat van", "crate"]);
  });

  it("keeps a percent taken from a parallel figure as a percentage, not a fraction", () => {
    const sentence = "Oslo gained 2 percent and Bergen 1.";
    const mapped = mapClaimsToNewsQuant([claimIn(sentence, "1", { value: 1, kind: "percent", unit: "%" })], sentence, units);
    expect(mapped[0]).toMatchObject({ value: 1, normalized_unit: "percentage" });
  });

  it("joins 'from A <time or unit phrase> to B' into one range, but not across a clause break", () => {
    const sentence = "The token slid from $410 at noon yesterday to $388 by evening.";
    const mapped = mapClaimsToNewsQuant(
      [
        claimIn(sentence, "$410", { value: 410, kind: "money", unit: "USD", change: null }),
        claimIn(sentence, "$388", { value: 388, kind: "money", unit: "USD" }),
      ],
      sentence,
      units,
    );
    expect(mapped.map((q) => q.value)).toEqual(["410.0-388.0"]);
    const split = "Fares went from $12, the board said, to $15.";
    const two = mapClaimsToNewsQuant(
      [claimIn(split, "$12", { value: 12, kind: "money", unit: "USD" }), claimIn(split, "$15", { value: 15, kind: "money", unit: "USD" })],
      split,
      units,
    );
    expect(two).toHaveLength(2);
  });

  it("writes a word fraction as the fraction itself, not Collate's rounded percent", () => {
    const sentence = "Two-thirds of the orchards flooded.";
    const mapped = mapClaimsToNewsQuant([claimIn(sentence, "Two-thirds", { value: 66.67, kind: "percent", unit: "%", subject: "orchards" })], sentence, units);
    expect(mapped[0].value).toBe(2 / 3);
  });

  it("names a price written with the symbol p as points, and the word pence as pennies", () => {
    const sentence = "Acme closed at 212p, or 212 pence.";
    const mapped = mapClaimsToNewsQuant(
      [
        claimIn(sentence, "212p", { value: 212, kind: "money", unit: "penny" }),
        claimIn(sentence, "212 pence", { value: 212, kind: "money", unit: "penny" }),
      ],
      sentence,
      units,
    );
    expect(mapped.map((q) => q.normalized_unit)).toEqual(["point", "penny"]);
  });
});
