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

