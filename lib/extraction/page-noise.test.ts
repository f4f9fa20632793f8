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
