import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadClusterReference, loadSeedReference, seedVerdictClass } from "./reference";

// Hand-made gold files in both formats, written to a temporary folder.
let root: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "cluster-reference-test-"));
  const clusters = path.join(root, "clusters");
  await fs.mkdir(path.join(clusters, "storm"), { recursive: true });
  await fs.writeFile(
    path.join(clusters, "gold.json"),
    JSON.stringify([
      {
        cluster: "storm",
        files: [
          { file: "one.txt", outlet: "One", url: "http://one.example/a" },
          { file: "two.txt", outlet: "Two", url: "http://two.example/b" },
        ],
        conflicts: [
          {
            quantity: "height of the wave",
            unit: "metres",
            verdict: "conflict",
            claims: [
              { file: "one.txt", quote: "a 10-metre wave", value: 10, qualifier: "exact" },
              { file: "two.txt", quote: "a 40ft wave", value: 40, qualifier: "exact", unit: "feet" },
            ],
          },
        ],
        singletons: [{ file: "one.txt", quote: "on 3 May", value: "2020-05-03", qualifier: "exact" }],
      },
    ]),
  );
  const seeds = path.join(root, "seeds");
  await fs.mkdir(seeds);
  await fs.writeFile(path.join(seeds, "x.txt"), "text");
  await fs.writeFile(path.join(seeds, "y.txt"), "text");
  await fs.writeFile(
    path.join(seeds, "seeds-gold.json"),
    JSON.stringify({
      groups: [
        {
          key: "share",
          quantity: "share",
          unit: "percent",
          expect: "contradiction",
          claims: [
            { file: "x.txt", figure: "two-thirds", quote: "control two-thirds", low: 66.67, high: 66.67 },
            { file: "y.txt", figure: "over 70%", quote: "over 70% of", low: 70, high: 100, attributed_to: "officials" },
          ],
        },
      ],
      singletons: [{ file: "x.txt", figure: "20,000", quote: "an extra 20,000 troops" }],
      apart: [],
      not_claims: [],
    }),
  );
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe("loadClusterReference", () => {
  it("reads clusters, groups with their units, and singletons", async () => {
    const reference = await loadClusterReference(path.join(root, "clusters"));
    expect(reference.source).toBe("clusters");
    expect(reference.files.map((f) => [f.cluster, f.file, f.url])).toEqual([
      ["storm", "one.txt", "http://one.example/a"],
      ["storm", "two.txt", "http://two.example/b"],
    ]);
    expect(reference.groups).toEqual([{ key: "clusters:storm:0", source: "clusters", cluster: "storm", quantity: "height of the wave", verdict: "conflict" }]);
    expect(reference.claims.map((c) => [c.id, c.groupKey, c.value])).toEqual([
      ["clusters:storm:0:0", "clusters:storm:0", { type: "number", value: 10, unit: "metres" }],
      ["clusters:storm:0:1", "clusters:storm:0", { type: "number", value: 40, unit: "feet" }],
      ["clusters:storm:single:0", null, expect.objectContaining({ type: "date" })],
    ]);
  });

  it("explains a malformed gold file", async () => {
    await expect(loadClusterReference(path.join(root, "seeds"))).rejects.toThrow(/gold\.json/);
  });
});

describe("loadSeedReference", () => {
  it("adapts the seed format: figures, bounds, verdict classes, attribution", async () => {
    const reference = await loadSeedReference(path.join(root, "seeds"));
    expect(reference.files.map((f) => f.file)).toEqual(["x.txt", "y.txt"]);
    expect(reference.groups).toEqual([{ key: "seeds:seeds:share", source: "seeds", cluster: "seeds", quantity: "share", verdict: "conflict" }]);
    const [first, second, single] = reference.claims;
    expect(first).toMatchObject({ figure: "two-thirds", value: { type: "interval", low: 66.67, high: 66.67 } });
    expect(second).toMatchObject({ attributedTo: "officials", groupKey: "seeds:seeds:share" });
    expect(single).toMatchObject({ figure: "20,000", value: null, groupKey: null });
  });

  it("maps seed expectations onto gold classes", () => {
    expect(seedVerdictClass("discrepancy")).toBe("conflict");
    expect(seedVerdictClass("contradiction")).toBe("conflict");
    expect(seedVerdictClass("consistent")).toBe("consistent");
  });
});
