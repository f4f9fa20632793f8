// The seed reference, samples/seeds-gold.json: its shape, checked once, for the
// cluster eval and for every test that measures Collate against it.
import fs from "node:fs";
import path from "node:path";
import * as z from "zod";

export const SAMPLES_DIR = path.resolve(__dirname, "..", "..", "samples");

export const seedClaimSchema = z.looseObject({
  file: z.string(),
  figure: z.string(),
  quote: z.string(),
  low: z.union([z.number(), z.string(), z.null()]).optional(),
  high: z.union([z.number(), z.string(), z.null()]).optional(),
  attributed_to: z.string().optional(),
});

const figureRefSchema = z.object({ file: z.string(), figure: z.string() });

export const seedGoldSchema = z.looseObject({
  groups: z.array(
    z.looseObject({
      key: z.string(),
      quantity: z.string(),
      expect: z.string(),
      claims: z.array(seedClaimSchema),
    }),
  ),
  singletons: z.array(seedClaimSchema).default([]),
  apart: z.array(z.looseObject({ a: figureRefSchema, b: figureRefSchema })).default([]),
  not_claims: z.array(z.object({ file: z.string(), text: z.string() })).default([]),
});

export type SeedGold = z.infer<typeof seedGoldSchema>;
export type SeedGoldClaim = z.infer<typeof seedClaimSchema>;

/** Reads and checks seeds-gold.json (default: the one beside the sample articles). */
export function readSeedGold(file = path.join(SAMPLES_DIR, "seeds-gold.json")): SeedGold {
  return seedGoldSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

/**
 * Seed groups the fitted grouping model does not yet keep whole. One text
 * quoting two outlets' different figures for one noun ("about 9 thousand",
 * "some 18 thousand") is rare in the reference clusters, and there such pairs
 * are mostly two quantities, so the fitted weights split it (a pair probability
 * just under the merge threshold). Tests expect these to fail, so that the
 * day the model keeps them whole the tests say so.
 */
export const SEED_GROUPS_SPLIT_BY_MODEL: ReadonlySet<string> = new Set(["afghans-to-be-hosted-in-central-asia"]);
