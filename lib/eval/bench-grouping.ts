// `npm run bench -- group`: how long story detection and grouping take on a
// database-sized batch of articles (the sample articles with varied figures).
import { groupClaims } from "../comparison";
import type { ComparableClaim } from "../comparison/types";
import { extractClaims } from "../extraction";
import { detectStories } from "../stories";
import { buildBenchCorpus } from "./bench-corpus";
import { formatTable } from "./format-table";

export interface GroupingBenchResult {
  articles: number;
  claims: number;
  stories: number;
  groups: number;
  storySeconds: number;
  groupSeconds: number;
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

export function benchGrouping(options: { articles?: number } = {}): GroupingBenchResult {
  const texts = buildBenchCorpus({ corpusBytes: (options.articles ?? 2000) * 5000 });
  const docs = texts.map((text, index) => ({ id: index + 1, title: text.slice(0, text.indexOf("\n")), text, publishedAt: null }));

  let started = process.hrtime.bigint();
  const stories = detectStories(docs);
  const storySeconds = seconds(started);
  const storyOf = new Map(stories.flatMap((story) => story.documentIds.map((id) => [id, story.key] as const)));

  let nextId = 1;
  const claims: ComparableClaim[] = docs.flatMap((doc) =>
    extractClaims(doc.text, { referenceYear: 2021 }).map((claim) => ({
      ...claim,
      id: nextId++,
      documentId: doc.id,
      source: `outlet ${doc.id}`,
      storyId: storyOf.get(doc.id) ?? null,
    })),
  );
  started = process.hrtime.bigint();
  const groups = groupClaims(claims);
  const groupSeconds = seconds(started);
  return { articles: docs.length, claims: claims.length, stories: stories.length, groups: groups.length, storySeconds, groupSeconds };
}

export function formatGroupingBench(result: GroupingBenchResult): string {
  const rate = (count: number, secs: number) => `${Math.round(count / Math.max(secs, 1e-9)).toLocaleString("en-US")}/s`;
  return formatTable([
    ["step", "input", "output", "seconds", "throughput"],
    ["story detection", `${result.articles} articles`, `${result.stories} stories`, result.storySeconds.toFixed(2), rate(result.articles, result.storySeconds)],
    ["grouping", `${result.claims} claims`, `${result.groups} groups`, result.groupSeconds.toFixed(2), rate(result.claims, result.groupSeconds)],
  ]);
}
