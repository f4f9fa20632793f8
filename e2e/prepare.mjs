#!/usr/bin/env node
// Before the browser tests: make sure a Chromium is there (installing Debian's
// package when we are root and it is missing) and start from a fresh database.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function fail(message) {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

if (!fs.existsSync(chromium)) {
  if (process.env.CHROMIUM_PATH) fail(`CHROMIUM_PATH is set to ${chromium}, but there is no such file.`);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!isRoot || !hasApt) {
    fail(
      "The browser tests need Chromium at /usr/bin/chromium.\n" +
        "Install it with:  sudo apt-get install -y chromium\n" +
        "or point CHROMIUM_PATH at another Chromium or Chrome binary.",
    );
  }
  process.stderr.write("Chromium is missing: installing Debian's chromium package\n");
  try {
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } catch {
    fail("apt-get could not install chromium; install it by hand: apt-get install -y chromium");
  }
}

for (const suffix of ["", "-journal", "-wal", "-shm"]) {
  fs.rmSync(path.join(root, "data", `e2e.db${suffix}`), { force: true });
}
