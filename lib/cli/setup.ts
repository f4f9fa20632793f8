import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { enableWriteAheadLog, getDb } from "../db/client";
import { databaseUrl } from "../db/url";
import { ingestFiles } from "../store/ingest";
import { needsRegroup, regroupOwed } from "../store/regroup";
import { readForIngest } from "./ingest-command";
import { formatOutcome, groupingProgress, summarise } from "./progress";
import { projectRoot } from "./paths";

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Migrations in prisma/migrations that the database has not finished applying.
 * Read directly, because Prisma's schema engine waits for sole access to the
 * file: with the web app running, `collate ingest` would time out at a no-op migrate.
 */
function pendingMigrations(url: string): string[] {
  const available = fs
    .readdirSync(path.join(projectRoot, "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  if (!url.startsWith("file:") || !fs.existsSync(url.slice("file:".length))) return available;
  const connection = new Database(url.slice("file:".length), { readonly: true, timeout: 10_000 });
  try {
    const table = connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return available;
    const applied = new Set(
      (connection.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as { migration_name: string }[]).map((row) => row.migration_name),
    );
    return available.filter((name) => !applied.has(name));
  } finally {
    connection.close();
  }
}

/** Brings the database schema up to date with Prisma Migrate (offline, through the driver adapter). */
export function migrateDatabase(): void {
  const url = databaseUrl();
  log(`Database: ${url}`);
  if (pendingMigrations(url).length > 0) {
    const result = spawnSync(process.execPath, [path.join(projectRoot, "prisma", "cli.mjs"), "migrate", "deploy"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    if (result.status !== 0) {
      throw new Error(`Database migration failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
  enableWriteAheadLog(url);
}

/** Finishes a grouping that an interrupted import or a crash left owed. */
export async function finishOwedGrouping(): Promise<void> {
  const db = getDb();
  if (!(await needsRegroup(db))) return;
  log("Some documents were never grouped (an import was interrupted): grouping them now");
  const result = await regroupOwed(db, groupingProgress(log));
  log(`${result.stories} stories: ${result.claims} claims in ${result.groups} groups`);
}

/** Loads the sample articles into an empty database, so a newcomer sees Collate at work. */
export async function seedSamplesIfEmpty(): Promise<void> {
  const db = getDb();
  if ((await db.document.count()) > 0) return;
  const samplesDir = path.join(projectRoot, "samples");
  log("Empty database: loading the sample articles");
  const inputs = await readForIngest([samplesDir]);
  const outcomes = await ingestFiles(inputs.files, (done, total, outcome) => log(formatOutcome(done, total, outcome)));
  log(summarise(outcomes));
}

const SOURCE_DIRS = ["app", "components", "lib"];
const SOURCE_FILES = ["next.config.js", "package.json", "tsconfig.json"];

function newestSourceChange(): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entry)) if (name !== "generated" && !name.startsWith(".")) visit(path.join(entry, name));
    } else if (!/\.test\.tsx?$/.test(entry)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const name of [...SOURCE_DIRS, ...SOURCE_FILES]) visit(path.join(projectRoot, name));
  return newest;
}

/** Builds the Next.js app when there is no build yet or a source file changed since the last one. */
export function buildIfStale(): void {
  const buildId = fs.statSync(path.join(projectRoot, ".next", "BUILD_ID"), { throwIfNoEntry: false });
  if (buildId && buildId.mtimeMs >= newestSourceChange()) return;
  log(buildId ? "Sources changed since the last build: rebuilding" : "First start: building the web app (about a minute)");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("The web app did not build; see the messages above.");
}
