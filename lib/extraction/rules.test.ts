/** Rules added for news-text coverage; every sentence is written for this suite. */
import { describe, expect, it } from "vitest";
import { dateISO, extractClaims, type ExtractedClaim } from "./index";

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
  it("reads a subject pronoun as the subject of the clause before it", () => {
    expect(one("Harbour Ferries said it would hire 120 deckhands.", "120").concept).toBe("Harbour Ferries");
  });
  it("lists the clause subject too when the figure sits in a direct object", () => {
    const fund = one("The council announced a relief fund of $4 million.", "$4 million");
    expect(fund.concept).toBe("relief fund");
    expect(fund.concepts).toEqual(["relief fund", "council"]);
    expect(one("The baker sold a $30 cake to a stranger.", "$30").concepts).toEqual(["cake", "baker"]);
    // not through a preposition: no subject listed
    expect(one("The glider landed near a 40 metre mast.", "40 metre").concepts).toBeUndefined();
  });
  it("keeps a measure head of an 'of' phrase ('the price of', 'the rate on')", () => {
    expect(one("The price of rye flour rose 6% in March.", "6%").concept).toBe("price of rye flour");
  });
  it("joins coordinated names and plurals, possessives, participles and name numbers into the phrase", () => {
    expect(one("Shares of Rowan Mills and Tilbury Foods were down 2.4%.", "2.4%").concept).toBe("Shares of Rowan Mills and Tilbury Foods");
    expect(one("Brightwater's Basic plan costs $9 a month.", "$9").concept).toBe("Brightwater's Basic plan");
    expect(one("The Zorba 300 index gained 1.2% on Friday.", "1.2%").concept).toBe("Zorba 300 index");
    expect(one("Prices of dried apricot slices rose 3%.", "3%").concept).toBe("Prices of dried apricot slices");
  });
  it("reads past a comma-bounded insert to the subject, and takes a label before a colon", () => {
    expect(one("Farm output, excluding dairy, was about $2 billion.", "about $2 billion").concept).toBe("Farm output");
    expect(one("Ticket price: $45 for adults.", "$45").concept).toBe("Ticket price");
  });
  it("takes a verb the tagger may read as a noun ('rose', 'range') as the verb", () => {
    expect(one("The Kelvin 40 rose 2.2% to 5,100.", "2.2%").concept).toBe("Kelvin 40");
    expect(one("The cottages, which range from $300,000 to $450,000, sold quickly.", "from $300,000 to $450,000").concept).toBe("cottages");
  });
  it("reads a speed written with a slash as one unit", () => {
    expect(one("The tram reached 70 km/h (43 mph) on the bridge.", "70 km/h").unit).toBe("km/h");
    expect(one("The kart can hit 60km/h in six seconds.", "60km/h").unit).toBe("km/h");
  });
  it("adds a name heading the sentence", () => {
    expect(one("Copperline — Shares of the cable maker rose 4.5% after results.", "4.5%").concepts).toEqual(["Shares of the cable maker", "Copperline"]);
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
    expect(one("Stir in 3/4 cup of sugar.", "3/4 cup").value).toBe(0.75);
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
  it("does not read numbers in product and index names", () => {
    expect(figures("He bought an Acme Phone 9 Plus yesterday.")).toEqual([]);
    // a calibre, by contrast, is a figure (see "calibres and crowds")
    expect(figures("A .22 caliber rifle was found.")).toEqual([".22 caliber"]);
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

describe("round 3: units after the figure", () => {
  it("reads British 'pc', pence, glued capital M, 'mil' and ringgit", () => {
    expect([one("Margins widened to 12pc last year.", "12pc").kind, one("Margins widened to 12pc last year.", "12pc").value]).toEqual(["percent", 12]);
    expect(one("The brewer's shares closed at 212.5p on Friday.", "212.5p").unit).toBe("penny");
    expect(figures("The clip is streamed in 1080p.")).toEqual([]);
    expect(one("The label shipped 2.1M vinyl and digital albums.", "2.1M").value).toBe(2_100_000);
    expect(one("Lenders advanced RM45.80 per unit.", "RM45.80").unit).toBe("MYR");
    expect(one("The fraud netted S $2mil in a year.", "S $2mil").value).toBe(2_000_000);
  });
  it("reads a glued 'm' as millions before a counted phrase", () => {
    expect(one("The network has 12m of its smart meters in homes.", "12m").unit).toBe("meter");
    expect(one("Stations logged 3.4m paid and free journeys.", "3.4m").value).toBe(3_400_000);
    expect(one("The tower is 80m tall.", "80m").unit).toBe("m");
  });
  it("reads square, cubic, micro and pressure units, and scales without 'degrees'", () => {
    expect(one("The clinic covers 1,240 sq m over two floors.", "1,240 sq m").unit).toBe("m²");
    expect(one("A 2,100sq m depot was sold.", "2,100sq m").unit).toBe("m²");
    expect(one("The trunk holds 18.2 cubic feet of cargo.", "18.2 cubic feet").unit).toBe("ft³");
    expect(one("Each grain is 40 μm across.", "40 μm").unit).toBe("µm");
    expect(one("The beam failed at 7.5 ksi under load.", "7.5 ksi").unit).toBe("ksi");
    expect(one("Nitrogen boils at minus 321 Fahrenheit.", "minus 321 Fahrenheit").unit).toBe("°F");
    expect(one("Each tablet holds 250mg of the drug.", "250mg").unit).toBe("mg");
  });
  it("reads a currency sign after the digits and a nationality before the currency word", () => {
    expect(one("The bike cost 850€ new.", "850€").unit).toBe("EUR");
    expect(one("A ticket costs 420 Indian rupees.", "420 Indian rupees").unit).toBe("INR");
    expect(one("Plans cost 12.50 New Zealand dollars a month.", "12.50 New Zealand dollars").unit).toBe("NZD");
  });
  it("reads per-game averages and metric horsepower", () => {
    expect(one("The guard posted 21.4 ppg last season.", "21.4 ppg").unit).toBe("point per game");
    expect(one("The guard posted 8.2 rpg last season.", "8.2 rpg").unit).toBe("rebound per game");
    expect(one("The hatch makes 150 PS from its engine.", "150 PS").unit).toBe("PS");
  });
  it("reads scientific notation as one number", () => {
    const c = one("A proton weighs about 1.67×10−27 kilograms.", "about 1.67×10−27 kilograms");
    expect([c.kind, c.value]).toEqual(["mass", 1.67e-27]);
  });
});

describe("round 3: what a count counts", () => {
  it("keeps coordinated modifiers and -men plurals in the counted phrase", () => {
    const c = one("Thieves took about 90 Ford and Vauxhall vans this spring.", "about 90");
    expect([c.unit, c.subject]).toEqual(["van", "Ford and Vauxhall vans"]);
    expect(one("The port employs 45 harbour firemen on shifts.", "45").unit).toBe("fireman");
    expect(one("The canteen serves 300 calories per child.", "300").unit).toBe("calorie");
  });
  it("counts the singular noun of a compound modifier written without its hyphen", () => {
    expect(one("She filed a 40 page report on the fire.", "40").unit).toBe("page");
    expect(figures("Section 230 liability was debated.")).toEqual([]);
  });
  it("reads a model number inside the counted phrase, not as a count", () => {
    const c = one("The airline leased three new 320 Neo jets this week.", "three");
    expect([c.unit, c.subject]).toEqual(["jet", "new 320 Neo jets"]);
  });
  it("skips numbers in camel-case brands, season spans, ratings and shirt numbers", () => {
    expect(figures("The iPad 9 was on sale.")).toEqual([]);
    expect(figures("The 2019-20 season was cut short.")).toEqual([]);
    expect(figures("A category 3 storm is due.")).toEqual([]);
    expect(figures("Striker Jan Kowal (9) scored in the final.")).toEqual([]);
  });
  it("gives a bare parallel number the unit of the figure it is compared with", () => {
    const c = one("The top bid was 91.5 cents, while the lowest was 88.25.", "88.25");
    expect([c.kind, c.unit]).toEqual(["money", "cent"]);
    expect(one("Milk rose 4% to 1.12 in May.", "1.12").kind).toBe("count");
  });
  it("reads year-like numbers as counts only with a counted plural noun", () => {
    expect(one("Adults need about 1800 - 2200 calories a day.", "1800 - 2200").unit).toBe("calorie");
    // "in 2021" is the year of the growth (a date), never a count of 2,021 units.
    expect(extractClaims("Sales grew 8% in 2021 to 4.5 million units.").filter((c) => c.figure.includes("2021")).map((c) => c.kind)).toEqual(["date"]);
  });
});

describe("round 3: ages", () => {
  it("reads 'who was N.', 'the age of N years', 'a N year-old' and age bands", () => {
    expect(one("They moved abroad with their son, who was 7.", "7").kind).toBe("age");
    expect(one("Pupils under the age of 11 years ride free.", "11 years").kind).toBe("age");
    expect(one("A 48 year-old was charged.", "48 year-old").kind).toBe("age");
    const band = one("A third of workers aged 30 to 49 commute by bus.", "30 to 49");
    expect([band.kind, band.low, band.high]).toEqual(["age", 30, 49]);
  });
});

describe("round 3: change and qualifiers", () => {
  it("reads a change verb before its object and 'by'", () => {
    expect(one("The chain aims to grow revenue by 12 per cent.", "12 per cent").change).toBe("up");
    expect(one("The council will cut its budget by £3m.", "£3m").change).toBe("down");
    expect(one("The target was revised downward by 40 points.", "40 points").change).toBe("down");
  });
  it("carries a direction to a restatement after the counted noun and to an elided verb", () => {
    expect(one("Payrolls grew by 8,200 jobs or 1.4 per cent.", "1.4 per cent").change).toBe("up");
    expect(one("Tin was down 1.2%, nickel by 0.8% and lead flat.", "0.8%").change).toBe("down");
  });
  it("does not read money raised or a loss amount as a fall or rise", () => {
    expect(one("The start-up raised $12 million.", "$12 million").change).toBeNull();
    expect(one("The airline posted a loss of 40 cents a share.", "40 cents").change).toBeNull();
  });
  it("reads 'sub-', comparatives with 'than', and shares a qualifier with a bracketed conversion", () => {
    expect(one("Foundries make sub-5 nanometer chips.", "sub-5 nanometer").qualifier).toBe("less_than");
    expect(one("Rods tested lower than 6.2 ksi.", "lower than 6.2 ksi").qualifier).toBe("less_than");
    expect(one("The kite flew more than 40 kilometres (25 miles).", "25 miles").qualifier).toBe("more_than");
  });
});

describe("round 3: suspended hyphens and primes", () => {
  it("gives each item of a suspended-hyphen list the unit of the last, as separate figures", () => {
    expect(figures("Buyers pick a 10- or 12-inch tablet.")).toEqual(["10-", "12-inch"]);
    expect(one("Buyers pick a 10- or 12-inch tablet.", "10-").unit).toBe("in");
    expect(one("The range has four-, six- and eight-seat boats.", "six-").unit).toBe("seat");
  });
  it("reads double and single primes as inches and feet", () => {
    expect(one("The blade is 9.5″ from tip to hilt.", "9.5″").unit).toBe("in");
  });
});

describe("days named relative to the publication date", () => {
  const at = (text: string, referenceDate?: string) =>
    extractClaims(text, referenceDate ? { referenceDate } : {}).filter((c) => c.kind === "date").map((c) => [c.figure, dateISO(c.value)]);
  it("resolves a weekday to the latest such day on or before the reference date", () => {
    // 2022-06-16 was a Thursday
    expect(at("The ferry ran aground on Tuesday near the harbour.", "2022-06-16")).toEqual([["Tuesday", "2022-06-14"]]);
    expect(at("The council voted Thursday to close the pool.", "2022-06-16")).toEqual([["Thursday", "2022-06-16"]]);
    expect(at("The mill shut last Thursday, and the workers marched yesterday.", "2022-06-16")).toEqual([
      ["last Thursday", "2022-06-09"],
      ["yesterday", "2022-06-15"],
    ]);
  });
  it("is skipped without a reference date, and never reads habits, the future or named days", () => {
    expect(at("The ferry ran aground on Tuesday near the harbour.")).toEqual([]);
    expect(at("The market opens on Saturdays and every Monday, and again next Friday.", "2022-06-16")).toEqual([]);
    expect(at("Queues formed on Black Friday and Super Tuesday.", "2022-06-16")).toEqual([]);
  });
});

describe("date spans within one month", () => {
  it("reads 'Sept. 20-24' as one span, with no stray count", () => {
    const claims = extractClaims("The fair runs Sept. 20-24 and 3-5 November 2023.");
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([["Sept. 20-24", "date"], ["3-5 November 2023", "date"]]);
    expect(dateISO(claims[0].low!)).toBe("2023-09-20");
    expect(dateISO(claims[0].high!)).toBe("2023-09-24");
  });
});

describe("zero counts", () => {
  it("counts nobody hurt or no casualties as 0 people", () => {
    for (const [text, figure] of [
      ["No injuries were reported after the barn fire.", "No injuries"],
      ["No one was hurt when the crane toppled.", "No one"],
      ["Nobody died in the crash.", "Nobody"],
      ["The protest ended with no injuries to marchers or officers.", "no injuries"],
      ["There were no casualties among the crew.", "no casualties"],
    ]) {
      const c = one(text, figure);
      expect([c.value, c.low, c.high, c.unit]).toEqual([0, 0, 0, "people"]);
    }
    expect(one("No passengers were injured and no arrests were made.", "No passengers").unit).toBe("passenger");
    expect(one("No passengers were injured and no arrests were made.", "no arrests").unit).toBe("arrest");
  });
  it("needs a harm or reporting event, and leaves bounds and idioms alone", () => {
    expect(figures("The pier is no longer safe.")).toEqual([]);
    expect(figures("No one knows why, and no plans were made.")).toEqual([]);
    expect(one("No more than 40 visitors may enter.", "No more than 40").qualifier).toBe("at_most");
  });
});

describe("calibres and crowds", () => {
  // Reversed from an earlier round: outlets disagree on a weapon's calibre (".38" or ".357"), so it is a
  // comparable fact: a measure in "caliber" (inches as written) or "gauge", the weapon as its subject.
  it("reads a calibre or gauge as a measure of the weapon", () => {
    const read = (text: string) => extractClaims(text).map((c) => [c.figure, c.kind, c.value, c.unit, c.subject]);
    expect(read("He carried a .22 rifle, a .45-caliber pistol and a .357 Magnum.")).toEqual([
      [".22", "measure", 0.22, "caliber", "rifle"],
      [".45-caliber", "measure", 0.45, "caliber", "pistol"],
      [".357", "measure", 0.357, "caliber", null],
    ]);
    expect(read("Detectives said the .38 caliber revolver was stolen.")).toEqual([[".38 caliber", "measure", 0.38, "caliber", "revolver"]]);
    expect(read("The .357 Magnum revolver was recovered.")).toEqual([[".357", "measure", 0.357, "caliber", "revolver"]]);
    // without its dot, in hundredths of an inch; a shotgun's gauge (or British bore) as written
    expect(read("Police found a 38-caliber handgun and a 12-gauge shotgun.")).toEqual([
      ["38-caliber", "measure", 0.38, "caliber", "handgun"],
      ["12-gauge", "measure", 12, "gauge", "shotgun"],
    ]);
    expect(read("A 20 bore shotgun was seized.")).toEqual([["20 bore", "measure", 20, "gauge", "shotgun"]]);
    // a decimal calibre is ambiguous (millimetres?) and a leading-dot number alone is no calibre
    expect(figures("Officers found a 7.62 caliber rifle.")).toEqual([]);
    expect(one("The error rate dropped to .04 percent.", ".04 percent").kind).toBe("percent");
  });
  it("counts a crowd in people", () => {
    const c = one("Organisers put the crowd at about 900.", "about 900");
    expect([c.unit, c.subject, c.concept]).toEqual(["people", "crowd", "crowd"]);
    expect(one("A 300 person crowd filled the square.", "300").subject).toBe("crowd");
    expect(one("A crowd of 450 waited outside.", "450").unit).toBe("people");
  });
});

describe("unit symbols, addresses and names", () => {
  it("reads case-sensitive symbols after a space", () => {
    expect(one("The lamp draws 9 W at full brightness.", "9 W").unit).toBe("W");
    expect(one("The pond froze at -3 C overnight.", "-3 C").unit).toBe("°C");
    expect(one("The gusts reached 40 kt near the coast.", "40 kt").unit).toBe("kn");
    expect(one("The storage room is 18m2.", "18m2").unit).toBe("m²");
    expect(one("The region has roughly 2 B residents.", "roughly 2 B").value).toBe(2e9);
  });
  it("reads share prices in pence, spaced or glued before punctuation", () => {
    expect(one("The biggest risers were Acme shares, up 12 p at 340 p.", "340 p").unit).toBe("penny");
    expect(one("Acme shares rose 3% to 208p.", "208p").unit).toBe("penny");
  });
  it("skips house numbers and a prime used as an apostrophe", () => {
    expect(figures("The flats at 14 Elm Grove Road and 7 W 12th St sold quickly.")).toEqual([]);
    // The prime is an apostrophe, not feet: the year of the slump, no length.
    expect(extractClaims("Prices fell during 2019′s slump.").map((c) => c.kind)).toEqual(["date"]);
  });
  it("reads a four-digit number after an approximation as an amount, not a year", () => {
    expect(one("About 1200 arrived by boat.", "About 1200").value).toBe(1200);
    expect(figures("The chapel was built in about 1650.")).toEqual([]);
  });
});

describe("round 5: concepts", () => {
  it("gives a superlative apposition the concept of the figure it restates", () => {
    expect(one("Bread prices rose 0.4% in March, the biggest increase in 14 months.", "14 months").concept).toBe("Bread prices");
  });
  it("gives a participle clause after a time phrase or comma the main clause's subject", () => {
    expect(one("The ferry deficit hit a record last year, having widened by $3 million.", "$3 million").concept).toBe("ferry deficit");
    // a describing participle stays with the noun before it
    expect(one("Orchard Co has 40 growers, with claims ranging from $200 to $900.", "from $200 to $900").concept).not.toBe("Orchard Co");
  });
  it("reads the subject of a finite verb group holding an infinitive after a pronoun", () => {
    expect(one("Harbour Rail is expected to announce it will cut 400 staff.", "400").concept).toBe("Harbour Rail");
  });
  it("reads hyphenated compounds ending in a particle, lower-case index names and a name opening the sentence", () => {
    expect(one("the bakery start-up employs around 60 people.", "around 60").concept).toBe("bakery start-up");
    expect(one("the ftse 250 was down 1.3% at noon.", "1.3%").concept).toBe("ftse 250");
    expect(one("Tolva has more than 90 clinics.", "more than 90").concept).toBe("Tolva");
  });
  it("reads whose age 'under the age of N' gives", () => {
    expect(one("Riders under the age of 12 travel free.", "12").concept).toBe("Riders");
  });
  it("reads a count opening its clause as about its of-noun or its verb's object", () => {
    expect(one("Nine players left the academy in June.", "Nine").concept).toBe("academy");
    expect(one("Four new series of Harbour Tales will air in May.", "Four").concept).toBe("Harbour Tales");
    expect(one("Twelve trawlers were seized.", "Twelve").concept ?? null).toBeNull();
  });
  it("lists the clause subject through a preposition, not for a passive or a relative clause", () => {
    expect(one("Norland can borrow for ten years at a yield of 2.1pc.", "2.1pc").concepts).toEqual(["yield", "Norland"]);
    expect(one("The tablet comes with a 20 W charger.", "20 W").concepts).toEqual(["charger", "tablet"]);
    expect(one("Votes were tendered to the offer of $5 per share.", "$5").concepts).toBeUndefined();
    expect(one("It runs on a pump, which is linked to a 5 kW motor.", "5 kW").concepts).toBeUndefined();
  });
  it("names what changed for an apposition naming the change, with its adjective", () => {
    const drop = one("Zinc fell from $2,400 to $2,300, a steep 4.2 percent drop.", "4.2 percent");
    expect(drop.concepts).toEqual(["steep drop", "Zinc"]);
  });
  it("keeps a glued ampersand in an index name before its number", () => {
    expect(one("The S&P 500 fell 0.9% on Friday.", "0.9%").concept).toBe("S&P 500");
  });
});

describe("round 6: concepts of lists, participles, coordinated counts and rates", () => {
  it("adds the noun a list belongs to for figures listed after 'including'", () => {
    const text = "Farms including: Old Mill Lane, Dorset, worth £2,100,000, and Hill Top, Kent, £950,000.";
    expect(one(text, "£2,100,000").concepts).toContain("Farms");
    expect(one(text, "£950,000").concepts).toContain("Farms");
    // a verb of its own after the list word starts a new clause
    expect(one("Shops including the bakery closed, and the mill sold 300 loaves.", "300").concepts ?? []).not.toContain("Shops");
  });
  it("gives a verbless list item after a semicolon the subject of the first clause", () => {
    const text = "Cottages under $400,000 took 40 days to sell; $400,000 to $600,000, 55 days; above $600,000, 80 days.";
    expect(one(text, "55 days").concept).toBe("Cottages");
    expect(one(text, "above $600,000").concept).toBe("Cottages");
    expect(one(text, "80 days").concept).toBe("Cottages");
    // an item with a subject of its own keeps it
    expect(one("Wheat rose 3%; barley 2%.", "2%").concept).toBe("barley");
  });
  it("gives a participle after a clause opener the main clause's subject", () => {
    expect(one("Copper futures are up 12% this year after sliding 20% in 2022.", "20%").concept).toBe("Copper futures");
    expect(one("Inflation is seen easing to 3.1%, before rising back up to 3.4% in the spring.", "up to 3.4%").concept).toBe("Inflation");
  });
  it("reads a result participle after a prepositional phrase as the main clause's", () => {
    expect(one("Brightwater will move its depot to Leeds creating 250 jobs.", "250").concept).toBe("Brightwater");
    // a describing participle after a plain noun keeps that noun
    expect(one("The town has a mill employing 250 people.", "250").concept).not.toBe("town");
  });
  it("reads counts coordinated as one subject as about their verb's object", () => {
    const text = "Four bedrooms and 2.5 bathrooms fill the upper floor.";
    expect(one(text, "Four").concept).toBe("upper floor");
    expect(one(text, "2.5").concept).toBe("upper floor");
  });
  it("names the person an age used as a noun stands for, and gives that age no concept", () => {
    const text = "A 45-year-old could draw 3.1%, while a 55-year-old would draw 3.6%.";
    expect(one(text, "3.1%").concept).toBe("45-year-old");
    expect(one(text, "3.6%").concept).toBe("55-year-old");
    expect(one(text, "55-year-old").concept).toBeNull();
  });
  it("reads past a conversion in brackets, and gives the conversion what the measure is of", () => {
    const text = "There will be 6 miles (9.7 km) of new cable.";
    expect(one(text, "6 miles").subject).toBe("new cable");
    expect(one(text, "9.7 km").concept).toBe("new cable");
    // a measure with a concept of its own passes that on
    const laid = "Crews laid 6 miles (9.7 km) of new cable on Tuesday.";
    expect(one(laid, "9.7 km").concept).toBe(one(laid, "6 miles").concept);
    expect(one("The rover ended a 1.2 billion-mile (1.9bn km) voyage in May.", "1.2 billion-mile").concept).toBe("voyage");
  });
  it("reads a year phrase between the subject and its verb, and a bare verb form as a noun modifier", () => {
    expect(one("Norway's trade surplus in 2021 grew by 4%.", "4%").concept).toBe("Norway's trade surplus");
    expect(one("Nurses were offered a 6% pay rise.", "6%").concept).toBe("pay rise");
  });
  it("does not read a rate after the unit as what the figure measures", () => {
    const claim = one("The cartel agreed a cut of 600,000 barrels a day in March.", "600,000 barrels");
    expect(claim.subject).toBeNull();
    expect(claim.concept).toBe("cut");
  });
});

describe("ages stated in other units and words", () => {
  it("keeps the time unit an age is stated in", () => {
    const months = one("The foal was only seven months old when it was sold.", "seven months old");
    expect([months.kind, months.value, months.unit]).toEqual(["age", 7, "month"]);
    expect(one("A 6-week-old puppy was found in the shed.", "6-week-old").unit).toBe("week");
    expect(one("They found a 30 day old parking ticket.", "30 day old").unit).toBe("day");
    expect(one("The boy is 12 years old.", "12 years old").unit).toBe("year");
  });
  it("reads 'years of age', 'yo' and an age of one", () => {
    const a = one("Patients over seventy years of age were invited.", "over seventy years of age");
    expect([a.kind, a.value, a.unit]).toEqual(["age", 70, "year"]);
    expect(one("The clinic saw a 64 yo woman on Monday.", "64 yo").kind).toBe("age");
    expect(one("The treaty is only one year old.", "one year old").value).toBe(1);
  });
  it("joins a tens word and a ones word written without a hyphen", () => {
    const c = one("The village counted sixty seven sheep.", "sixty seven");
    expect([c.value, c.unit]).toEqual([67, "sheep"]);
    expect(one("She retired at ninety two years of age.", "ninety two years of age").value).toBe(92);
  });
});

describe("degrees and misspelled units", () => {
  it("reads the scale after a degree word, 'deg' or the degree sign", () => {
    const c = one("The kiln reached 900 degrees Celsius by noon.", "900 degrees Celsius");
    expect([c.kind, c.unit]).toEqual(["temperature", "°C"]);
    expect(one("Overnight it fell to 4 deg c in the valley.", "4 deg c").unit).toBe("°C");
    expect(one("Milk is pasteurised at 72° Celsius.", "72° Celsius").unit).toBe("°C");
    expect(one("The oven ran at 350 °F all day.", "350 °F").unit).toBe("°F");
    expect(one("The core was 3.5deg C warmer.", "3.5deg C").unit).toBe("°C");
  });
  it("reads a degree without a scale as degrees", () => {
    const sign = one("Turn the dial by 45° to the left.", "45°");
    expect([sign.kind, sign.unit]).toEqual(["temperature", "°"]);
    expect(one("The ramp rises at 12 deg.", "12 deg").unit).toBe("°");
  });
  it("reads a scale or a long unit name misspelled by one letter", () => {
    expect(one("The pool is kept at 28 celcius.", "28 celcius").unit).toBe("°C");
    expect(one("A fever of 101 degrees farenheit is a worry.", "101 degrees farenheit").unit).toBe("°F");
    expect(one("The trail runs 14 kilometeres inland.", "14 kilometeres").unit).toBe("km");
    // short unit names are never corrected: they have English neighbours
    expect(one("The museum owns 5 galleons.", "5").unit).toBe("galleon");
  });
});

describe("dimension units: symbols, brackets, powers, kitchen measures, codes", () => {
  it("reads a unit symbol alone in brackets after the number", () => {
    const c = one("The crate weighs 35 (kg) when full.", "35 (kg)");
    expect([c.kind, c.unit]).toEqual(["mass", "kg"]);
    expect(one("Each span is 12 [km] long.", "12 [km]").unit).toBe("km");
  });
  it("reads a power glued to a length unit, and metric tons", () => {
    expect(one("The reserve covers 240 km2 of forest.", "240 km2").unit).toBe("km²");
    expect(one("The mill shipped 8,200 metric tons of pulp.", "8,200 metric tons").unit).toBe("t");
  });
  it("reads inches after feet and a double quote before a measure adjective", () => {
    expect(one("The goalkeeper is 6 ft 3 in tall.", "3 in").unit).toBe("in");
    expect(one("She bought a 14\" wide frame.", "14\"").unit).toBe("in");
    // "in" elsewhere is a preposition
    expect(one("They walked 6 km in the rain.", "6 km").unit).toBe("km");
  });
  it("reads bytes with a capital B, bits, micrograms, decimetres, radians, rack units and kitchen measures", () => {
    expect(one("The update is 350 MB in total.", "350 MB").unit).toBe("MB");
    expect(one("An old 8-bit console sold out.", "8-bit").unit).toBe("bit");
    expect(one("Each tablet holds 400 micrograms of folate.", "400 micrograms").unit).toBe("µg");
    expect(one("The board is 3 dm across.", "3 dm").unit).toBe("dm");
    expect(one("The arm swings through 1.2rad each cycle.", "1.2rad").unit).toBe("rad");
    expect(one("The switch fits in a 2U slot.", "2U").unit).toBe("U");
    expect(one("Stir in 2 tablespoons of honey.", "2 tablespoons").unit).toBe("tbsp");
    expect(one("Add 1/2 cup of milk.", "1/2 cup").unit).toBe("cup");
    // a network name is no measure
    expect(one("It has two gigabit Ethernet ports.", "two").unit).toBe("port");
  });
  it("reads no unit in a code of letters between digits", () => {
    expect(figures("Order part 5512m300 from the depot.")).toEqual([]);
    expect(figures("The valve XR7-115 failed.")).toEqual([]);
  });
  it("reads a lower-case month before a day as a date, but not 'may' or 'march'", () => {
    expect(figures("the index fell 190 points on oct. 13 and rose on june 5.")).toEqual(["190 points"]);
    expect(figures("the price may 5 times double.")).toEqual(["5 times"]);
  });
});

describe("currencies: codes, spaced signs, sub-units, fractions of a scale", () => {
  it("reads a currency sign after a space when no number follows it", () => {
    const c = one("Tickets were 12 € at the door.", "12 €");
    expect([c.kind, c.unit]).toEqual(["money", "EUR"]);
  });
  it("reads lower-case codes, codes in millions and a scale after the code", () => {
    expect(one("the fare was 40 usd each way.", "40 usd").unit).toBe("USD");
    expect(one("he owed rmb 300 to the bank.", "rmb 300").unit).toBe("CNY");
    const m = one("Orders worth 12 MEUR were booked.", "12 MEUR");
    expect([m.value, m.unit]).toEqual([12e6, "EUR"]);
    expect(one("The deal was worth 40 USD million.", "40 USD million").value).toBe(40e6);
    expect(one("Sales were 95USD per unit.", "95USD").unit).toBe("USD");
  });
  it("reads dollar prefixes in lower-cased text and ISO codes before the dollar sign", () => {
    expect(one("the bid was c $ 12 million.", "c $ 12 million").unit).toBe("CAD");
    expect(one("The fee is Mex$ 400.", "Mex$ 400").unit).toBe("MXN");
    expect(one("The fee is AUD$ 70.", "AUD$ 70").unit).toBe("AUD");
    // a spaced "A $5" is the article
    expect(one("A $5 note was found.", "$5").unit).toBe("USD");
  });
  it("reads a nationality before its currency in lower case", () => {
    expect(one("the fine was 900 turkish lira.", "900 turkish lira").unit).toBe("TRY");
  });
  it("joins an amount in a currency and its hundredths", () => {
    expect(one("The toll is 4 dollars 75 cents.", "4 dollars 75 cents").value).toBe(4.75);
    expect(one("Lunch was twelve euros and thirty cents.", "twelve euros and thirty cents").value).toBe(12.3);
    expect(one("A pint costs 5 euros 40.", "5 euros 40").value).toBe(5.4);
    // a bare number after a sign, or one that counts something, is its own figure
    expect(figures("It cost $10 and 20 people came.")).toEqual(["$10", "20"]);
  });
  it("reads a fraction of a scale word as an amount", () => {
    expect(one("The repair cost half million dollars.", "half million dollars").value).toBe(500_000);
    expect(one("They raised a quarter million euros.", "a quarter million euros").value).toBe(250_000);
    expect(one("Exports reached three quarters billion dollars.", "three quarters billion dollars").value).toBe(750e6);
  });
});
