// Claims of one document written in bulk. Prisma's createMany compiles every row
// through its query engine (about 0.8 ms a claim here); one parameterised INSERT
// per chunk does the same work seven times faster, and stays portable SQL.
import { chunks, rowsPerStatement } from "../db/chunks";
import type { Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { ExtractedClaim } from "../extraction/types";

/** What extraction fills in on a claim row; review fields keep their column defaults. */
const EXTRACTED_COLUMNS = [
  "start",
  "end",
  "sentence",
  "sentenceStart",
  "figure",
  "kind",
  "value",
  "low",
  "high",
  "qualifier",
  "precision",
  "unit",
  "change",
  "subject",
  "concept",
  "attribution",
  "rule",
] as const satisfies readonly (keyof ExtractedClaim)[];

const COLUMN_LIST = Prisma.raw(["documentId", ...EXTRACTED_COLUMNS].map((column) => `"${column}"`).join(", "));

export async function insertClaims(tx: Tx, documentId: number, claims: readonly ExtractedClaim[]): Promise<void> {
  for (const chunk of chunks(claims, rowsPerStatement(EXTRACTED_COLUMNS.length + 1))) {
    const rows = chunk.map((claim) => Prisma.sql`(${Prisma.join([documentId, ...EXTRACTED_COLUMNS.map((column) => claim[column] ?? null)])})`);
    await tx.$executeRaw`INSERT INTO "Claim" (${COLUMN_LIST}) VALUES ${Prisma.join(rows)}`;
  }
}
