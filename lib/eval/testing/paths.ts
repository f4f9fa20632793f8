import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (lib/eval/testing → ../../..). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Benchmarks live outside the repository (evaluation-only licences); CI has shared/ beside the clone. */
export function benchmarkDir(envVariable: string, folder: string): { dir: string; exists: boolean } {
  const dir = process.env[envVariable] ?? path.resolve(projectRoot, "../shared/benchmarks", folder);
  return { dir, exists: existsSync(dir) };
}
