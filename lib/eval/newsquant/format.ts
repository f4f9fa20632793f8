import { formatTable } from "../format-table";
import type { ErrorBreakdown } from "./breakdown";
import type { PublishedRow } from "./published";
import type { NewsQuantRun } from "./run";
import { METRIC_NAMES, type MetricName, type NewsQuantScore } from "./types";

const METRIC_LABELS: Record<MetricName, string> = {
  value: "value",
  "value+unit": "value+unit",
  "value+change": "value+change",
  "value+concept_partial": "value+concept (partial)",
  "value+concept_complete": "value+concept (complete)",
};

const prfCell = (p: number, r: number, f1: number) => `${p.toFixed(1)} / ${r.toFixed(1)} / ${f1.toFixed(1)}`;

/** The P/R/F1 table: Collate (paper matching, one-to-one) next to CQE's published row. */
export function formatNewsQuantTable(run: Pick<NewsQuantRun, "set" | "paper" | "oneToOne" | "cqe" | "sentences">): string {
  const header = ["metric (P / R / F1, %)", "Collate, paper matching", "Collate, one-to-one", "CQE (authors' results file)"];
  const rows = METRIC_NAMES.map((name) => [
    METRIC_LABELS[name],
    scoreCell(run.paper, name),
    scoreCell(run.oneToOne, name),
    publishedCell(run.cqe, name),
  ]);
  const title =
    `${run.set}: ${run.sentences} sentences, ${run.paper.goldCount} gold quantities, ` +
    `${run.paper.predictedCount} predicted`;
  return `${title}\n${formatTable([header, ...rows])}`;
}

function scoreCell(score: NewsQuantScore, name: MetricName): string {
  const metric = score.metrics[name];
  return prfCell(metric.precision, metric.recall, metric.f1);
}

function publishedCell(row: PublishedRow | undefined, name: MetricName): string {
  const metric = row?.metrics[name];
  return metric ? prfCell(metric.precision, metric.recall, metric.f1) : "–";
}

/** Error breakdown: change labels, unit families (value+unit misses), false positives by kind. */
export function formatErrorBreakdown(breakdown: ErrorBreakdown, topMismatches = 4): string {
  const lines: string[] = ["Errors by gold change label (one-to-one alignment):"];
  lines.push(
    formatTable([
      ["change", "gold", "value found", "change correct", "predicted instead"],
      ...breakdown.byChange.map((row) => [
        row.label,
        String(row.gold),
        String(row.valueFound),
        String(row.changeCorrect),
        topEntries(row.confusedWith, topMismatches),
      ]),
    ]),
  );
  lines.push("", "value+unit by gold unit family:");
  lines.push(
    formatTable([
      ["family", "gold", "value found", "value+unit", "unit misses (gold ← predicted)"],
      ...breakdown.byUnitFamily.map((row) => [
        row.family,
        String(row.gold),
        String(row.valueFound),
        String(row.valueUnitCorrect),
        topEntries(row.unitMismatches, topMismatches),
      ]),
    ]),
  );
  lines.push("", "False positives (no gold value) by claim kind:");
  for (const row of breakdown.falsePositives) {
    lines.push(`  ${row.kind}: ${row.count}`);
    for (const example of row.examples.slice(0, 3)) lines.push(`    ${example}`);
  }
  return lines.join("\n");
}

/** Table plus breakdown, for the CLI. */
export function formatNewsQuantRun(run: NewsQuantRun): string {
  const parts = [formatNewsQuantTable(run)];
  if (run.extractorFailures.length > 0) {
    parts.push(`Extractor threw on ${run.extractorFailures.length} sentences (scored as empty).`);
  }
  parts.push(formatErrorBreakdown(run.breakdown));
  return parts.join("\n\n");
}

function topEntries(counts: Record<string, number>, limit: number): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, count]) => `${key} ×${count}`)
    .join(", ");
}

/** One line per gold file: one-to-one F1 next to CQE's, for every metric the file's gold supports. */
export function formatNewsQuantSummary(runs: readonly NewsQuantRun[]): string {
  const header = ["set", "sentences", ...METRIC_NAMES.map((name) => `${METRIC_LABELS[name]}: Collate / CQE`)];
  const rows = runs.map((run) => [
    run.set,
    String(run.sentences),
    ...METRIC_NAMES.map((name) => {
      const cqe = run.cqe?.metrics[name];
      if (!cqe) return "–";
      const ours = run.oneToOne.metrics[name].f1;
      return `${ours.toFixed(1)} / ${cqe.f1.toFixed(1)}${ours > cqe.f1 ? " ✓" : ""}`;
    }),
  ]);
  return `One-to-one F1 (%), ✓ where above CQE's published score\n${formatTable([header, ...rows])}`;
}
