// An import run in a child process, so that extracting and grouping a large upload never
// blocks the web server's event loop: other pages keep answering while it works.
import { spawn } from "node:child_process";
import path from "node:path";
import type { IngestInput, IngestOutcome } from "./ingest-types";

/** What the child sends back: the outcomes, and why grouping failed if it did. */
export interface WorkerReply {
  outcomes: IngestOutcome[];
  groupingError?: string;
  error?: string;
}

const WORKER_SCRIPT = "lib/store/ingest-worker-main.ts";

/**
 * Imports `inputs` in a child process and waits for its report. `root` is the project
 * root (the web server runs there); the child uses the same DATABASE_URL.
 */
export function ingestInWorker(inputs: IngestInput[], root: string = process.cwd()): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    // spawn, not fork: the bundler resolves a fork's script at build time, and this one runs from source.
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, WORKER_SCRIPT)], {
      cwd: root,
      serialization: "advanced",
      env: process.env,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let reply: WorkerReply | null = null;
    child.on("message", (message) => (reply = message as WorkerReply));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (reply) resolve(reply);
      else reject(new Error(`the import process stopped (${signal ?? `exit code ${code}`}) before it reported`));
    });
    child.send(inputs);
  });
}
