/** Rule-by-rule tests on sentences written for this suite. */
import { describe, expect, it } from "vitest";
import { dateISO, extractClaims, type ExtractedClaim } from "./index";

function claims(text: string, referenceYear?: number): ExtractedClaim[] {
  const out = extractClaims(text, referenceYear ? { referenceYear } : {});
  for (const c of out) expect(text.slice(c.start, c.end)).toBe(c.figure);
  return out;
}

/** The single claim whose figure is `figure`. */
function claim(text: string, figure: string, referenceYear?: number): ExtractedClaim {
  const found = claims(text, referenceYear).filter((c) => c.figure === figure);
  expect(found.map((c) => c.figure), `figures in: ${text} → ${JSON.stringify(claims(text, referenceYear).map((c) => c.figure))}`).toEqual([figure]);
  return found[0];
}

function figures(text: string, referenceYear?: number): string[] {
  return claims(text, referenceYear).map((c) => c.figure);
}

describe("numbers in digits and words", () => {
  it("reads thousands separators and decimals", () => {
    const c = claim("The ferry carried 2,345 passengers across the lake.", "2,345");
    expect([c.value, c.low, c.high, c.qualifier, c.kind]).toEqual([2345, 2345, 2345, "exact", "count"]);
    expect(claim("Inflation stood at 3.25 percent in March.", "3.25 percent").value).toBe(3.25);
  });

  it("reads number words, compounds and 'a thousand'", () => {
    expect(claim("Organisers counted forty-two thousand runners.", "forty-two thousand").value).toBe(42000);
    expect(claim("The village sheltered one hundred and twenty families.", "one hundred and twenty").value).toBe(120);
    expect(claim("Nearly a thousand volunteers signed up.", "Nearly a thousand").high).toBe(1000);
    expect(claim("They planted two dozen trees.", "two dozen").value).toBe(24);
  });

  it("applies scale words and suffixes", () => {
    expect(claim("The survey reached 4 thousand households.", "4 thousand").value).toBe(4000);
    expect(claim("The app has 3.5 million users.", "3.5 million").value).toBe(3_500_000);
    expect(claim("Some 2m people live in the valley.", "Some 2m").low).toBe(1_800_000);
    expect(claim("The league drew 12k fans.", "12k").value).toBe(12000);
  });
});

describe("precision", () => {
  it("is the step of the last stated non-zero digit, times the scale", () => {
    expect(claim("The wall is 2,350 metres long.", "2,350 metres").precision).toBe(10);
    expect(claim("The wall is 2,351 metres long.", "2,351 metres").precision).toBe(1);
    expect(claim("The club has 4,800 members.", "4,800").precision).toBe(100);
    expect(claim("The club has 6 thousand members.", "6 thousand").precision).toBe(1000);
    expect(claim("The fund lost 2.6 million dollars.", "2.6 million dollars").precision).toBe(100_000);
    expect(claim("Three-fifths of voters agreed.", "Three-fifths").precision).toBe(0.01);
  });
});

describe("qualifiers", () => {
  const cases: Array<[string, string, number | null, number | null, string]> = [
    ["At least 40 homes were flooded.", "At least 40", 40, null, "at_least"],
    ["No fewer than 40 homes were flooded.", "No fewer than 40", 40, null, "at_least"],
    ["More than 40 homes were flooded.", "More than 40", 40, null, "more_than"],
    ["The storm flooded over 40 homes.", "over 40", 40, null, "more_than"],
    ["The damage exceeds 40 homes.", "exceeds 40", 40, null, "more_than"],
    ["About 40 homes were flooded.", "About 40", 36, 44, "about"],
    ["Around 50 homes were flooded.", "Around 50", 45, 55, "about"],
    ["Roughly 50 homes were flooded.", "Roughly 50", 45, 55, "about"],
    ["An estimated 50 homes were flooded.", "An estimated 50", 45, 55, "about"],
    ["Almost 50 homes were flooded.", "Almost 50", 45, 50, "almost"],
    ["Nearly 50 homes were flooded.", "Nearly 50", 45, 50, "almost"],
    ["Up to 50 homes were flooded.", "Up to 50", 0, 50, "up_to"],
    ["As many as 50 homes were flooded.", "As many as 50", 0, 50, "up_to"],
    ["Fewer than 50 homes were flooded.", "Fewer than 50", 0, 50, "less_than"],
    ["Less than 50 homes were flooded.", "Less than 50", 0, 50, "less_than"],
    ["No more than 50 homes were flooded.", "No more than 50", 0, 50, "at_most"],
    ["The flood hit 50 homes or more.", "50 homes or more".replace(" homes", ""), 50, null, "at_least"],
  ];
  it.each(cases)("%s", (text, figure, low, high, qualifier) => {
    if (figure === "50 or more") {
      // suffix qualifiers sit after the counted noun only when glued: test "50 or more homes"
      const c = claim("The flood hit 50 or more homes.", "50 or more");
      expect([c.low, c.high, c.qualifier]).toEqual([low, high, qualifier]);
      return;
    }
    const c = claim(text, figure);
    expect([c.low, c.high, c.qualifier]).toEqual([low, high, qualifier]);
  });

  it("caps open percentages at 100", () => {
    const c = claim("Turnout was above 65% in the capital.", "above 65%");
    expect([c.low, c.high]).toEqual([65, 100]);
  });

  it("keeps the qualifier inside the figure", () => {
    expect(figures("Police arrested at least 12 people.")).toEqual(["at least 12"]);
  });
});

describe("ranges", () => {
  it("reads between/and, to, hyphen and or", () => {
    const a = claim("Between 10 and 15 boats sank.", "Between 10 and 15");
    expect([a.low, a.high, a.value, a.qualifier]).toEqual([10, 15, 12.5, "range"]);
    const b = claim("Prices rose in 6 to 8 percent of shops.", "6 to 8 percent");
    expect([b.kind, b.low, b.high]).toEqual(["percent", 6, 8]);
    const c = claim("The index moved within a 1.0-1.5 band.", "1.0-1.5");
    expect([c.low, c.high]).toEqual([1, 1.5]);
    const d = claim("The trip takes two or three days.", "two or three days");
    expect([d.kind, d.low, d.high, d.unit]).toEqual(["duration", 2, 3, "day"]);
  });

  it("carries the scale of the upper bound to the lower one", () => {
    const c = claim("The dam cost 2 to 3 billion euros.", "2 to 3 billion euros");
    expect([c.kind, c.unit, c.low, c.high]).toEqual(["money", "EUR", 2e9, 3e9]);
  });

  it("treats 'rose from A to B' as two levels, not a range", () => {
    expect(figures("Unemployment rose from 5% to 7% last year.")).toEqual(["5%", "7%"]);
  });
});

describe("fractions and percentages", () => {
  it("values fractions in percent", () => {
    expect(claim("Rebels hold two-thirds of the province.", "two-thirds").value).toBe(66.67);
    expect(claim("A third of the crop was lost.", "A third").value).toBe(33.33);
    expect(claim("Half the bridges are closed.", "Half").value).toBe(50);
    expect(claim("One in five adults smokes.", "One in five").value).toBe(20);
    expect(claim("Three out of four clinics reopened.", "Three out of four").value).toBe(75);
    expect(claim("The rebels seized a quarter of the city.", "a quarter").unit).toBe("%");
  });

  it("does not read ordinals as fractions", () => {
    expect(figures("She won a third term in office.")).toEqual([]);
    expect(figures("The second half of the match was dull.")).toEqual([]);
  });

  it("reads %, percent and per cent, and what the share is of", () => {
    const c = claim("Rebels control 40% of the coastal road.", "40%");
    expect([c.kind, c.unit, c.subject]).toEqual(["percent", "%", "coastal road"]);
    expect(claim("Sales grew in 12 per cent of stores.", "12 per cent").value).toBe(12);
    expect(claim("Support fell to 31 percent.", "31 percent").kind).toBe("percent");
  });
});

describe("lengths and other measures", () => {
  it("keeps the stated unit, normalised", () => {
    const a = claim("Engineers built a 2,400-kilometre-long pipeline.", "2,400-kilometre");
    expect([a.kind, a.unit, a.value, a.subject]).toEqual(["length", "km", 2400, "pipeline"]);
    expect(claim("The trail is 14 km long.", "14 km").unit).toBe("km");
    expect(claim("The peak rises 9,000 feet above the plain.", "9,000 feet").unit).toBe("ft");
    expect(claim("The river is 6 miles wide here.", "6 miles").unit).toBe("mi");
    expect(claim("They erected an 80m tower.", "80m").unit).toBe("m");
    expect(claim("The fire burned 300 hectares of forest.", "300 hectares").kind).toBe("area");
    expect(claim("The truck carried 12 tonnes of grain.", "12 tonnes").kind).toBe("mass");
  });
});

describe("money", () => {
  const cases: Array<[string, string, string, number]> = [
    ["The city borrowed $240 million for roads.", "$240 million", "USD", 240e6],
    ["The club paid £1.7m for the striker.", "£1.7m", "GBP", 1.7e6],
    ["The grant totals €35,000 per year.", "€35,000", "EUR", 35000],
    ["The port received 2m euros in aid.", "2m euros", "EUR", 2e6],
    ["Donors pledged fifty million dollars.", "fifty million dollars", "USD", 50e6],
    ["The firm raised US$12 million.", "US$12 million", "USD", 12e6],
    ["The state spent INR 500 crore on the scheme.", "INR 500 crore", "INR", 5e9],
    ["The fine was 3 million USD.", "3 million USD", "USD", 3e6],
    ["The deal is worth $2.6bn.", "$2.6bn", "USD", 2.6e9],
    ["The bank lent 400 million roubles.", "400 million roubles", "RUB", 400e6],
    ["Exports reached 7 billion pounds.", "7 billion pounds", "GBP", 7e9],
  ];
  for (const [text, figure, unit, value] of cases) {
    it(text, () => {
      const c = claim(text, figure);
      expect([c.kind, c.unit, c.value]).toEqual(["money", unit, value]);
    });
  }

  it("names what the money is for", () => {
    expect(claim("The city borrowed $240 million for new bus depots.", "$240 million").subject).toBe("new bus depots");
  });
});

describe("dates", () => {
  it("reads month-day-year and day-month-year forms", () => {
    const a = claim("The treaty was signed on March 4, 2019 in Geneva.", "March 4, 2019");
    expect([a.kind, dateISO(a.low ?? 0), dateISO(a.high ?? 0), a.qualifier]).toEqual(["date", "2019-03-04", "2019-03-04", "exact"]);
    expect(dateISO(claim("Polls closed on Oct. 2, 2020 nationwide.", "Oct. 2, 2020").low ?? 0)).toBe("2020-10-02");
    expect(dateISO(claim("The vote was held on Sunday 3 March 2024 without incident.", "Sunday 3 March 2024").low ?? 0)).toBe("2024-03-03");
    expect(dateISO(claim("It reopened on the 5th of June 2022.", "5th of June 2022").low ?? 0)).toBe("2022-06-05");
  });

  it("uses referenceYear for dates without a year", () => {
    expect(dateISO(claim("Troops must leave by November 30.", "November 30", 2022).low ?? 0)).toBe("2022-11-30");
  });

  it("borrows the year of other full dates in the text when none is given", () => {
    const text = "The talks began on May 2, 2018. A deal is due by June 15.";
    const c = claims(text).find((x) => x.figure === "June 15");
    expect(c && dateISO(c.low ?? 0)).toBe("2018-06-15");
  });

  it("drops a yearless date when no year is known", () => {
    expect(figures("A deal is due by June 15.")).toEqual([]);
  });

  it("turns month periods into intervals", () => {
    const end = claim("Work should finish by the end of February.", "end of February", 2024);
    expect([dateISO(end.low ?? 0), dateISO(end.high ?? 0), end.qualifier]).toEqual(["2024-02-23", "2024-02-29", "range"]);
    const early = claim("Fighting resumed in early October.", "early October", 2021);
    expect([dateISO(early.low ?? 0), dateISO(early.high ?? 0)]).toEqual(["2021-10-01", "2021-10-10"]);
    const mid = claim("Fighting resumed in mid-October.", "mid-October", 2021);
    expect([dateISO(mid.low ?? 0), dateISO(mid.high ?? 0)]).toEqual(["2021-10-11", "2021-10-20"]);
    const month = claim("Fighting resumed in October 2021.", "October 2021");
    expect([dateISO(month.low ?? 0), dateISO(month.high ?? 0)]).toEqual(["2021-10-01", "2021-10-31"]);
  });

  it("reads a year after a temporal preposition as that whole year", () => {
    const founded = claim("The choir was founded in 1962.", "1962");
    expect([founded.kind, dateISO(founded.low ?? 0), dateISO(founded.high ?? 0), founded.qualifier]).toEqual(["date", "1962-01-01", "1962-12-31", "range"]);
    expect(claim("The bridge has been closed since late 2014.", "2014").kind).toBe("date");
    const month = claim("The mill closed in March, 1962.", "March, 1962");
    expect([dateISO(month.low ?? 0), dateISO(month.high ?? 0)]).toEqual(["1962-03-01", "1962-03-31"]);
  });

  it("does not read a modal 'may' as a month", () => {
    expect(figures("Prices may 5 times... no, they may rise.").filter((f) => f.includes("may"))).toEqual([]);
  });
});

describe("durations and ages", () => {
  it("reads durations", () => {
    const c = claim("The siege lasted 18 months.", "18 months");
    expect([c.kind, c.unit, c.value]).toEqual(["duration", "month", 18]);
    expect(claim("Talks stalled for two decades.", "two decades").unit).toBe("decade");
  });

  it("reads ages", () => {
    const a = claim("A 42-year-old farmer was detained.", "42-year-old");
    expect([a.kind, a.value, a.unit]).toEqual(["age", 42, "year"]);
    const b = claim("Maria Lopez, 29, was the first to arrive.", "29");
    expect([b.kind, b.value, b.subject]).toEqual(["age", 29, "Maria Lopez"]);
    expect(claim("The mayor is 61 years old.", "61 years old").kind).toBe("age");
  });
});

describe("vague amounts", () => {
  it("gives plural scales an interval", () => {
    const a = claim("Thousands of workers went on strike.", "Thousands");
    expect([a.low, a.high, a.unit, a.subject, a.qualifier]).toEqual([2000, 9999, "worker", "workers", "range"]);
    expect(claim("Hundreds of shops closed.", "Hundreds").low).toBe(200);
    const c = claim("Tens of thousands of fans marched.", "Tens of thousands");
    expect([c.low, c.high]).toEqual([20000, 99999]);
    expect(claim("Dozens of villages lost power.", "Dozens").high).toBe(99);
    const d = claim("The scheme cost millions of dollars.", "millions of dollars");
    expect([d.kind, d.unit, d.low]).toEqual(["money", "USD", 2e6]);
  });
});

describe("changes", () => {
  it("marks direction of a change", () => {
    expect(claim("Exports rose 5% in May.", "5%").change).toBe("up");
    expect(claim("The index fell by 3.9 points.", "3.9 points").change).toBe("down");
    expect(claim("Profits were down $2 billion on the year.", "$2 billion").change).toBe("down");
    expect(claim("Output saw a 4% drop after the strike.", "4%").change).toBe("down");
    expect(claim("Nurses won a 6% pay rise.", "6%").change).toBe("up");
    expect(claim("Output saw an increase of 4% after the strike.", "4%").change).toBe("up");
  });
  it("leaves levels alone", () => {
    expect(claim("Exports reached 5 tonnes.", "5 tonnes").change).toBeNull();
    expect(claim("Budgets grew to up to $3 million.", "up to $3 million").qualifier).toBe("up_to");
  });
});

describe("subjects and units of counts", () => {
  it("takes the counted noun phrase and its singular head", () => {
    const a = claim("Officials said 320 miners and engineers were trapped.", "320");
    expect([a.subject, a.unit]).toEqual(["miners and engineers", "miner"]);
    expect(claim("The storm displaced 900 people overnight.", "900").unit).toBe("people");
    expect(claim("Rescuers reached 14 remote villages by boat.", "14").unit).toBe("village");
    expect(claim("Rebels now hold 31 districts.", "31").unit).toBe("district");
  });
});

describe("attribution", () => {
  it("finds 'according to', subject-verb and trailing cues", () => {
    expect(claim("According to the health ministry, 210 patients were admitted.", "210").attribution).toBe("the health ministry");
    expect(claim("The Red Cross said 75 shelters were open.", "75").attribution).toBe("The Red Cross");
    expect(claim("Local officials have repeatedly estimated that 75 shelters were open.", "75").attribution).toBe("Local officials");
    expect(claim("Two bridges collapsed and 75 cars were swept away, police said.", "75").attribution).toBe("police");
    expect(claim("New figures published by Statista and Eurostat show that 75 ports were closed.", "75").attribution).toBe("Statista and Eurostat");
    expect(claim("At least 75 shelters were open, said the governor.", "At least 75").attribution).toBe("the governor");
  });
  it("is null without a cue and ignores pronouns", () => {
    expect(claim("The island has 75 beaches.", "75").attribution).toBeNull();
    expect(claim("He said 75 shelters were open.", "75").attribution).toBeNull();
  });
});

describe("not claims", () => {
  const cases: string[] = [
    "First, the plan is costly. Second, it is slow.",
    "For four reasons: the cost, the delay, the risk and the politics.",
    "There is only one road into the valley.",
    "No one expected the verdict.",
    "It is one of the largest ports in Europe.",
    "The 2-2 draw left them 2-0 down on aggregate.",
    "Delegates from the Group of Seven met in Rome.",
    "The Six Nations tournament opens on Saturday.",
    "Call the hotline on 555-867-5309 for details.",
    "Dial +44 20 7946 0958 to reach the office.",
    "The home side won 3-1 in the rain.",
    "It was a 2-0 victory for the visitors.",
    "1. Gather the documents.",
    "See page 12 and Article 5 of the charter.",
    "The COVID-19 wave and the F-16 deal dominated talks.",
    "She finished 3rd in the race.",
    "The two sides traded blame.",
  ];
  it.each(cases)("%s", (text) => {
    expect(figures(text, 2021)).toEqual([]);
  });
});

describe("clock times and ranks are their own kinds, never counts", () => {
  // Earlier rounds dropped these; the analyst compares them across outlets ("at 4.30am" vs "before 5am").
  it("reads a clock time as minutes after midnight", () => {
    const kinds = (text: string) => extractClaims(text, { referenceYear: 2021 }).map((c) => [c.figure, c.kind, c.value]);
    expect(kinds("The meeting starts at 10:30 in the hall.")).toEqual([["10:30", "time", 630]]);
    expect(kinds("The ferry leaves at 6 p.m. each day.")).toEqual([["6 p.m.", "time", 1080]]);
  });
  it("reads the ordinal of an event after a determiner as a rank", () => {
    const ranks = extractClaims("She finished 3rd in the 21st race of the season.").map((c) => [c.figure, c.kind, c.value, c.unit]);
    expect(ranks).toEqual([["21st", "rank", 21, "race"]]);
  });
});

describe("offsets", () => {
  it("uses UTF-16 offsets with astral characters before the figure", () => {
    const text = "🚢🚢 The ship carried 1,200 containers.";
    const c = claim(text, "1,200");
    expect(text.slice(c.start, c.end)).toBe("1,200");
    expect(c.sentenceStart).toBe(0);
  });
});

describe("labels and tallies", () => {
  it("skips names with numbers and vote tallies", () => {
    expect(figures("The crew of Apollo 11 returned safely.")).toEqual([]);
    expect(figures("The court upheld the law in a 6-3 ruling.")).toEqual([]);
    expect(figures("Visit example.org/2021/08/story-123 for more.")).toEqual([]);
  });
  it("still keeps bare figures that follow a verb", () => {
    expect(figures("The number of districts held by the army is 70.")).toEqual(["70"]);
  });
});
