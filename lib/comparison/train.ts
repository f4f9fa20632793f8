import { sigmoid } from "./model";

export interface LogisticFit {
  weights: number[];
  bias: number;
  iterations: number;
}

/** Solves A·x = b for a symmetric positive definite A (Cholesky); A is small (one row per feature). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      l[i][j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i][k] * y[k];
    y[i] = sum / l[i][i];
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < n; k++) sum -= l[k][i] * x[k];
    x[i] = sum / l[i][i];
  }
  return x;
}

/**
 * L2-regularised logistic regression by Newton's method (iteratively
 * reweighted least squares): deterministic, no learning rate, converges in a
 * few steps on a few dozen features. The bias is not penalised.
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], lambda: number, maxIterations = 50): LogisticFit {
  const d = x[0]?.length ?? 0;
  const n = d + 1; // last coordinate: bias
  let theta = new Array<number>(n).fill(0);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const gradient = new Array<number>(n).fill(0);
    const hessian = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let r = 0; r < x.length; r++) {
      const row = x[r];
      let z = theta[d];
      for (let k = 0; k < d; k++) z += theta[k] * row[k];
      const p = sigmoid(z);
      const residual = p - y[r];
      const w = Math.max(p * (1 - p), 1e-9);
      for (let k = 0; k < n; k++) {
        const xk = k === d ? 1 : row[k];
        if (xk === 0) continue;
        gradient[k] += residual * xk;
        for (let m = 0; m <= k; m++) {
          const xm = m === d ? 1 : row[m];
          if (xm !== 0) hessian[k][m] += w * xk * xm;
        }
      }
    }
    for (let k = 0; k < n; k++) for (let m = 0; m < k; m++) hessian[m][k] = hessian[k][m];
    for (let k = 0; k < d; k++) {
      gradient[k] += lambda * theta[k];
      hessian[k][k] += lambda;
    }
    hessian[d][d] += 1e-9;
    const step = solve(hessian, gradient);
    theta = theta.map((t, k) => t - step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-7) {
      iterations++;
      break;
    }
  }
  return { weights: theta.slice(0, d), bias: theta[d], iterations };
}

/** Mean log-loss of a fit on labelled rows: how well its probabilities match. */
export function logLoss(fit: Pick<LogisticFit, "weights" | "bias">, x: readonly (readonly number[])[], y: readonly number[]): number {
  let loss = 0;
  x.forEach((row, r) => {
    let z = fit.bias;
    row.forEach((v, k) => (z += fit.weights[k] * v));
    const p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(z)));
    loss -= y[r] ? Math.log(p) : Math.log(1 - p);
  });
  return x.length ? loss / x.length : 0;
}
