// Fitting the same-quantity model on the reference clusters, and judging it by
// leave-one-cluster-out cross-validation: for each cluster, a model fitted
// without it groups it. Extraction and pair features are computed once; each
// fit and each threshold tried only re-runs the clustering.
import { comparablePairs, groupPrepared, prepareClaims, type PreparedClaims, type ScoredPair } from "../../comparison/group";
import type { GroupingModel } from "../../comparison/model";
import { FEATURE_NAMES, featureVector } from "../../comparison/pair-features";
import { fitLogistic } from "../../comparison/train";
import { clusterKeyOf, type Corpus } from "./pipeline";
import { matchAll, scoreSubset } from "./score";
import type { EvalGroup, Metrics, ReferenceClaim, SourceScore } from "./types";

/** L2 penalty: strong enough that a feature seen in a few pairs cannot take a large weight. */
const LAMBDA = 1;
/** Merge thresholds tried (average same-quantity probability across two clusters). */
const THRESHOLDS = Array.from({ length: 33 }, (_, i) => Math.round((0.1 + i * 0.025) * 1000) / 1000);

export interface FitData {
  corpus: Corpus;
  prepared: PreparedClaims;
  pairs: ScoredPair[];
  /** Per pair: its feature vector, its label (null: not both reference claims) and its cluster. */
  rows: { x: number[]; label: 0 | 1 | null; cluster: string }[];
}

/** Pair features of every comparable pair, labelled by the reference where both claims are reference claims. */
export function buildFitData(corpus: Corpus): FitData {
  const prepared = prepareClaims(corpus.claims);
  const pairs = [...comparablePairs(prepared)];
  const everything: EvalGroup[] = [{ id: 1, label: "", verdict: "single", claims: corpus.claims.map((c) => ({ ...c })) }];
  const { matched } = matchAll(corpus.references, corpus.documents, everything);
  const goldOf = new Map<number, ReferenceClaim>(matched.map((m) => [m.extracted.id, m.claim]));
  const clusterOfDocument = new Map(corpus.documents.filter((d) => d.documentId !== null).map((d) => [d.documentId!, d.clusterKey]));
  const rows = pairs.map(({ i, j, pair }) => {
    const a = prepared.features[i].claim;
    const b = prepared.features[j].claim;
    const ga = goldOf.get(a.id);
    const gb = goldOf.get(b.id);
    const label = ga && gb ? ((ga.groupKey ?? ga.id) === (gb.groupKey ?? gb.id) ? 1 : 0) : null;
    return { x: featureVector(pair), label: label as 0 | 1 | null, cluster: clusterOfDocument.get(a.documentId)! };
  });
  return { corpus, prepared, pairs, rows };
}

export function clustersOf(corpus: Corpus): string[] {
  return [...new Set(corpus.documents.map((d) => d.clusterKey))];
}

function toEvalGroups(data: FitData, model: GroupingModel): EvalGroup[] {
  const byId = new Map(data.corpus.claims.map((c) => [c.id, c]));
  return groupPrepared(data.prepared, model, data.pairs).map((group, index) => ({
    id: index + 1,
    label: group.label,
    verdict: group.verdict,
    claims: group.claimIds.map((id) => ({ ...byId.get(id)! })),
  }));
}

function scoreClustersWith(data: FitData, model: GroupingModel, clusters: Set<string>, label = "scope"): SourceScore {
  const groups = toEvalGroups(data, model);
  return scoreSubset(data.corpus.references, data.corpus.documents, groups, label, (claim: ReferenceClaim) => clusters.has(clusterKeyOf(claim.source, claim.cluster)));
}

/** What the threshold is chosen to maximise: the harmonic mean of pair recall, pair precision and verdict accuracy. */
function objective(metrics: Metrics): number {
  const values = [metrics.pairRecall.value ?? 0, metrics.pairPrecision.value ?? 0, metrics.verdictAccuracy.value ?? 0];
  if (values.some((v) => v <= 0)) return 0;
  return values.length / values.reduce((sum, v) => sum + 1 / v, 0);
}

/** Fits the weights on the labelled pairs of `clusters`, then the threshold by grouping those clusters. */
export function fitModel(data: FitData, clusters: Set<string>): GroupingModel {
  const training = data.rows.filter((row) => row.label !== null && clusters.has(row.cluster));
  const fit = fitLogistic(
    training.map((row) => row.x),
    training.map((row) => row.label!),
    LAMBDA,
  );
  const base: GroupingModel = {
    features: [...FEATURE_NAMES],
    weights: fit.weights.map((w) => Math.round(w * 1e6) / 1e6),
    bias: Math.round(fit.bias * 1e6) / 1e6,
    threshold: 0.5,
    lambda: LAMBDA,
    trainedOn: {
      clusters: [...clusters].sort(),
      positivePairs: training.filter((row) => row.label === 1).length,
      negativePairs: training.filter((row) => row.label === 0).length,
    },
  };
  let best = { threshold: base.threshold, score: -1 };
  for (const threshold of THRESHOLDS) {
    const score = objective(scoreClustersWith(data, { ...base, threshold }, clusters).metrics);
    if (score > best.score + 1e-9) best = { threshold, score };
  }
  return { ...base, threshold: best.threshold };
}

export interface FoldResult {
  cluster: string;
  metrics: Metrics;
  threshold: number;
  /** The held-out cluster's score with the misses behind it. */
  score: SourceScore;
}

/** Leave-one-cluster-out: each cluster grouped by a model fitted on all the others. */
export function crossValidate(data: FitData, heldOut: string[] = clustersOf(data.corpus), onFold?: (fold: FoldResult) => void): FoldResult[] {
  const all = clustersOf(data.corpus);
  return heldOut.map((cluster) => {
    const model = fitModel(data, new Set(all.filter((c) => c !== cluster)));
    const score = scoreClustersWith(data, model, new Set([cluster]), cluster);
    const fold = { cluster, metrics: score.metrics, threshold: model.threshold, score };
    onFold?.(fold);
    return fold;
  });
}
