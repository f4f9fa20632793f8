import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const root = path.resolve(__dirname, "..");

// The suite runs against a production build on its own database, which
// e2e/prepare.mjs deletes before each run, so every run starts from the samples.
export default defineConfig({
  testDir: ".",
  outputDir: path.join(__dirname, ".output"),
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: "list",
  timeout: 60_000,
  use: { baseURL, trace: "retain-on-failure", acceptDownloads: true },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium" },
      },
    },
  ],
  webServer: {
    command: `node ${JSON.stringify(path.join(root, "node_modules/tsx/dist/cli.mjs"))} lib/cli/main.ts serve`,
    cwd: root,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 400_000,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_URL: "file:./data/e2e.db",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
