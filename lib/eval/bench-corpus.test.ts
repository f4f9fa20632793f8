import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildBenchCorpus, corpusByteLength, mulberry32, varyDigits } from "./bench-corpus";

function samplesDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-samples-"));
  writeFileSync(path.join(dir, "a.txt"), "Police said 1,500 people marched on 3 May; 20% were students.\n");
  writeFileSync(path.join(dir, "b.txt"), "The 1,350-kilometre border cost $7.5 billion to guard in 2021.\n");
  writeFileSync(path.join(dir, "notes.md"), "ignored 123");
  return dir;
}

describe("buildBenchCorpus", () => {
  it("is deterministic for a seed and reaches the requested size", () => {
    const dir = samplesDir();
    const first = buildBenchCorpus({ corpusBytes: 5_000, samplesDir: dir, seed: 7 });
    const second = buildBenchCorpus({ corpusBytes: 5_000, samplesDir: dir, seed: 7 });
    expect(second).toEqual(first);
    const bytes = corpusByteLength(first);
    expect(bytes).toBeGreaterThanOrEqual(5_000);
    expect(bytes).toBeLessThan(5_000 + 100);
    expect(buildBenchCorpus({ corpusBytes: 5_000, samplesDir: dir, seed: 8 })).not.toEqual(first);
  });

  it("varies the figures but keeps the text's shape", () => {
    const corpus = buildBenchCorpus({ corpusBytes: 5_000, samplesDir: samplesDir(), seed: 1 });
    expect(new Set(corpus).size).toBeGreaterThan(corpus.length * 0.9);
    const shape = (text: string) => text.replace(/\d/g, "#");
    for (const text of corpus) expect([...new Set(corpus.slice(0, 2).map(shape))]).toContain(shape(text));
    expect(corpus.some((text) => text.includes("1,500"))).toBe(true); // the originals come first
  });

  it("keeps a multi-digit number's leading digit non-zero", () => {
    const random = mulberry32(3);
    for (let i = 0; i < 200; i++) expect(varyDigits("x 10 y 2024", random)).toMatch(/^x [1-9]\d y [1-9]\d{3}$/);
  });
});
