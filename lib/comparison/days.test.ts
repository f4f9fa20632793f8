// Named days and datelines, on made-up sentences.
import { beforeEach, describe, expect, it } from "vitest";
import { groupClaims } from "./group";
import { compareDays, dayOfFigure, isDateline } from "./days";
import { tokenize } from "./text";
import type { ClaimGroupResult, ComparableClaim } from "./types";
import { claim, resetIds } from "./test-fixtures";

beforeEach(() => resetIds(500));

const groupOf = (groups: ClaimGroupResult[], c: ComparableClaim) => groups.find((g) => g.claimIds.includes(c.id))!;
const together = (groups: ClaimGroupResult[], ...cs: ComparableClaim[]) => new Set(cs.map((c) => groupOf(groups, c).key)).size === 1;
const published = (c: ComparableClaim, iso: string): ComparableClaim => ({ ...c, publishedAt: iso });

function dayOf(sentence: string, figure: string, publishedAt?: string) {
  const tokens = tokenize(sentence);
  const at = sentence.indexOf(figure);
  const index = tokens.findIndex((t) => t.start >= at);
  return dayOfFigure(tokens, index, index, publishedAt);
}

describe("the named day of a figure", () => {
  it("takes the nearest weekday or date, resolved against the publication date", () => {
    // 2024-05-09 was a Thursday: "Tuesday" is 2024-05-07.
    const tuesday = dayOf("On Tuesday about 400 people marched through the harbour district.", "400", "2024-05-09");
    const date = dayOf("About 380 people marched on 7 May through the harbour district.", "380", "2024-05-09");
    expect(compareDays(tuesday, date)).toBe("same");
    const nearest = dayOf("Sunday was quiet, but on Friday evening a crowd of 90 blocked the bridge.", "90", "2024-05-12");
    expect(nearest?.weekday).toBe(5);
  });

  it("ignores a day inside a relative clause about something else, and marks as-of days", () => {
    expect(dayOf("More than 60 people joined the rally at the square where the driver was arrested on Sunday.", "60")).toBeNull();
    expect(dayOf("By Thursday the count of displaced families had reached 230.", "230")?.asOf).toBe(true);
  });
});

describe("running figures on different days", () => {

  it("still groups a death toll updated from one day to the next, as superseded", () => {
    const monday = published(claim({ text: "On Monday officials said 12 people had died in the floods.", figure: "12", value: 12, subject: "people", storyId: 3 }), "2024-06-03");
    const tuesday = published(claim({ text: "On Tuesday officials said 19 people had died in the floods, the regional governor said.", figure: "19", value: 19, subject: "people", attribution: "the regional governor", storyId: 3 }), "2024-06-04");
    const groups = groupClaims([monday, tuesday]);
    expect(together(groups, monday, tuesday)).toBe(true);
    expect(groupOf(groups, monday).verdict).toBe("superseded");
  });
});

describe("datelines", () => {
  it("recognises lines that are only a date or time with header words", () => {
    expect(isDateline("Tuesday 14 May 2024 09.12 BST")).toBe(true);
    expect(isDateline("Published: 14 May 2024 | Updated: 15 May 2024 18:40 GMT")).toBe(true);
    expect(isDateline("Last updated at 10:05 GMT, 14 May 2024")).toBe(true);
    expect(isDateline("Lisbon, 14 May 2024")).toBe(true);
    expect(isDateline("The ferry sank on 14 May 2024.")).toBe(false);
    expect(isDateline("Rescuers arrived at 10:05 on Tuesday.")).toBe(false);
  });

  it("keeps dateline dates out of groups, while dates in the report still group", () => {
    const lineA = claim({ text: "Published: 14 May 2024 08:10 GMT\nThe ferry sank on 12 May off the cape.", figure: "14 May 2024", kind: "date", unit: "date", value: 19857, storyId: 4 });
    const lineB = claim({ text: "Tuesday 14 May 2024 09.12 BST\nA ferry went down on 12 May near the cape, officials said.", figure: "14 May 2024", kind: "date", unit: "date", value: 19857, storyId: 4 });
    const bodyA = claim({ text: "Published: 14 May 2024 08:10 GMT\nThe ferry sank on 12 May off the cape.", figure: "12 May", kind: "date", unit: "date", value: 19855, storyId: 4 });
    const bodyB = claim({ text: "Tuesday 14 May 2024 09.12 BST\nA ferry went down on 12 May near the cape, officials said.", figure: "12 May", kind: "date", unit: "date", value: 19855, attribution: "officials", storyId: 4 });
    const groups = groupClaims([lineA, lineB, bodyA, bodyB]);
    expect(groupOf(groups, lineA).claimIds).toEqual([lineA.id]);
    expect(groupOf(groups, lineB).claimIds).toEqual([lineB.id]);
    expect(groupOf(groups, lineA).verdict).toBe("single");
    expect(together(groups, bodyA, bodyB)).toBe(true);
  });
});
