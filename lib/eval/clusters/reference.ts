// Loaders that turn the two gold formats into one internal reference shape:
// - dev clusters: a folder of cluster subfolders plus gold.json (a list of clusters);
// - seeds: samples/seeds-gold.json beside the seed articles (one implicit cluster).
import fs from "node:fs/promises";
import path from "node:path";
import * as z from "zod";
import type { GoldVerdictClass, ReferenceClaim, ReferenceGroup, ReferenceSet } from "./types";
import { parseGoldValue, parseSeedBounds } from "./values";
import { seedGoldSchema, type SeedGoldClaim } from "../seed-gold";

const devClaimSchema = z.looseObject({
  file: z.string(),
  quote: z.string(),
  value: z.unknown().optional(),
  unit: z.string().optional(),
  attributed_to: z.string().optional(),
});

const devClusterSchema = z.looseObject({
  cluster: z.string(),
  files: z.array(z.looseObject({ file: z.string(), outlet: z.string().optional(), url: z.string().optional() })),
  conflicts: z.array(
    z.looseObject({
      quantity: z.string(),
      unit: z.string().optional(),
      verdict: z.enum(["conflict", "consistent"]),
      claims: z.array(devClaimSchema),
    }),
  ),
  singletons: z.array(devClaimSchema).default([]),
});

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`Cannot read the reference ${file}: ${(error as Error).message}`);
  }
}

function parseOrExplain<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${file} is not in the expected format: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** Dev-cluster format: `<folder>/gold.json` and `<folder>/<cluster>/<file>`. */
export async function loadClusterReference(folder: string, source = path.basename(path.resolve(folder))): Promise<ReferenceSet> {
  const goldFile = path.join(folder, "gold.json");
  const clusters = parseOrExplain(z.array(devClusterSchema), await readJson(goldFile), goldFile);
  const reference: ReferenceSet = { source, files: [], groups: [], claims: [] };
  for (const cluster of clusters) {
    const name = cluster.cluster;
    for (const file of cluster.files) {
      reference.files.push({
        cluster: name,
        file: file.file,
        path: path.resolve(folder, name, file.file),
        url: file.url ?? null,
        outlet: file.outlet ?? null,
      });
    }
    cluster.conflicts.forEach((group, groupIndex) => {
      const key = `${source}:${name}:${groupIndex}`;
      reference.groups.push({ key, source, cluster: name, quantity: group.quantity, verdict: group.verdict });
      group.claims.forEach((claim, index) => {
        reference.claims.push(devClaim(claim, `${key}:${index}`, source, name, key, group.unit ?? null));
      });
    });
    cluster.singletons.forEach((claim, index) => {
      reference.claims.push(devClaim(claim, `${source}:${name}:single:${index}`, source, name, null, null));
    });
  }
  return reference;
}

function devClaim(
  claim: z.infer<typeof devClaimSchema>,
  id: string,
  source: string,
  cluster: string,
  groupKey: string | null,
  groupUnit: string | null,
): ReferenceClaim {
  return {
    id,
    source,
    cluster,
    file: claim.file,
    quote: claim.quote,
    figure: null,
    value: parseGoldValue(claim.value, claim.unit ?? groupUnit),
    groupKey,
    attributedTo: claim.attributed_to ?? null,
  };
}

/** Seed `expect` values name Collate verdicts; reduce them to the gold classes. */
export function seedVerdictClass(expect: string): GoldVerdictClass {
  return expect === "consistent" ? "consistent" : "conflict";
}

/** Seed format: a seeds-gold.json file, or a folder holding one, with the articles beside it. */
export async function loadSeedReference(target: string, source = "seeds"): Promise<ReferenceSet> {
  const stat = await fs.stat(target).catch(() => null);
  const goldFile = stat?.isDirectory() ? path.join(target, "seeds-gold.json") : target;
  const folder = path.dirname(path.resolve(goldFile));
  const gold = parseOrExplain(seedGoldSchema, await readJson(goldFile), goldFile);
  const cluster = source;

  const groups: ReferenceGroup[] = [];
  const claims: ReferenceClaim[] = [];
  const seedClaim = (claim: SeedGoldClaim, id: string, groupKey: string | null): ReferenceClaim => ({
    id,
    source,
    cluster,
    file: claim.file,
    quote: claim.quote,
    figure: claim.figure,
    value: parseSeedBounds(claim.low, claim.high),
    groupKey,
    attributedTo: claim.attributed_to ?? null,
  });
  for (const group of gold.groups) {
    const key = `${source}:${cluster}:${group.key}`;
    groups.push({ key, source, cluster, quantity: group.quantity, verdict: seedVerdictClass(group.expect) });
    group.claims.forEach((claim, index) => claims.push(seedClaim(claim, `${key}:${index}`, key)));
  }
  gold.singletons.forEach((claim, index) => claims.push(seedClaim(claim, `${source}:${cluster}:single:${index}`, null)));

  const fileNames = [...new Set(claims.map((claim) => claim.file))];
  // Every article in the folder is ingested, not only those gold quotes: the
  // others still take part in grouping, as they would in an analyst's database.
  const articles = (await fs.readdir(folder)).filter((name) => /\.(txt|md|html?)$/i.test(name));
  const files = [...new Set([...articles, ...fileNames])].sort().map((file) => ({
    cluster,
    file,
    path: path.join(folder, file),
    url: null,
    outlet: null,
  }));
  return { source, files, groups, claims };
}

export type DataSource = { kind: "clusters" | "seeds"; path: string; label?: string };

export function loadReference(source: DataSource): Promise<ReferenceSet> {
  return source.kind === "clusters" ? loadClusterReference(source.path, source.label) : loadSeedReference(source.path, source.label);
}
