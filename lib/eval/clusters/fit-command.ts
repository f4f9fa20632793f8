// `npm run train -- grouping` and `npm run eval -- clusters --cv`.
import fs from "node:fs";
import path from "node:path";
import { formatTable } from "../format-table";
import { details } from "./format";
import { buildFitData, clustersOf, crossValidate, fitModel, type FoldResult } from "./fit";
import { prepareCorpus } from "./pipeline";
import { loadReference, type DataSource } from "./reference";
import { ratio } from "./score";
import type { Metrics, Ratio } from "./types";

const MODEL_PATH = path.join("lib", "comparison", "grouping-model.json");

/** The goals for cross-validated grouping. */
const CV_TARGETS = { claimRecall: 0.95, pairRecall: 0.85, pairPrecision: 0.85, verdictAccuracy: 0.85, perClusterPairs: 0.7 };

async function loadCorpus(sources: DataSource[], log: (line: string) => void) {
  const started = Date.now();
  const references = await Promise.all(sources.map(loadReference));
  const corpus = prepareCorpus(references);
  log(`Extracted ${corpus.claims.length} claims from ${corpus.documents.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const data = buildFitData(corpus);
  const labelled = data.rows.filter((row) => row.label !== null);
  log(`${data.pairs.length} comparable pairs, ${labelled.length} labelled (${labelled.filter((r) => r.label === 1).length} same quantity)`);
  return data;
}

/** Fits the model on every cluster of the sources and writes the committed model file. */
export async function trainGroupingCommand(sources: DataSource[], out = MODEL_PATH, log = (line: string) => process.stderr.write(`${line}\n`)): Promise<number> {
  const data = await loadCorpus(sources, log);
  const model = fitModel(data, new Set(clustersOf(data.corpus)));
  fs.writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
  const rows = model.features.map((name, i) => [name, model.weights[i].toFixed(3)]);
  process.stdout.write(
    [
      `Wrote ${out}: ${model.trainedOn.positivePairs} same-quantity and ${model.trainedOn.negativePairs} other pairs from ${model.trainedOn.clusters.length} clusters`,
      `bias ${model.bias.toFixed(3)}, merge threshold ${model.threshold}, L2 penalty ${model.lambda}`,
      formatTable([["feature", "weight"], ...rows]),
    ].join("\n") + "\n",
  );
  return 0;
}

function sum(ratios: Ratio[]): Ratio {
  return ratio(
    ratios.reduce((s, r) => s + r.hit, 0),
    ratios.reduce((s, r) => s + r.total, 0),
  );
}

const show = (r: Ratio) => (r.value === null ? "–" : `${r.value.toFixed(3)} (${r.hit}/${r.total})`);

function pooled(folds: FoldResult[]): Metrics {
  return {
    claimRecall: sum(folds.map((f) => f.metrics.claimRecall)),
    pairRecall: sum(folds.map((f) => f.metrics.pairRecall)),
    pairPrecision: sum(folds.map((f) => f.metrics.pairPrecision)),
    verdictAccuracy: sum(folds.map((f) => f.metrics.verdictAccuracy)),
  };
}

function formatFolds(folds: FoldResult[], overall: Metrics, title: string): string {
  const row = (name: string, m: Metrics, threshold: string) => [name, show(m.claimRecall), show(m.pairRecall), show(m.pairPrecision), show(m.verdictAccuracy), threshold];
  return [
    title,
    formatTable([
      ["held-out cluster", "claims found", "pairs grouped", "grouped pairs right", "verdicts", "threshold"],
      ...folds.map((f) => row(f.cluster, f.metrics, String(f.threshold))),
      row("overall (pooled)", overall, ""),
    ]),
  ].join("\n");
}

/** Leave-one-cluster-out over every cluster of the sources; the seeds (when given) are held out as one more cluster but reported apart. */
export async function crossValidationCommand(sources: DataSource[], verbose = false, log = (line: string) => process.stderr.write(`${line}\n`)): Promise<number> {
  const started = Date.now();
  const data = await loadCorpus(sources, log);
  const folds = crossValidate(data, clustersOf(data.corpus), (fold) => log(`  ${fold.cluster}: done`));
  const seedSources = new Set(data.corpus.references.filter((_, i) => sources[i].kind === "seeds").map((r) => r.source));
  const isSeed = (fold: FoldResult) => seedSources.has(fold.cluster.split("/")[0]);
  const clusterFolds = folds.filter((f) => !isSeed(f));
  const overall = pooled(clusterFolds);
  const lines = verbose ? folds.flatMap((fold) => [`held out: ${fold.cluster}`, ...details(fold.score), ""]) : [];
  lines.push(formatFolds(clusterFolds, overall, `Leave-one-cluster-out: each cluster grouped by a model fitted on all the others (${((Date.now() - started) / 1000).toFixed(1)} s)`));
  const seeds = folds.filter(isSeed);
  if (seeds.length) lines.push("", formatFolds(seeds, pooled(seeds), "Seeds, held out the same way"));
  const met = (v: number | null, target: number) => (v !== null && v >= target ? "met" : "NOT met");
  const weakest = Math.min(...clusterFolds.flatMap((f) => [f.metrics.pairRecall.value ?? 0, f.metrics.pairPrecision.value ?? 0]));
  lines.push(
    "",
    `targets: claims found ≥ ${CV_TARGETS.claimRecall} ${met(overall.claimRecall.value, CV_TARGETS.claimRecall)}; ` +
      `pairs grouped ≥ ${CV_TARGETS.pairRecall} ${met(overall.pairRecall.value, CV_TARGETS.pairRecall)}; ` +
      `grouped pairs right ≥ ${CV_TARGETS.pairPrecision} ${met(overall.pairPrecision.value, CV_TARGETS.pairPrecision)}; ` +
      `verdicts ≥ ${CV_TARGETS.verdictAccuracy} ${met(overall.verdictAccuracy.value, CV_TARGETS.verdictAccuracy)}; ` +
      `no cluster below ${CV_TARGETS.perClusterPairs} on pairs ${met(weakest, CV_TARGETS.perClusterPairs)} (weakest ${weakest.toFixed(3)})`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
