"use server";

import { revalidatePath } from "next/cache";
import * as z from "zod";
import { GroupingError, ingestFiles } from "../../lib/store/ingest";
import type { IngestInput, IngestOutcome } from "../../lib/store/ingest-types";
import { ingestInWorker } from "../../lib/store/ingest-worker";
import type { ImportState } from "./import-state";

const pasteFields = z.object({
  text: z.string().trim(),
  title: z.string().trim().max(500, "The title is too long (500 characters at most)."),
  url: z.union([z.literal(""), z.httpUrl({ error: "The article URL must start with http:// or https://." })]),
});

function textField(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** A pasted article becomes one more input file; its title, if given, becomes the first line as in a .txt article. */
function pastedInput(formData: FormData): IngestInput | string | null {
  const parsed = pasteFields.safeParse({
    text: textField(formData, "pastedText"),
    title: textField(formData, "pastedTitle"),
    url: textField(formData, "pastedUrl").trim(),
  });
  if (!parsed.success) return parsed.error.issues[0]?.message ?? "The pasted article is not valid.";
  const { text, title, url } = parsed.data;
  if (!text) return title || url ? "Paste the article text as well as its title or URL." : null;
  return {
    name: `pasted-${Date.now()}.txt`,
    bytes: new TextEncoder().encode(title ? `${title}\n\n${text}\n` : `${text}\n`),
    ...(url ? { url } : {}),
  };
}

/** Batches past this size are imported in a child process, so the server keeps answering pages meanwhile. */
const IN_PROCESS_BYTES = 256 * 1024;
const GROUPING_FAILED = "The articles were saved, but their figures could not be grouped yet. Nothing is lost: the next import or restart groups them.";

async function runImport(inputs: IngestInput[]): Promise<{ outcomes: IngestOutcome[]; error: string | null }> {
  const bytes = inputs.reduce((total, input) => total + input.bytes.byteLength, 0);
  if (bytes > IN_PROCESS_BYTES) {
    const reply = await ingestInWorker(inputs);
    if (reply.groupingError) console.error(reply.groupingError);
    if (reply.error) {
      console.error(reply.error);
      return { outcomes: reply.outcomes, error: "The import stopped with an error; files reported as imported are saved, the others are not." };
    }
    return { outcomes: reply.outcomes, error: reply.groupingError ? GROUPING_FAILED : null };
  }
  try {
    return { outcomes: await ingestFiles(inputs), error: null };
  } catch (failure) {
    if (!(failure instanceof GroupingError)) throw failure;
    console.error(failure.cause);
    return { outcomes: failure.outcomes, error: GROUPING_FAILED };
  }
}

export async function importArticles(previous: ImportState, formData: FormData): Promise<ImportState> {
  const submissionId = previous.submissionId + 1;
  // An empty file input still submits one nameless, empty File; a named empty file is real and gets reported.
  const files = formData.getAll("files").filter((entry): entry is File => entry instanceof File && entry.name !== "");
  const inputs: IngestInput[] = await Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );

  const pasted = pastedInput(formData);
  if (typeof pasted === "string") return { outcomes: [], error: pasted, submissionId };
  if (pasted) inputs.push(pasted);
  if (inputs.length === 0) {
    return { outcomes: [], error: "Choose at least one file or paste an article's text.", submissionId };
  }

  const { outcomes, error } = await runImport(inputs);
  if (outcomes.some((outcome) => outcome.status === "imported")) {
    revalidatePath("/");
    revalidatePath("/documents");
  }
  return { outcomes, error, submissionId };
}
