// The JSON export's shape, as a zod schema: the export is built to it, its
// tests check it, and end-to-end tests can validate a downloaded file with it.
import { z } from "zod";
import type { Verdict } from "../comparison/types";
import type { ClaimKind, Qualifier } from "../extraction/types";
import type { ReviewStatus } from "../store/types";

const CLAIM_KINDS = [
  "count", "percent", "length", "area", "mass", "volume", "speed", "temperature", "money", "date", "duration", "age", "measure",
  "time", "rank",
] as const satisfies readonly ClaimKind[];
const QUALIFIERS = [
  "exact", "about", "at_least", "more_than", "at_most", "less_than", "up_to", "almost", "range",
] as const satisfies readonly Qualifier[];
const VERDICTS = ["consistent", "rounding", "discrepancy", "contradiction", "superseded", "single"] as const satisfies readonly Verdict[];
const REVIEW_STATUSES = ["unreviewed", "verified", "disputed", "rejected"] as const satisfies readonly ReviewStatus[];

// Fails to compile when a union gains a member these lists lack.
type Exhaustive<Union, Listed> = [Exclude<Union, Listed>] extends [never] ? true : never;
const listsAreComplete: [
  Exhaustive<ClaimKind, (typeof CLAIM_KINDS)[number]>,
  Exhaustive<Qualifier, (typeof QUALIFIERS)[number]>,
  Exhaustive<Verdict, (typeof VERDICTS)[number]>,
  Exhaustive<ReviewStatus, (typeof REVIEW_STATUSES)[number]>,
] = [true, true, true, true];
void listsAreComplete;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK_TIME = /^\d{2}:\d{2}$/;
/** Numbers, except for dates (YYYY-MM-DD) and clock times (HH:MM). */
const value = z.union([z.number(), z.string().regex(ISO_DATE), z.string().regex(CLOCK_TIME)]).nullable();

function valuesMatchKind(
  item: { kind: ClaimKind; values: (number | string | null)[] },
  context: z.core.$RefinementCtx,
): void {
  const textForm = item.kind === "date" ? ISO_DATE : item.kind === "time" ? CLOCK_TIME : null;
  for (const entry of item.values) {
    if (entry === null) continue;
    const ok = textForm ? typeof entry === "string" && textForm.test(entry) : typeof entry === "number";
    if (!ok) {
      const expected = item.kind === "date" ? "a YYYY-MM-DD date" : item.kind === "time" ? "an HH:MM time" : "a number";
      context.addIssue({ code: "custom", message: `a ${item.kind} value must be ${expected}` });
    }
  }
}

export const exportDocumentSchema = z.object({
  id: z.number().int(),
  file: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().regex(ISO_DATE).nullable(),
});

export const exportClaimSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(CLAIM_KINDS),
    figure: z.string(),
    quote: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    value,
    low: value,
    high: value,
    qualifier: z.enum(QUALIFIERS),
    unit: z.string(),
    subject: z.string().nullable(),
    attribution: z.string().nullable(),
    status: z.enum(REVIEW_STATUSES),
    reason: z.string().nullable(),
    note: z.string().nullable(),
    reviewedBy: z.string().nullable(),
    reviewedAt: z.iso.datetime({ offset: true }).nullable(),
    document: exportDocumentSchema,
  })
  .superRefine((claim, context) => valuesMatchKind({ kind: claim.kind, values: [claim.value, claim.low, claim.high] }, context));

export const exportGroupSchema = z
  .object({
    id: z.number().int(),
    label: z.string(),
    kind: z.enum(CLAIM_KINDS),
    unit: z.string(),
    verdict: z.enum(VERDICTS),
    spreadLow: value,
    spreadHigh: value,
    resolution: z.string().nullable(),
    claims: z.array(exportClaimSchema),
  })
  .superRefine((group, context) => valuesMatchKind({ kind: group.kind, values: [group.spreadLow, group.spreadHigh] }, context));

export const exportJsonSchema = z.object({
  generatedAt: z.iso.datetime({ offset: true }),
  filters: z.unknown().optional(),
  groups: z.array(exportGroupSchema),
});

export type ExportJson = z.infer<typeof exportJsonSchema>;
export type ExportGroup = z.infer<typeof exportGroupSchema>;
export type ExportClaim = z.infer<typeof exportClaimSchema>;
