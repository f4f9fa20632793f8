// Test helper: points this test process at a fresh, migrated SQLite file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../cli/setup";

export function useFreshDatabase(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "collate-db-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
  migrateDatabase();
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
