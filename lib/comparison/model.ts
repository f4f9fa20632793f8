import committed from "./grouping-model.json";
import { FEATURE_NAMES, featureVector, type PairFeatures } from "./pair-features";

/**
 * The same-quantity model: regularised logistic regression over the pair
 * features, and the average-link threshold the clustering merges at. Every
 * number here is fitted by `npm run train -- grouping` (lib/comparison/train.ts)
 * and committed in grouping-model.json; nothing is set by hand.
 */
export interface GroupingModel {
  /** Feature names in weight order; a model is only used with the features it was fitted on. */
  features: string[];
  weights: number[];
  bias: number;
  /** Two clusters merge when the average probability over their cross pairs reaches this. */
  threshold: number;
  /** L2 penalty the weights were fitted with. */
  lambda: number;
  /** What the model was fitted on: clusters, and the labelled pairs. */
  trainedOn: { clusters: string[]; positivePairs: number; negativePairs: number };
}

export function defaultGroupingModel(): GroupingModel {
  return committed as GroupingModel;
}

export function assertCompatible(model: GroupingModel): void {
  const same = model.features.length === FEATURE_NAMES.length && model.features.every((name, i) => name === FEATURE_NAMES[i]);
  if (!same) {
    throw new Error("The grouping model was fitted on other features than the code computes; run `npm run train -- grouping` to refit it.");
  }
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function linearScore(model: GroupingModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i] * x[i];
  return z;
}

/** Probability that two figures state one quantity. */
export function sameQuantityProbability(model: GroupingModel, features: PairFeatures): number {
  return sigmoid(linearScore(model, featureVector(features)));
}
