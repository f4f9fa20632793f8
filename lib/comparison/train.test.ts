import { describe, expect, it } from "vitest";
import { fitLogistic, logLoss } from "./train";
import { sigmoid } from "./model";

/** Rows drawn deterministically from a known model: 1.5·x0 − 2·x1 + 0.5. */
function synthetic(n: number): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < n; i++) {
    const row = [random() * 4 - 2, random() * 4 - 2];
    x.push(row);
    y.push(random() < sigmoid(1.5 * row[0] - 2 * row[1] + 0.5) ? 1 : 0);
  }
  return { x, y };
}

describe("fitLogistic", () => {
  it("recovers the weights that generated the labels", () => {
    const { x, y } = synthetic(4000);
    const fit = fitLogistic(x, y, 0.01);
    expect(fit.weights[0]).toBeCloseTo(1.5, 0);
    expect(fit.weights[1]).toBeCloseTo(-2, 0);
    expect(fit.bias).toBeCloseTo(0.5, 0);
    expect(fit.iterations).toBeLessThan(20);
  });

  it("is deterministic: the same rows give the same weights", () => {
    const { x, y } = synthetic(500);
    expect(fitLogistic(x, y, 1)).toEqual(fitLogistic(x, y, 1));
  });

  it("shrinks weights as the penalty grows, and fits better than a constant", () => {
    const { x, y } = synthetic(500);
    const loose = fitLogistic(x, y, 0.01);
    const tight = fitLogistic(x, y, 1000);
    expect(Math.abs(tight.weights[0])).toBeLessThan(Math.abs(loose.weights[0]));
    expect(logLoss(loose, x, y)).toBeLessThan(logLoss({ weights: [0, 0], bias: 0 }, x, y));
  });

  it("stays finite on separable data (the penalty bounds the weights)", () => {
    const x = [[0], [1], [2], [3]];
    const fit = fitLogistic(x, [0, 0, 1, 1], 1);
    expect(Number.isFinite(fit.weights[0])).toBe(true);
    expect(fit.weights[0]).toBeGreaterThan(0);
  });
});
