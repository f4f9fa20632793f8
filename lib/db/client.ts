import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "./url";

export type { PrismaClient } from "./generated/client";
export type Db = PrismaClient;
/** A transaction client: what `db.$transaction(async (tx) => …)` hands over. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const holder = globalThis as unknown as { collateDb?: PrismaClient };

/** How long a statement waits for another process's write lock before it reports busy. */
const BUSY_TIMEOUT_MS = 10_000;

export function getDb(): PrismaClient {
  holder.collateDb ??= new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: databaseUrl(), timeout: BUSY_TIMEOUT_MS }),
    // A re-grouping or an import waits its turn for the connection rather than failing at 2 s.
    transactionOptions: { maxWait: BUSY_TIMEOUT_MS, timeout: 60_000 },
  });
  return holder.collateDb;
}

/**
 * Write-ahead logging: readers (the pages) never wait for a writer (an import),
 * and a writer waits for another instead of failing. The mode is stored in the
 * database file, so setting it once after migrating is enough.
 */
export function enableWriteAheadLog(url: string = databaseUrl()): void {
  if (!url.startsWith("file:")) return;
  const connection = new Database(url.slice("file:".length), { timeout: BUSY_TIMEOUT_MS });
  try {
    connection.pragma("journal_mode = WAL");
  } finally {
    connection.close();
  }
}
