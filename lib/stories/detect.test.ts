import { describe, expect, it } from "vitest";
import { detectStories } from "./detect";

const quakeA = (id: number, extra = "") => ({
  id,
  title: "Earthquake strikes northern Valoria",
  text: `A powerful earthquake struck the mountain town of Brenmark in northern Valoria, collapsing houses and a school. Rescuers searched the rubble in Brenmark overnight. ${extra}`,
  publishedAt: "2024-03-02",
});
const quakeB = (id: number) => ({
  id,
  title: "Quake hits coastal Ostrelia",
  text: "An earthquake shook the port city of Kaltenport in Ostrelia, damaging the harbour and the old lighthouse. Fishermen in Kaltenport reported cracked piers.",
  publishedAt: "2024-09-20",
});
const vote = (id: number) => ({
  id,
  title: "Parliament passes budget",
  text: "Lawmakers in Ardenia approved the annual budget after a marathon session, with the finance minister Lirio Pask defending tax changes before the chamber.",
  publishedAt: "2024-03-02",
});

describe("detectStories", () => {
  it("puts reports of one event together and keeps two similar events apart", () => {
    const stories = detectStories([quakeA(1), quakeB(2), quakeA(3, "Officials said ten people were killed."), vote(4), quakeB(5)]);
    expect(stories.map((s) => s.documentIds)).toEqual([[1, 3], [2, 5], [4]]);
    expect(stories[0].key).toBe("auto:1");
    expect(stories[0].label).toBe("Earthquake strikes northern Valoria");
  });

  it("is deterministic whatever the input order", () => {
    const docs = [quakeA(1), quakeB(2), quakeA(3), vote(4)];
    expect(detectStories([...docs].reverse())).toEqual(detectStories(docs));
  });

  it("keeps an analyst's placements and lets unpinned reports join them", () => {
    const stories = detectStories([
      { ...quakeA(1), pinnedStoryKey: "manual:quake" },
      quakeA(2),
      { ...quakeB(3), pinnedStoryKey: "manual:other" },
      { ...quakeA(4), pinnedStoryKey: "manual:other" }, // the analyst says so
    ]);
    const byKey = new Map(stories.map((s) => [s.key, s.documentIds]));
    expect(byKey.get("manual:quake")).toEqual([1, 2]);
    expect(byKey.get("manual:other")).toEqual([3, 4]);
    expect(stories.every((s) => s.pinned)).toBe(true);
  });

  // Speed is measured by `npm run bench -- group`, not asserted here.
  it("separates many topics among thousands of documents", () => {
    const docs = Array.from({ length: 3000 }, (_, i) => ({
      id: i + 1,
      title: `Report ${i % 300}`,
      text: `Topic${i % 300} town${i % 300} river${(i * 7) % 300} harbour officials reported damage in district${i % 300} and region${i % 150}.`,
      publishedAt: null,
    }));
    const stories = detectStories(docs);
    expect(stories.length).toBeGreaterThanOrEqual(150);
  });
});

describe("story labels", () => {
  it("names a story after its most central document, not the first one imported", () => {
    const live = {
      id: 1,
      title: "Live: all the latest",
      text: "Rolling coverage. An earthquake struck Brenmark in northern Valoria. Separately, the football league resumed and markets in Ardenia rose slightly.",
      publishedAt: "2024-03-02",
    };
    const stories = detectStories([live, quakeA(2), quakeA(3, "Officials said ten people were killed in Brenmark."), quakeA(4, "Rescuers in Brenmark found survivors.")]);
    const story = stories.find((s) => s.documentIds.includes(2))!;
    expect(story.documentIds).toContain(1);
    expect(story.label).toBe("Earthquake strikes northern Valoria");
  });
});
