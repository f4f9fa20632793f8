/** Text of web pages that is not the report: code, markup, datelines. Every sentence is written for this suite. */
import { describe, expect, it } from "vitest";
import { extractClaims } from "./index";

const figures = (text: string) => extractClaims(text, { referenceYear: 2022 }).map((c) => c.figure);

describe("code and markup left in page text", () => {
  const cases: string[] = [
    "The widget called alert(1) when it loaded.",
    "Try render(4, 2) in the console.",
    "The value sits in cells[3] of the grid.",
    "var total = 5;",
    "Then width += 40; was run.",
    "if (count == 3) stop",
    "The rule { margin: 12px; } was left in.",
    '<img src="map.png" height="240">',
    "The page used &#8212; as a dash.",
  ];
  it.each(cases)("%s", (text) => {
    expect(figures(text)).toEqual([]);
  });
  it("keeps figures of the report around the code", () => {
    expect(figures("The site ran foo(2) and served 7,000 readers.")).toEqual(["7,000"]);
  });
  it("keeps brackets, equations and dashes of prose", () => {
    expect(figures("The dam is 90 metres (295 feet) high.")).toEqual(["90 metres", "295 feet"]);
    expect(figures("Rates rose to 4% (from 3%) last year.")).toEqual(["4%", "3%"]);
    expect(figures("The mayor -- who is 58 -- resigned.")).toEqual(["58"]);
  });
});

describe("datelines and timestamp lines", () => {
  const rules = (text: string) => extractClaims(text, { referenceYear: 2022 }).map((c) => [c.figure, c.rule]);
  it("marks the date and time of a line that is only a timestamp", () => {
    expect(rules("Tuesday 4 October 2022 06.15 BST")).toEqual([["Tuesday 4 October 2022", "date.dateline"], ["06.15 BST", "clock-time.dateline"]]);
    expect(rules("Last updated at 17:40 GMT")).toEqual([["17:40 GMT", "clock-time.dateline"]]);
    expect(rules("8:05 am")).toEqual([["8:05 am", "clock-time.dateline"]]);
  });
  it("marks a time under or beside a byline", () => {
    expect(rules("By Ann Lee and Tom Fry, Staff Writers | 8:05 am")).toEqual([["8:05 am", "clock-time.dateline"]]);
  });
  it("marks a timestamp that opens a sentence before a dash, and nothing after it", () => {
    const found = extractClaims("OSLO (Wire) 11.20 CET – Police said 4 boats sank at 6 am.");
    expect(found.map((c) => [c.figure, c.rule])).toEqual([["11.20 CET", "clock-time.dateline"], ["4", "quantity"], ["6 am", "clock-time"]]);
  });
  it("leaves times and dates of the report alone", () => {
    expect(rules("The ferry docked at 17:40 GMT on Tuesday 4 October 2022.")).toEqual([["17:40 GMT", "clock-time"], ["Tuesday 4 October 2022", "date"]]);
    expect(rules("On 4 October 2022 – a Tuesday – the pier closed.")).toEqual([["4 October 2022", "date"]]);
  });
});
