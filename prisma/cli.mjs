#!/usr/bin/env node
// Runs the Prisma CLI offline. With the `js` engine the native engines are never
// executed, but the CLI still tries to download them at start unless these two
// variables name an existing file; any file will do, so we point at node itself.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const prismaBin = require.resolve("prisma/build/index.js");

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY || process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
  DATABASE_URL: process.env.DATABASE_URL || "file:./data/collate.db",
};
const args = [...process.argv.slice(2), "--config", path.join(here, "prisma.config.ts")];
const result = spawnSync(process.execPath, [prismaBin, ...args], { stdio: "inherit", env });
process.exit(result.status ?? 1);
