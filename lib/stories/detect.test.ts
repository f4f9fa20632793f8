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

describe("similar events close in time", () => {
  const quakeNorth = (id: number, publishedAt: string, text: string) => ({ id, title: "Earthquake shakes Tarvel province", text, publishedAt });
  const quakeSouth = (id: number, publishedAt: string, text: string) => ({ id, title: "Strong quake hits Osmira coast", text, publishedAt });

  it("keeps two earthquakes of one week apart, and a follow-up days later with its event", () => {
    const stories = detectStories([
      quakeNorth(1, "2024-04-08", "A magnitude 6.1 earthquake struck Tarvel province early on Monday, destroying homes in the villages of Dunrow and Maelis. Rescuers from Tarvel dug through rubble as aftershocks rattled the valley."),
      quakeSouth(2, "2024-04-11", "A strong earthquake hit the Osmira coast on Thursday, cracking the sea wall at Port Velen and damaging the lighthouse. Fishermen in Port Velen said the harbour flooded briefly."),
      quakeNorth(3, "2024-04-09", "The earthquake in Tarvel province flattened much of Dunrow, officials said, and families in Maelis slept outdoors fearing aftershocks. Rescuers reached remote hamlets of the valley."),
      quakeSouth(4, "2024-04-12", "Residents of Port Velen on the Osmira coast began clearing debris after the earthquake damaged the sea wall and the old lighthouse, the harbour master said."),
      {
        id: 5,
        title: "Dunrow rebuilds a week after the quake",
        text: "A week after the earthquake that flattened Dunrow in Tarvel province, families from Dunrow and Maelis moved into tents on the valley floor while engineers inspected the damaged bridge.",
        publishedAt: "2024-04-15",
      },
    ]);
    expect(stories.map((s) => s.documentIds)).toEqual([[1, 3, 5], [2, 4]]);
  });

  it("keeps two protests in one city on different days apart", () => {
    const strike = (id: number, text: string) => ({ id, title: "Teachers march in Halvard over pay", text, publishedAt: "2024-10-01" });
    const shooting = (id: number, text: string) => ({ id, title: "Halvard protest over death of cyclist Imre Sallo", text, publishedAt: "2024-10-04" });
    const stories = detectStories([
      strike(1, "Thousands of teachers marched through central Halvard on Tuesday demanding higher pay, as the teachers union led by Orla Benn threatened a strike over salaries and class sizes."),
      shooting(2, "Hundreds protested in Halvard on Friday after cyclist Imre Sallo was killed by a police van, demanding that the driver be charged. Relatives of Sallo led the march to the police headquarters."),
      strike(3, "Striking teachers filled the streets of Halvard, and union leader Orla Benn said salaries had fallen behind inflation; schools across Halvard closed for the day of action on pay."),
      shooting(4, "Protesters angry over the death of Imre Sallo, a cyclist hit by a police van, gathered outside police headquarters in Halvard; his family called for the driver to be charged."),
    ]);
    expect(stories.map((s) => s.documentIds)).toEqual([[1, 3], [2, 4]]);
  });
});
