import path from "node:path";

/** The repository root (where package.json, samples/ and prisma/ live). */
export const projectRoot = path.resolve(__dirname, "..", "..");

/**
 * `npm run` switches to the package root; resolve the user's paths against the
 * folder they typed the command in.
 */
export function userPath(p: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
}
