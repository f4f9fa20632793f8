// File-system side of ingest, for the CLI: expands folders and reads bytes.
// prepareDocument itself stays pure.
import fs from "node:fs/promises";
import path from "node:path";
import { tooLargeError } from "./errors";
import { SUPPORTED_EXTENSIONS, extensionOf } from "./format";
import { MAX_FILE_BYTES } from "./limits";
import type { IngestFileInput } from "./types";

export interface InputFile extends IngestFileInput {
  /** The path as found, for messages. */
  path: string;
}

export interface InputProblem {
  path: string;
  error: string;
}

const isHidden = (name: string) => name.startsWith(".");

async function expand(target: string, explicit: boolean, found: string[], problems: InputProblem[]): Promise<void> {
  let stat;
  try {
    stat = await fs.lstat(target);
    if (stat.isSymbolicLink() && explicit) stat = await fs.stat(target);
  } catch (error) {
    problems.push({ path: target, error: `cannot open ${target}: ${(error as Error).message}` });
    return;
  }
  if (stat.isDirectory()) {
    const names = (await fs.readdir(target)).filter((name) => !isHidden(name)).sort();
    for (const name of names) await expand(path.join(target, name), false, found, problems);
    return;
  }
  // Inside folders only article formats are taken (symlinks are not followed, so
  // no loops); a file named explicitly is always tried and gets a clear error if unsupported.
  if (stat.isFile() && (explicit || SUPPORTED_EXTENSIONS.includes(extensionOf(target)))) found.push(target);
}

/** Every file under `paths` (folders recursively, hidden entries skipped), read into memory. */
export async function readInputPaths(paths: string[]): Promise<{ files: InputFile[]; problems: InputProblem[] }> {
  const found: string[] = [];
  const problems: InputProblem[] = [];
  for (const target of paths) await expand(target, true, found, problems);
  const files: InputFile[] = [];
  for (const file of [...new Set(found)]) {
    const name = path.basename(file);
    try {
      const { size } = await fs.stat(file);
      // Never read a huge file whole just to refuse it.
      if (size > MAX_FILE_BYTES) {
        problems.push({ path: file, error: tooLargeError(name, size).error });
        continue;
      }
      files.push({ path: file, name, bytes: new Uint8Array(await fs.readFile(file)) });
    } catch (error) {
      problems.push({ path: file, error: `cannot read ${file}: ${(error as Error).message}` });
    }
  }
  return { files, problems };
}
