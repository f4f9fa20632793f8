// What both browser specs share: the page-error check every test runs under, run tags, downloads,
// the import form, and reading the CSV exports back.
import fs from "node:fs/promises";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { parseCsv } from "../lib/export/csv-parse";

export { expect };

// Any uncaught error in a page fails the test that caused it.
export const test = base.extend<{ failOnPageErrors: void }>({
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await use();
      expect(errors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

/** Clicks a download link: the file's suggested name and where the browser saved it. */
export async function downloadFrom(page: Page, linkName: string): Promise<{ fileName: string; file: string }> {
  const downloadEvent = page.waitForEvent("download");
  await page.getByRole("link", { name: linkName }).click();
  const download = await downloadEvent;
  return { fileName: download.suggestedFilename(), file: await download.path() };
}

/** Clicks a download link: the file's suggested name and its text. */
export async function downloadText(page: Page, linkName: string): Promise<{ fileName: string; text: string }> {
  const { fileName, file } = await downloadFrom(page, linkName);
  return { fileName, text: await fs.readFile(file, "utf8") };
}

/** The rows of a CSV export; its byte-order mark (there for Excel) is not part of the header. */
export function parseCsvExport(text: string): string[][] {
  return parseCsv(text.replace(/^\uFEFF/, ""));
}

/** Submits the import form (on /import) with these files. */
export async function importFiles(page: Page, files: { name: string; mimeType: string; body: string }[]) {
  await page.getByLabel("Article files").setInputFiles(
    files.map((file) => ({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.body) })),
  );
  await page.getByRole("button", { name: "Import", exact: true }).click();
}

/** The import report's line about one file. */
export function reportLine(page: Page, fileName: string): Locator {
  return page.getByRole("region", { name: "Import report" }).getByRole("listitem").filter({ hasText: fileName });
}

/**
 * A tag unique to this run, in letters only: digits in a title could read as
 * figures ("mx7pm6" holds a clock time, 7 pm) and change what a test finds.
 */
export function letterTag(suffix = ""): string {
  return `${Date.now().toString(36)}${suffix ? `x${suffix}` : ""}`.replace(/\d/g, (d) => "abcdefghij"[Number(d)]);
}
