"use server";

// Thin server actions over lib/store: validate with zod, run one transaction, refresh the pages.
import { revalidatePath } from "next/cache";
import * as z from "zod";
import { mergeGroups, moveClaims, renameGroup, setNotAClaim, splitGroup } from "../../lib/store/corrections";
import { resolveGroup, reviewClaims } from "../../lib/store/review";
import { DatabaseBusyError, withBusyRetry } from "../../lib/db/busy";
import { ReviewError, type ActionResult } from "../../lib/store/review-errors";

const actor = z.string().trim().min(1, "Enter your reviewer name first.").max(80, "The reviewer name is too long (80 characters at most).");
const id = z.number().int().positive();
const ref = z.object({ id, version: z.number().int().nonnegative() });
const refs = z.array(ref).min(1, "Select at least one claim.").max(5000, "Too many claims in one action (5,000 at most).");
const shortText = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

const reviewInput = z.object({
  actor,
  claims: refs,
  status: z.enum(["unreviewed", "verified", "disputed", "rejected"]),
  reason: shortText(200).optional(),
  note: shortText(4000).optional(),
});

async function run<S extends z.ZodType, T>(schema: S, input: unknown, write: (data: z.infer<S>) => Promise<T>): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, code: "invalid", error: issue ? `${issue.path.join(".") || "input"}: ${issue.message}` : "Invalid input." };
  }
  try {
    // Each write is one transaction, so repeating it after a busy database is safe.
    const data = await withBusyRetry(() => write(parsed.data));
    revalidatePath("/", "layout");
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ReviewError) return { ok: false, code: error.code, error: error.message, current: error.current };
    if (error instanceof DatabaseBusyError) return { ok: false, code: "failed", error: error.message };
    // The driver's wording helps the log, not the analyst.
    console.error(error);
    return { ok: false, code: "failed", error: "The change could not be saved and nothing was changed. Try again; if it keeps failing, the server log says why." };
  }
}

/** One claim or many (bulk): all of them are saved, or none. */
export async function reviewClaimsAction(input: z.input<typeof reviewInput>) {
  return run(reviewInput, input, async ({ actor, claims, status, reason, note }) =>
    (await reviewClaims(claims, { status, reason, note }, actor)).length,
  );
}

const resolveInput = z.object({ actor, group: ref, resolution: shortText(2000) });
export async function resolveGroupAction(input: z.input<typeof resolveInput>) {
  return run(resolveInput, input, async ({ actor, group, resolution }) => (await resolveGroup(group, resolution, actor)).version);
}

const renameInput = z.object({ actor, group: ref, label: shortText(300).min(1, "A group label cannot be empty.") });
export async function renameGroupAction(input: z.input<typeof renameInput>) {
  return run(renameInput, input, ({ actor, group, label }) => renameGroup(group, label, actor).then(() => group.id));
}

const moveInput = z.object({ actor, claims: refs, targetGroupId: id });
export async function moveClaimsAction(input: z.input<typeof moveInput>) {
  return run(moveInput, input, ({ actor, claims, targetGroupId }) => moveClaims(claims, targetGroupId, actor).then(() => targetGroupId));
}

const splitInput = z.object({ actor, group: ref, claims: refs, label: shortText(300).optional() });
export async function splitGroupAction(input: z.input<typeof splitInput>) {
  return run(splitInput, input, ({ actor, group, claims, label }) => splitGroup(group, claims, label, actor));
}

const mergeInput = z.object({ actor, target: ref, others: z.array(ref).min(1, "Choose a group to merge in.").max(50) });
export async function mergeGroupsAction(input: z.input<typeof mergeInput>) {
  return run(mergeInput, input, ({ actor, target, others }) => mergeGroups(target, others, actor).then(() => target.id));
}

const notAClaimInput = z.object({ actor, claim: ref, notAClaim: z.boolean() });
export async function setNotAClaimAction(input: z.input<typeof notAClaimInput>) {
  return run(notAClaimInput, input, ({ actor, claim, notAClaim }) => setNotAClaim(claim, notAClaim, actor).then(() => claim.id));
}
