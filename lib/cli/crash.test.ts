// kill -9 at several points of `collate ingest`; a plain re-run must leave every claim grouped.
// And an ingest in another process does not make review saves fail.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withBusyRetry } from "../db/busy";
import { getDb } from "../db/client";
import { reviewClaims } from "../store/review";
import { freshDatabaseForSuite } from "../store/test-database";
import { projectRoot } from "./paths";

const FILES = 40;
// One process (node with tsx's loader), so SIGKILL stops the ingest itself and not just a launcher.
const cli = ["--import", "tsx", path.join(projectRoot, "lib", "cli", "main.ts"), "ingest"];

const databaseDir = freshDatabaseForSuite();
let articles: string;

/** A folder of `FILES` short flood reports; `edition` keeps two folders' contents apart. */
function writeArticles(folder: string, edition: number): void {
  fs.mkdirSync(folder);
  const towns = ["Aldmoor", "Brackwell", "Corrin", "Dunholt", "Esker", "Fallow", "Grisby", "Hartle"];
  for (let i = 0; i < FILES; i++) {
    const town = towns[i % towns.length];
    fs.writeFileSync(
      path.join(folder, `report-${String(i).padStart(2, "0")}.txt`),
      `${town} flood report ${edition}-${i}\n\nFloodwater reached ${40 + i} homes in ${town} on Sunday and ${i + 2 + edition} roads were closed, the council said. About ${300 + 7 * i} residents left.`,
    );
  }
}

beforeAll(() => {
  articles = path.join(databaseDir(), "articles");
  writeArticles(articles, 0);
});

/** Starts `collate ingest folder`; `onOutput` sees its progress output so far after each chunk. */
function startIngest(folder: string, onOutput: (output: string, child: ChildProcess) => void = () => {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...cli, folder], { cwd: projectRoot, env: { ...process.env }, stdio: ["ignore", "ignore", "pipe"] });
    let output = "";
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      onOutput(output, child);
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

/** Starts an ingest and kills it with SIGKILL once its progress output matches `when`. */
async function ingestKilledWhen(when: RegExp): Promise<string> {
  const { output } = await startIngest(articles, (soFar, child) => {
    if (when.test(soFar)) child.kill("SIGKILL");
  });
  return output;
}

function ingest(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [...cli, articles], { cwd: projectRoot, env: { ...process.env }, encoding: "utf8" });
  return { status: result.status, output: result.stderr };
}

async function ungroupedClaims(): Promise<number> {
  return getDb().claim.count({ where: { notAClaim: false, groupId: null } });
}

describe("an ingest killed part-way", () => {
  it("killed while saving documents: the re-run imports the rest and groups everything", async () => {
    await ingestKilledWhen(/\[\s*10\/\d+\] imported/);
    const documentsBefore = await getDb().document.count();
    expect(documentsBefore).toBeGreaterThan(0);
    expect(documentsBefore).toBeLessThan(FILES);
    const rerun = ingest();
    expect(rerun.status, rerun.output).toBe(0);
    expect(await getDb().document.count()).toBe(FILES);
    expect(await ungroupedClaims()).toBe(0);
    expect(await getDb().document.count({ where: { groupedAt: null } })).toBe(0);
  }, 120_000);

  it("killed after the last save, around the grouping: the re-run of the same files finishes the grouping", async () => {
    await getDb().document.deleteMany({});
    const output = await ingestKilledWhen(new RegExp(`\\[${FILES}/${FILES}\\]`));
    expect(output).toContain(`[${FILES}/${FILES}]`);
    const rerun = ingest();
    expect(rerun.status, rerun.output).toBe(0);
    expect(rerun.output).toContain(`0 imported, ${FILES} duplicate`);
    expect(await ungroupedClaims()).toBe(0);
    expect(await getDb().document.count({ where: { groupedAt: null } })).toBe(0);
  }, 120_000);
});

describe("review saves while another process ingests", () => {
  it("all 20 concurrent saves land (a busy database is waited for, not reported)", async () => {
    const db = getDb();
    const claims = await db.claim.findMany({ select: { id: true, version: true }, take: 20, orderBy: { id: "asc" } });
    expect(claims).toHaveLength(20);
    const folder = path.join(databaseDir(), "second-batch");
    writeArticles(folder, 1);
    let writing = false;
    const ingestDone = startIngest(folder, (output) => (writing ||= /imported/.test(output)));
    // Start saving once the ingest is writing.
    while (!writing) await new Promise((resolve) => setTimeout(resolve, 50));
    const saves = await Promise.allSettled(claims.map((claim) => withBusyRetry(() => reviewClaims([claim], { status: "verified", note: "checked during an import" }, "tester"))));
    expect(saves.filter((save) => save.status === "rejected")).toEqual([]);
    const ingested = await ingestDone;
    expect(ingested.code, ingested.output).toBe(0);
    expect(await db.claim.count({ where: { status: "verified" } })).toBe(20);
    expect(await ungroupedClaims()).toBe(0);
  }, 120_000);
});
