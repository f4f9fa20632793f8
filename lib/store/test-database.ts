// Test helpers: point this test process at a fresh, migrated SQLite file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { migrateDatabase } from "../cli/setup";
import { getDb } from "../db/client";

export function useFreshDatabase(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "collate-db-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
  migrateDatabase();
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A fresh database for the whole test file: created before its first hook runs,
 * disconnected and deleted after its last test. Returns the database's folder.
 */
export function freshDatabaseForSuite(): () => string {
  let database: ReturnType<typeof useFreshDatabase> | null = null;
  beforeAll(() => {
    database = useFreshDatabase();
  });
  afterAll(async () => {
    await getDb().$disconnect();
    database?.cleanup();
  });
  return () => {
    if (!database) throw new Error("the suite's database is created in beforeAll");
    return database.dir;
  };
}
