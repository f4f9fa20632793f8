import { spawn } from "node:child_process";
import { databaseUrl } from "../db/url";
import { projectRoot } from "./paths";
import { buildIfStale, finishOwedGrouping, migrateDatabase, seedSamplesIfEmpty } from "./setup";

/** `npm start`: migrate, load the samples into an empty database, finish owed grouping, build if needed, serve. */
export async function serve(options: { port?: string; host?: string }): Promise<void> {
  migrateDatabase();
  await seedSamplesIfEmpty();
  await finishOwedGrouping();
  buildIfStale();

  const port = options.port ?? process.env.PORT ?? "3000";
  const host = options.host ?? process.env.HOST ?? "127.0.0.1";
  process.stderr.write(`Collate is starting at http://${host}:${port}\n`);
  const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-H", host, "-p", port], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl(), NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  await new Promise<void>((resolve, reject) => {
    server.on("exit", (code) => (code === 0 || code === null ? resolve() : reject(new Error(`next start exited with ${code}`))));
  });
}
