// Plain-text report: one table per source and one overall, each metric marked
// against the target, then (verbose) the misses behind the numbers.
import type { ClusterEvalReport } from "./run";
import type { GoldValue, Metrics, Ratio, ReferenceClaim, SourceScore } from "./types";

export const TARGET = 0.9;

const METRIC_LABELS: [keyof Metrics, string][] = [
  ["claimRecall", "reference claims found (claim recall)"],
  ["pairRecall", "same-quantity pairs put in one group (pair recall)"],
  ["pairPrecision", "pairs in one group that belong together (pair precision)"],
  ["verdictAccuracy", "groups whose verdict class is right"],
];

export function targetMet(ratio: Ratio): boolean {
  return ratio.value !== null && ratio.value >= TARGET;
}

function formatRatio(ratio: Ratio): string {
  return ratio.value === null ? "n/a" : ratio.value.toFixed(3);
}

function metricsTable(score: SourceScore): string[] {
  const width = Math.max(...METRIC_LABELS.map(([, label]) => label.length));
  const lines = [`  ${"metric".padEnd(width)}  score  ${"count".padEnd(11)}  target`];
  for (const [key, label] of METRIC_LABELS) {
    const ratio = score.metrics[key];
    const status = ratio.value === null ? "n/a" : targetMet(ratio) ? "met" : "NOT met";
    const count = `${ratio.hit}/${ratio.total}`;
    lines.push(`  ${label.padEnd(width)}  ${formatRatio(ratio).padStart(5)}  ${count.padEnd(11)}  ≥ ${TARGET} ${status}`);
  }
  return lines;
}

function errorSummary(score: SourceScore): string {
  const reasons = new Map<string, number>();
  for (const miss of score.unmatched) reasons.set(miss.reason, (reasons.get(miss.reason) ?? 0) + 1);
  const reasonText = [...reasons].map(([reason, n]) => `${n} ${reason}`).join(", ");
  const wrongPairs = score.wrongMerges.reduce((sum, merge) => sum + merge.wrongPairs, 0);
  const missedPairs = score.missedMerges.reduce((sum, merge) => sum + merge.missedPairs, 0);
  const wrongVerdicts = score.verdicts.filter((v) => !v.correct).length;
  const search = score.quoteSearch;
  return [
    `  misses: ${score.unmatched.length} gold claims not matched${reasonText ? ` (${reasonText})` : ""};`,
    ` ${score.wrongMerges.length} groups with wrong merges (${wrongPairs} pairs);`,
    ` ${score.missedMerges.length} gold groups split (${missedPairs} pairs);`,
    ` ${wrongVerdicts} wrong verdicts`,
    `\n  quotes found: ${search.exact} verbatim, ${search.whitespace} after collapsing spaces, ${search.loose} ignoring spaces/quote marks`,
  ].join("");
}

export function describeValue(value: GoldValue | null): string {
  if (value === null) return "no value";
  switch (value.type) {
    case "number":
      return `${value.value}${value.unit ? ` ${value.unit}` : ""}`;
    case "interval":
      return `[${value.low ?? "…"}, ${value.high ?? "…"}]`;
    case "date": {
      const iso = (day: number) => (Number.isFinite(day) ? new Date(day * 86_400_000).toISOString().slice(0, 10) : "…");
      return value.fromDay === value.toDay ? iso(value.fromDay) : `${iso(value.fromDay)}..${iso(value.toDay)}`;
    }
    case "time":
      return `${String(Math.floor(value.minutes / 60)).padStart(2, "0")}:${String(value.minutes % 60).padStart(2, "0")}`;
  }
}

function where(claim: ReferenceClaim): string {
  return `${claim.cluster}/${claim.file}`;
}

/** The misses behind one score: unmatched claims, wrong merges, split groups, wrong verdicts. */
export function details(score: SourceScore): string[] {
  const lines: string[] = [];
  if (score.unmatched.length > 0) {
    lines.push("  gold claims not matched:");
    for (const miss of score.unmatched) {
      const found = miss.extractedInQuote.length > 0 ? `; extracted there: ${miss.extractedInQuote.join(" | ")}` : "";
      lines.push(`    [${miss.reason}] ${where(miss.claim)}: "${miss.claim.quote}" (gold ${describeValue(miss.claim.value)}${found})`);
    }
  }
  if (score.wrongMerges.length > 0) {
    lines.push("  Collate groups mixing gold quantities:");
    for (const merge of score.wrongMerges) {
      lines.push(`    group ${merge.groupId} "${merge.label}" (${merge.verdict}), ${merge.wrongPairs} wrong pairs:`);
      for (const member of merge.members) {
        const quotes = member.claims.map((claim) => `${claim.file}: "${claim.quote}"`).join("; ");
        lines.push(`      - ${member.quantity}: ${quotes}`);
      }
    }
  }
  if (score.missedMerges.length > 0) {
    lines.push("  gold groups split over several Collate groups:");
    for (const missed of score.missedMerges) {
      lines.push(`    ${missed.group.cluster}: ${missed.group.quantity} (${missed.missedPairs} pairs missed)`);
      for (const part of missed.parts) {
        lines.push(`      - group ${part.groupId} "${part.label}": ${part.claims.map((claim) => `"${claim.quote}"`).join("; ")}`);
      }
    }
  }
  const wrong = score.verdicts.filter((v) => !v.correct);
  if (wrong.length > 0) {
    lines.push("  wrong verdict class:");
    for (const v of wrong) {
      const got = v.majorityGroupId === null ? "no claim matched" : `group ${v.majorityGroupId} "${v.majorityLabel}" says ${v.collateVerdict}`;
      lines.push(`    ${v.group.cluster}: ${v.group.quantity}: gold ${v.group.verdict}, ${got}`);
    }
  }
  return lines;
}

export function formatClusterReport(report: ClusterEvalReport): string {
  const lines: string[] = [];
  const sources = report.sources
    .map((s) => `${s.source} (${s.clusters} cluster${s.clusters === 1 ? "" : "s"}, ${s.files} files, ${s.goldGroups} gold groups, ${s.goldClaims} gold claims)`)
    .join("; ");
  lines.push(`Cluster evaluation: ${sources}`);
  lines.push(`One database for all sources: ${report.collateClaims} claims in ${report.collateGroups} groups; ${report.seconds.toFixed(1)} s`);
  for (const problem of report.ingestProblems) lines.push(`  not ingested: ${problem.name}: ${problem.problem}`);
  if (report.databasePath) lines.push(`Database kept at ${report.databasePath}`);

  const scores = report.score.sources.length > 1 ? [...report.score.sources, report.score.overall] : report.score.sources;
  for (const score of scores) {
    lines.push("", score.source);
    lines.push(...metricsTable(score));
    lines.push(errorSummary(score));
    // Overall details would repeat the per-source lists.
    if (report.verbose && (score !== report.score.overall || report.score.sources.length === 1)) lines.push(...details(score));
  }
  if (report.verbose && report.score.sources.length > 1) {
    const crossSource = report.score.overall.wrongMerges.filter((merge) => new Set(merge.members.flatMap((m) => m.claims.map((c) => c.source))).size > 1);
    if (crossSource.length > 0) lines.push("", "overall: groups mixing sources", ...details({ ...report.score.overall, unmatched: [], missedMerges: [], verdicts: [], wrongMerges: crossSource }));
  }
  lines.push("", allTargetsMet(report) ? `All metrics meet the target (≥ ${TARGET}).` : `Not every metric meets the target (≥ ${TARGET}).`);
  return lines.join("\n");
}

/** Exit status for a CLI: 0 when every metric of every table meets the target. */
export function allTargetsMet(report: ClusterEvalReport): boolean {
  const scores = [...report.score.sources, report.score.overall];
  return scores.every((score) => Object.values(score.metrics).every(targetMet));
}
