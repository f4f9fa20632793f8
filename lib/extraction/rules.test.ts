/** Rules added for news-text coverage; every sentence is written for this suite. */
import { describe, expect, it } from "vitest";
import { extractClaims, type ExtractedClaim } from "./index";

function one(text: string, figure: string): ExtractedClaim {
  const found = extractClaims(text).filter((c) => c.figure === figure);
  expect(found.map((c) => c.figure), `${text} → ${JSON.stringify(extractClaims(text).map((c) => c.figure))}`).toEqual([figure]);
  return found[0];
}
const figures = (text: string) => extractClaims(text).map((c) => c.figure);

describe("concept: what the figure is about", () => {
  it("is the noun phrase before the verb that governs the figure", () => {
    // the whole subject with its attachment: what rose is the turnover at the bakery
    expect(one("Quarterly turnover at the bakery rose 4% in May.", "4%").concept).toBe("Quarterly turnover at the bakery");
    expect(one("Core turnover rose 4% in May.", "4%").concept).toBe("Core turnover");
    expect(one("The regional ferry line was up 12 percent last week.", "12 percent").concept).toBe("regional ferry line");
    expect(one("Westfield Dairy, which has 800 workers, is expanding.", "800").concept).toBe("Westfield Dairy");
  });
  it("is the noun before 'of' for 'NP of <figure>'", () => {
    expect(one("The court imposed a penalty of $40,000 on the firm.", "$40,000").concept).toBe("penalty");
  });
  it("skips time words, modal verbs and predicative adjectives", () => {
    expect(one("The new hall can seat 2,000 guests.", "2,000").concept).toBe("new hall");
    expect(one("Grain exports in the quarter reached $3 billion.", "$3 billion").concept).toBe("Grain exports");
    expect(one("The old bridge was sturdy at 40 tonnes.", "40 tonnes").concept).toBe("old bridge");
  });
  it("is shared by a figure restated in brackets", () => {
    const text = "The glider flew 90 km (56 miles) on Sunday.";
    expect(one(text, "56 miles").concept).toBe(one(text, "90 km").concept);
  });
  it("is null after a subject pronoun or a clause opener", () => {
    expect(one("They sold 300 tickets.", "300").concept).toBeNull();
  });
});

describe("values", () => {
  it("counts 'one' before a noun, not as a pronoun or a pick from a ranking", () => {
    expect(one("One lorry overturned on the ring road.", "One").unit).toBe("lorry");
    expect(figures("No one answered the door.")).toEqual([]);
    // "one of the X <verb>" states that one X did it: outlets differ on it ("two of the drivers fled")
    expect(one("One of the drivers fled.", "One").unit).toBe("driver");
    expect(figures("She is one of the drivers.")).toEqual([]);
    expect(figures("It is one of the busiest roads.")).toEqual([]);
  });
  it("reads small counts whose noun is elsewhere", () => {
    expect(one("Guards fired six shots, four of them into the air.", "four").unit).toBe("shot");
    expect(one("There were five in the rowing crew.", "five").value).toBe(5);
    expect(one("It was a three-car pile-up on the bridge.", "three-car").unit).toBe("car");
    expect(one("Seven AK 47 rifles were found.", "Seven").unit).toBe("rifle");
    expect(figures("The two met again, and all three left.")).toEqual([]);
  });
  it("reads mixed fractions, 'half a dozen', hyphenated scales and speeds in words", () => {
    expect(one("The trail is 12 1/2 miles long.", "12 1/2 miles").value).toBe(12.5);
    expect(one("Stir in 3/4 cup of sugar.", "3/4").value).toBe(0.75);
    expect(one("Half a dozen vans were stolen.", "Half a dozen").value).toBe(6);
    expect(one("The grant was €3 million ($3.3-million).", "$3.3-million").value).toBe(3_300_000);
    const s = one("The train hit 150 miles an hour.", "150 miles an hour");
    expect([s.kind, s.unit]).toEqual(["speed", "mph"]);
  });
  it("does not read scores or numbers in index names", () => {
    expect(figures("The derby ended 1-1 after extra time.")).toEqual([]);
    expect(figures("Shares in the ftse 100 slipped 0.4%.")).toEqual(["0.4%"]);
  });
  it("reads signs and decimals without a leading zero", () => {
    expect(one("Copper -2.4% and zinc -1.1% by noon.", "-2.4%").value).toBe(-2.4);
    expect(one("The river level fell to minus 3 metres.", "minus 3 metres").value).toBe(-3);
    expect(one("The deficit widened to $-12.5bn in June.", "$-12.5bn").value).toBe(-12_500_000_000);
    expect(one("The error rate dropped to .04 percent.", ".04 percent").value).toBe(0.04);
  });
  it("keeps the scale of each end of a range when both have one", () => {
    const c = one("Fines range from $500 to $2 million.", "from $500 to $2 million");
    expect([c.low, c.high]).toEqual([500, 2_000_000]);
  });
  it("does not read numbers in product and index names or calibres", () => {
    expect(figures("He bought an Acme Phone 9 Plus yesterday.")).toEqual([]);
    expect(figures("A .22 caliber rifle was found.")).toEqual([]);
  });
});

describe("units", () => {
  it("reads power, frequency, data and torque units, glued or spelled", () => {
    expect([one("A 7kW heater warms the shed.", "7kW").kind, one("A 7kW heater warms the shed.", "7kW").unit]).toEqual(["measure", "kW"]);
    expect(one("The screen refreshes at 90Hz.", "90Hz").unit).toBe("Hz");
    expect(one("The tablet ships with 64GB of storage.", "64GB").unit).toBe("GB");
    expect(one("The van makes 250 horsepower.", "250 horsepower").unit).toBe("hp");
    expect(one("It delivers 410 lb-ft of torque.", "410 lb-ft").unit).toBe("lb-ft");
  });
  it("reads dollar prefixes with a space or after the sign, and sub-units", () => {
    expect(one("Tickets cost HK $450 each.", "HK $450").unit).toBe("HKD");
    expect(one("Debt reached $US12 billion.", "$US12 billion").unit).toBe("USD");
    expect(one("Shares rose 14 cents.", "14 cents").unit).toBe("cent");
    expect(one("Deposits over 2 million Swedish crowns were taxed.", "over 2 million Swedish crowns").unit).toBe("SEK");
  });
});

describe("change and qualifiers", () => {
  it("reads '~' as about", () => {
    expect(one("Each sample weighs ~30 grams.", "~30 grams").qualifier).toBe("about");
  });
  it("treats lost/advanced as directions but not particle 'up' after 'gave'", () => {
    expect(one("The index lost 45 points on Monday.", "45 points").change).toBe("down");
    expect(one("The miner advanced 6% on Friday.", "6%").change).toBe("up");
    expect(one("The defence gave up 300 yards.", "300 yards").change).toBeNull();
  });
  it("gives a restated figure the direction of the one before it", () => {
    expect(one("The index fell 90 points, or 1.2%, at the close.", "1.2%").change).toBe("down");
  });
});

describe("clock times", () => {
  it("reads am/pm, dotted and 24-hour times with their wording", () => {
    const a = one("The raid began at around 4.30am on the quay.", "around 4.30am");
    expect([a.kind, a.value, a.low, a.high, a.qualifier, a.unit, a.precision]).toEqual(["time", 270, 255, 285, "about", "time", 30]);
    const b = one("The doors shut just before 11:30 p.m. that night.", "just before 11:30 p.m.");
    expect([b.value, b.low, b.high]).toEqual([1410, 1395, 1410]);
    expect(one("Flights resumed after 3pm.", "after 3pm").high).toBeNull();
    expect(one("The convoy left at 9:25 hours.", "9:25 hours").value).toBe(565);
  });
  it("does not read a plain decimal as a time", () => {
    expect(one("The index closed at 4.30 points.", "4.30 points").kind).toBe("count");
  });
});

describe("ranks", () => {
  it("reads the ordinal of an event after a determiner", () => {
    const r = one("It was the fifth successful rescue operation this year.", "fifth");
    expect([r.kind, r.value, r.unit]).toEqual(["rank", 5, "operation"]);
  });
  it("skips list markers, superlatives, periods and names", () => {
    expect(figures("Second, the harbour is too shallow.")).toEqual([]);
    expect(figures("It is the second-largest port in the region.")).toEqual([]);
    expect(figures("The third biggest lender cut rates.")).toEqual([]);
    expect(figures("Ports changed in the 19th century.")).toEqual([]);
    expect(figures("Troops of the 82nd Airborne landed.")).toEqual([]);
  });
});
