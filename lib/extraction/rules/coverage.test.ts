/** Kinds of wording the claim rules read since the split into families; every sentence is written for this suite. */
import { describe, expect, it } from "vitest";
import { dateISO, extractClaims, type ExtractedClaim } from "..";

// As ingest calls it: the publication date, and its year for dates written without one.
const claims = (text: string, referenceDate?: string) => extractClaims(text, referenceDate ? { referenceDate, referenceYear: Number(referenceDate.slice(0, 4)) } : {});
function one(text: string, figure: string, referenceDate?: string): ExtractedClaim {
  const found = claims(text, referenceDate).filter((c) => c.figure === figure);
  expect(found.map((c) => c.figure), JSON.stringify(claims(text, referenceDate).map((c) => c.figure))).toEqual([figure]);
  return found[0];
}
const span = (c: ExtractedClaim) => [dateISO(c.low!), dateISO(c.high!)];

describe("days named relative to the article", () => {
  it("reads 'today' and a possessive weekday against the publication date", () => {
    expect(span(one("The ferry sank today off the cape.", "today", "2019-05-08"))).toEqual(["2019-05-08", "2019-05-08"]);
    expect(span(one("Tuesday's storm cut power to the island.", "Tuesday's", "2019-05-08"))).toEqual(["2019-05-07", "2019-05-07"]);
  });
  it("without a publication date, counts back from the latest date the text writes in full", () => {
    const text = "Harbour News, 8 May 2019. The ferry sank on Monday, and divers searched today.";
    expect(span(one(text, "Monday"))).toEqual(["2019-05-06", "2019-05-06"]);
    expect(span(one(text, "today"))).toEqual(["2019-05-08", "2019-05-08"]);
  });
  it("does not read 'today' as a name, as 'nowadays' or after 'until'", () => {
    expect(claims("The editor of HARBOUR TODAY resigned.").some((c) => c.kind === "date")).toBe(false);
    expect(claims("Today, most ferries run on diesel.", "2019-05-08").some((c) => c.kind === "date")).toBe(false);
    expect(claims("The line has run until today.", "2019-05-08").some((c) => c.kind === "date")).toBe(false);
  });
});

describe("years", () => {
  it("gives a date without its year the year of an earlier date of the same month", () => {
    const text = "The boat left on Sunday, March 3, 2019. Two years on, in a letter of June 2021, he wrote that it sank on March 4.";
    expect(span(one(text, "March 4"))).toEqual(["2019-03-04", "2019-03-04"]);
  });
  it("takes that year only from a date written with its month, not from a half of a year", () => {
    expect(span(one("Sales fell in the first half of 2012. On January 5 the firm cut jobs, it said on 3 March 2014.", "January 5"))).toEqual(["2014-01-05", "2014-01-05"]);
  });
  it("reads a date far after the publication day as last year's", () => {
    expect(span(one("The mill closed on Nov. 28 and reopened this week.", "Nov. 28", "2020-01-20"))).toEqual(["2019-11-28", "2019-11-28"]);
  });
  it("reads decades and parts of decades as the years they span", () => {
    expect(span(one("The pier was built in the 1950s by the navy.", "1950s"))).toEqual(["1950-01-01", "1959-12-31"]);
    expect(span(one("The mill dates to the late 1880's.", "late 1880's"))).toEqual(["1887-01-01", "1889-12-31"]);
  });
  it("reads a half of a year, of a stated year or of the document's", () => {
    expect(span(one("The plant opens in the second half of 2024.", "the second half of 2024"))).toEqual(["2024-07-01", "2024-12-31"]);
    expect(span(one("Hiring slowed in the first half of the year.", "the first half of the year", "2023-09-01"))).toEqual(["2023-01-01", "2023-06-30"]);
  });
  it("reads a year modifying a noun as that year, not a number written before a plural or a unit", () => {
    expect(span(one("He was cleared of the 2016 arson charge.", "2016"))).toEqual(["2016-01-01", "2016-12-31"]);
    expect(claims("The plane carried a 2000 pound load.").some((c) => c.kind === "date")).toBe(false);
    expect(claims("Officials counted the 1500 ballots again.").some((c) => c.kind === "date")).toBe(false);
  });
});

describe("ages", () => {
  it("reads an age after a name with a generational suffix", () => {
    const age = one("Harold Briggs Jr., 63, was taken to the county jail.", "63");
    expect([age.kind, age.subject]).toEqual(["age", "Harold Briggs Jr"]);
  });
  it("reads 'died at 88' as an age at death, not 'died at 10 Main Street'", () => {
    expect(one("The painter, who died last week in a Lisbon clinic at 88, left no will.", "88").kind).toBe("age");
    expect(one("Famed Painter Dies at 88", "88").kind).toBe("age");
    expect(claims("Two tenants died at 10 Main Street.").some((c) => c.kind === "age")).toBe(false);
  });
});

describe("counts", () => {
  it("reads headline figures in title case", () => {
    expect(one("Storm Floods Two Villages In Valley", "Two").unit).toBe("village");
    expect(one("Tanker Fire Injures 3 Workers At Port", "3").unit).toBe("worker");
  });
  it("reads a number whose noun is understood: a verb's object, the rest of a set, a clause's subject", () => {
    expect(one("A driver hit four cyclists, injuring one.", "one").unit).toBe("cyclist");
    expect(one("Rangers rescued the other two, officials said.", "two").value).toBe(2);
    // the noun may come from the sentence right before, not from further back
    expect(one("Rangers found four climbers. They rescued the other two.", "two").unit).toBe("climber");
    expect(one("Rangers found four climbers. The sky cleared. Two walked out.", "Two").unit).toBe("");
    expect(one("Three escaped through the roof.", "Three").value).toBe(3);
    expect(claims("One hopes for calm.").length).toBe(0);
    expect(one("She saw five of her neighbours.", "five").unit).toBe("neighbour");
    expect(one("The judge added two further prison sentences.", "two").unit).toBe("sentence");
  });
  it("reads one more worded as an ordinal after 'a'", () => {
    expect(one("The dog bit two hikers and chased a third.", "a third").value).toBe(1);
    expect(one("The blast killed two firefighters and injured a second firefighter.", "a second").unit).toBe("firefighter");
    expect(claims("She won a third term in office.").length).toBe(0);
    expect(one("A third of the hikers turned back.", "A third").kind).toBe("percent");
    expect(claims("It rained for a second time.").length).toBe(0);
  });
  it("reads 'twice' as how many times, not as a ratio or a frequency", () => {
    expect(one("The suspect was stopped twice near the border.", "twice")).toMatchObject({ value: 2, unit: "time" });
    expect(claims("The new hall holds twice as many guests.").length).toBe(0);
    expect(claims("The boat sails twice a week.").filter((c) => c.figure === "twice").length).toBe(0);
  });
  it("reads zero counts of reports of harm and of nobody in a passive clause", () => {
    expect(one("There were no reports of injuries at the pier.", "no reports of injuries")).toMatchObject({ value: 0, unit: "people" });
    expect(one("No one was thought to be aboard the barge.", "No one").value).toBe(0);
    expect(claims("No one knows why the barge sank.").length).toBe(0);
  });
});

describe("fractions and ranks", () => {
  it("reads a fraction of a measure with 'of' left out", () => {
    expect(one("The new lamps use one fifth the power.", "one fifth").value).toBe(20);
    expect(one("Tickets cost a quarter the price of last year.", "a quarter").value).toBe(25);
  });
  it("reads the ordinal of a day of an event as a rank, not of a period", () => {
    expect(one("On the fourth day of the strike, talks resumed.", "fourth")).toMatchObject({ kind: "rank", value: 4, unit: "day" });
    expect(claims("Profits fell in the second quarter of 2019.").some((c) => c.kind === "rank")).toBe(false);
    expect(claims("It snowed in the third week of May.").some((c) => c.kind === "rank")).toBe(false);
  });
});

describe("durations", () => {
  it("reads one unit worded with the article, only where it is a duration", () => {
    expect(one("The line was down for about an hour.", "about an hour")).toMatchObject({ kind: "duration", value: 1, unit: "hour" });
    expect(one("The keeper retired a month ago.", "a month")).toMatchObject({ value: 1, unit: "month" });
    expect(one("After a quarter-century of service, the ferry retired.", "a quarter-century")).toMatchObject({ value: 0.25, unit: "century" });
    expect(claims("It was a year of change.").length).toBe(0);
    expect(claims("They escaped in a second boat.").length).toBe(0);
  });
  it("adds up a duration written in two units, and reads 'and a half'", () => {
    expect(one("The outage lasted 2hr 15 mins.", "2hr 15 mins")).toMatchObject({ value: 135, unit: "minute" });
    expect(one("The trial took three and a half weeks.", "three and a half weeks")).toMatchObject({ value: 3.5, unit: "week" });
  });
});
