import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "./url";

export type { PrismaClient } from "./generated/client";
export type Db = PrismaClient;
/** A transaction client: what `db.$transaction(async (tx) => …)` hands over. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const holder = globalThis as unknown as { collateDb?: PrismaClient };

export function getDb(): PrismaClient {
  holder.collateDb ??= new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: databaseUrl() }),
  });
  return holder.collateDb;
}
