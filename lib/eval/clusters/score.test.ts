import { describe, expect, it } from "vitest";
import { scoreClusters, verdictMatches } from "./score";
import { claimAt, doc, goldClaim, goldGroup, group } from "./test-helpers";
import type { GoldValue, ReferenceSet } from "./types";

const n = (value: number): GoldValue => ({ type: "number", value, unit: null });

// Cluster c1 (source "dev"): two documents; cluster c2 (source "other"): two more.
const textA = "Police said 7 bullets hit him. Officers fired 11 shots. There were 3 arrests.";
const textB = "He was shot 11 times, seven bullets in all. Officers fired 11 rounds.";
const textC = "About 40 people came.";
const textD = "Some 40 people attended.";

const dev: ReferenceSet = {
  source: "dev",
  files: [],
  groups: [goldGroup("hit", "conflict"), goldGroup("fired", "consistent")],
  claims: [
    goldClaim({ id: "hit-a", file: "a.txt", quote: "7 bullets hit", value: n(7), groupKey: "hit" }),
    goldClaim({ id: "hit-b", file: "b.txt", quote: "shot 11 times", value: n(11), groupKey: "hit" }),
    goldClaim({ id: "hit-b2", file: "b.txt", quote: "seven bullets in all", value: n(7), groupKey: "hit" }),
    goldClaim({ id: "fired-a", file: "a.txt", quote: "fired 11 shots", value: n(11), groupKey: "fired" }),
    goldClaim({ id: "fired-b", file: "b.txt", quote: "fired 11 rounds", value: n(11), groupKey: "fired" }),
    goldClaim({ id: "arrests-a", file: "a.txt", quote: "3 arrests", value: n(3) }),
  ],
};

const other: ReferenceSet = {
  source: "other",
  files: [],
  groups: [goldGroup("crowd", "consistent", "c2", "other")],
  claims: [
    goldClaim({ id: "crowd-c", source: "other", cluster: "c2", file: "c.txt", quote: "About 40 people", value: n(40), groupKey: "crowd" }),
    goldClaim({ id: "crowd-d", source: "other", cluster: "c2", file: "d.txt", quote: "Some 40 people", value: n(40), groupKey: "crowd" }),
  ],
};

const documents = [
  doc(1, textA, "a.txt"),
  doc(2, textB, "b.txt"),
  doc(3, textC, "c.txt", "c2", "other"),
  doc(4, textD, "d.txt", "c2", "other"),
];

// "seven bullets" was not extracted; the shots group swallowed an arrest count and a crowd from another cluster.
const groups = [
  group(1, "contradiction", [claimAt(11, 1, textA, "7 bullets", 7), claimAt(21, 2, textB, "11 times", 11)]),
  group(2, "discrepancy", [
    claimAt(12, 1, textA, "11 shots", 11),
    claimAt(22, 2, textB, "11 rounds", 11),
    claimAt(13, 1, textA, "3 arrests", 3),
    claimAt(41, 4, textD, "40 people", 40),
  ]),
  group(3, "single", [claimAt(31, 3, textC, "40 people", 40)]),
];

describe("scoreClusters", () => {
  const score = scoreClusters([dev, other], documents, groups);
  const [devScore, otherScore] = score.sources;

  it("counts claim recall over grouped and singleton gold claims", () => {
    expect(devScore!.metrics.claimRecall).toMatchObject({ hit: 5, total: 6 });
    expect(devScore!.unmatched.map((u) => [u.claim.id, u.reason])).toEqual([["hit-b2", "not extracted"]]);
    expect(score.overall.metrics.claimRecall).toMatchObject({ hit: 7, total: 8 });
  });

  it("counts pair recall over all gold pairs, so a missed claim loses its pairs", () => {
    expect(devScore!.metrics.pairRecall).toMatchObject({ hit: 2, total: 4 });
    expect(otherScore!.metrics.pairRecall).toMatchObject({ hit: 0, total: 1 });
    expect(otherScore!.missedMerges[0]?.parts.map((p) => p.groupId).sort()).toEqual([2, 3]);
  });

  it("counts pair precision with cross-cluster pairs wrong, per source when a pair touches it", () => {
    // group 1: 1 right pair; group 2: 6 pairs, only fired-a/fired-b right.
    expect(devScore!.metrics.pairPrecision).toMatchObject({ hit: 2, total: 7 });
    // Only the three pairs joining the crowd claim to dev claims touch "other".
    expect(otherScore!.metrics.pairPrecision).toMatchObject({ hit: 0, total: 3 });
    expect(score.overall.metrics.pairPrecision).toMatchObject({ hit: 2, total: 7 });
    expect(score.overall.wrongMerges.map((m) => [m.groupId, m.wrongPairs])).toEqual([[2, 5]]);
  });

  it("judges each gold group by its majority Collate group, ties to the lower id", () => {
    expect(devScore!.verdicts.map((v) => [v.group.key, v.majorityGroupId, v.correct])).toEqual([
      ["hit", 1, true],
      ["fired", 2, false],
    ]);
    // crowd: one claim each in groups 2 and 3; group 2 wins the tie and says discrepancy.
    expect(otherScore!.verdicts.map((v) => [v.majorityGroupId, v.collateVerdict, v.correct])).toEqual([[2, "discrepancy", false]]);
    expect(score.overall.metrics.verdictAccuracy).toMatchObject({ hit: 1, total: 3 });
  });

  it("treats a gold group with no matched claim as a wrong verdict", () => {
    const empty = scoreClusters([dev], documents.map((d) => ({ ...d, text: null, documentId: null })), []);
    expect(empty.overall.metrics.verdictAccuracy).toMatchObject({ hit: 0, total: 2 });
    expect(empty.overall.metrics.pairPrecision.value).toBeNull();
    expect(empty.overall.unmatched.every((u) => u.reason === "document missing")).toBe(true);
  });
});

describe("verdictMatches", () => {
  it("maps Collate verdicts onto the gold classes", () => {
    expect(verdictMatches("conflict", "rounding")).toBe(true);
    expect(verdictMatches("conflict", "contradiction")).toBe(true);
    expect(verdictMatches("conflict", "consistent")).toBe(false);
    expect(verdictMatches("consistent", "rounding")).toBe(true);
    expect(verdictMatches("consistent", "discrepancy")).toBe(false);
    expect(verdictMatches("consistent", "single")).toBe(false);
    expect(verdictMatches("consistent", null)).toBe(false);
  });
});
