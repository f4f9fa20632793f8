import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "../lib/db/url";

// The WebAssembly schema engine talks to SQLite through the driver adapter, so
// migrations run offline (no native engine download).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(__dirname, "schema.prisma"),
  migrations: { path: path.join(__dirname, "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url: databaseUrl() }),
});
