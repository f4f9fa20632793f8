// Browser tests of the comparison view, document pages, exports and the import form.
// The server starts on a fresh database holding the five sample articles (see playwright.config.ts).
import fs from "node:fs/promises";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { exportJsonSchema, type ExportGroup } from "../lib/export/schema";
import { downloadFrom, downloadText, expect, importFiles, letterTag, parseCsvExport, reportLine, test } from "./helpers";

function groupRows(page: Page): Locator {
  return page.locator("table.comparison-table tbody tr[data-verdict]");
}

/** The group that seed articles 000 ("at least 1,500") and 003 ("more than a thousand") share. */
function fledSoldiersRow(page: Page): Locator {
  return groupRows(page).filter({ hasText: "1,500" }).filter({ hasText: "more than a thousand" });
}

const runId = letterTag();

test("the comparison is in the server HTML", async ({ request }) => {
  const response = await request.get("/");
  expect(response.ok()).toBe(true);
  const html = await response.text();
  expect(html).toContain("more than a thousand");
  expect(html).toContain("at least 1,500");
});

// Before any test imports articles: the picture shows the samples only.
test("screenshot of the comparison", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await expect(fledSoldiersRow(page)).toBeVisible();
  await page.screenshot({ path: path.join(__dirname, "screenshots", "comparison.png") });
});

test("one article quoting two sayers (Bloomberg and Reuters against CNN) is one outlet citing two sources", async ({ page }) => {
  await page.goto("/");
  const citedRow = page.getByRole("row").filter({ hasText: "about 9 thousand" }).filter({ hasText: "some 18 thousand" });
  await expect(citedRow.locator("td.col-sources")).toHaveText(/^1 source, citing 2/, { timeout: 3000 });
});

test("a group compares the outlets' figures and links each figure to its place in the article", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Comparison" })).toBeVisible();

  const row = fledSoldiersRow(page);
  await expect(row).toHaveCount(1);
  await expect(row.locator(".verdict-badge")).toHaveText("Discrepancy");
  await expect(row.locator(".verdict-badge")).toHaveAttribute("data-verdict", "discrepancy");
  // Nobody has reviewed its figures yet: the conflict is open.
  await expect(row.locator(".conflict-state")).toHaveText("open");
  // Several articles state it; wire copy would count once among the independent ones.
  await expect(row.locator("td.col-sources")).toHaveText(/^([2-9]) sources, [1-9] independent/);

  const figureLink = row.getByRole("link", { name: /1,500/ });
  const href = await figureLink.getAttribute("href");
  expect(href).toMatch(/^\/documents\/\d+#claim-\d+$/);
  const claimId = href!.split("#")[1];

  await figureLink.click();
  await expect(page).toHaveURL(new RegExp(`/documents/\\d+#${claimId}$`));
  const mark = page.locator(`mark#${claimId}`);
  await expect(mark).toBeVisible();
  await expect(mark).toBeInViewport();
  await expect(mark).toContainText("1,500");
  await expect(mark).toHaveClass(/is-focused/);
});

test("Export CSV downloads the groups with a header row", async ({ page }) => {
  await page.goto("/");
  const { fileName, text } = await downloadText(page, "Export CSV");
  expect(fileName).toMatch(/\.csv$/);

  const rows = parseCsvExport(text).filter((row) => row.some((cell) => cell.trim() !== ""));
  expect(rows.length).toBeGreaterThan(1);
  const [header, ...body] = rows;
  expect(header.length).toBeGreaterThan(1);
  expect(header.every((name) => name.trim() !== "")).toBe(true);
  expect(body.some((row) => row.some((cell) => cell.includes("at least 1,500")))).toBe(true);
});

test("Export XLSX downloads a workbook", async ({ page }) => {
  await page.goto("/");
  const { fileName, file } = await downloadFrom(page, "Export XLSX");
  expect(fileName).toMatch(/\.xlsx$/);
  const bytes = await fs.readFile(file);
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK"); // a zip container
});

test("an unknown export format is a 400 with a message", async ({ request }) => {
  const response = await request.get("/api/export?format=pdf");
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("format=csv");
});

test("Export JSON holds every group with its claims and verdict", async ({ page }) => {
  await page.goto("/");
  const { fileName, text } = await downloadText(page, "Export JSON");
  expect(fileName).toMatch(/\.json$/);

  // The schema checks every group's verdict and every claim's fields.
  const { groups } = exportJsonSchema.parse(JSON.parse(text));
  expect(groups).toHaveLength(await groupRows(page).count());
  for (const group of groups) {
    expect(group.claims.length, `group ${group.id} has claims`).toBeGreaterThan(0);
  }
});

test("filtering by verdict narrows the rows, updates the URL and the export links", async ({ page }) => {
  await page.goto("/");
  const rows = groupRows(page);
  const total = await rows.count();
  expect(total).toBeGreaterThan(1);
  await expect(page.getByRole("status").filter({ hasText: "groups" })).toHaveText(`${total} of ${total} groups`);

  await page.getByRole("combobox", { name: "Verdict" }).selectOption("discrepancy");
  await expect(page).toHaveURL(/[?&]verdict=discrepancy/);
  const filtered = await rows.count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(total);
  await expect(page.getByRole("status").filter({ hasText: "groups" })).toHaveText(`${filtered} of ${total} groups`);
  for (const badge of await rows.locator(".verdict-badge").all()) await expect(badge).toHaveText("Discrepancy");
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", /verdict=discrepancy/);

  // The filtered export holds exactly the filtered rows.
  const { text } = await downloadText(page, "Export JSON");
  const { groups } = exportJsonSchema.parse(JSON.parse(text));
  expect(groups).toHaveLength(filtered);
  expect(groups.every((group: ExportGroup) => group.verdict === "discrepancy")).toBe(true);

  // The state survives a reload, and free-text search narrows further.
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Verdict" })).toHaveValue("discrepancy");
  await expect(rows).toHaveCount(filtered);
  await page.getByRole("searchbox", { name: "Search" }).fill("more than a thousand");
  await expect(page).toHaveURL(/[?&]q=more/);
  await expect(fledSoldiersRow(page)).toHaveCount(1);
  await expect(rows).toHaveCount(1);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(rows).toHaveCount(total);
});

/** The group ids of the rows on screen, in order. */
async function rowIds(page: Page): Promise<string[]> {
  return groupRows(page).evaluateAll((rows) => rows.map((row) => row.id));
}

test("the server pages the groups: page 2 is its own URL and HTML, the counter counts every page, filters reset to page 1", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const counter = page.getByRole("status").filter({ hasText: "groups" });
  const total = Number((await counter.textContent())!.match(/^([\d,]+) of \1 groups$/)![1].replace(/,/g, ""));
  // The samples fit one page of 100: every group is listed and there is no pager.
  await expect(groupRows(page)).toHaveCount(total);
  await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);

  const size = 10;
  const pageCount = Math.ceil(total / size);
  expect(pageCount).toBeGreaterThan(2);
  await page.goto(`/?size=${size}`);
  await expect(groupRows(page)).toHaveCount(size);
  await expect(counter).toHaveText(`${total} of ${total} groups`);
  const firstPage = await rowIds(page);

  const pager = page.getByRole("navigation", { name: "Pages" });
  await expect(pager).toContainText(`Page 1 of ${pageCount}`);
  await pager.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`\\?page=2&size=${size}$`));
  await expect(pager).toContainText(`Page 2 of ${pageCount}`);
  await expect(page.getByText(`groups ${size + 1}–${2 * size}`)).toBeVisible();
  await expect(counter).toHaveText(`${total} of ${total} groups`);
  const secondPage = await rowIds(page);
  expect(secondPage).toHaveLength(size);
  expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);

  // Page 2's rows are in its server HTML, in the same order.
  const html = await (await request.get(new URL(page.url()).pathname + new URL(page.url()).search)).text();
  const htmlIds = [...html.matchAll(/<tr id="(group-\d+)"/g)].map((match) => match[1]);
  expect(htmlIds).toEqual(secondPage);

  // The last page holds the remainder; a page past the end shows the last one.
  await pager.getByRole("link", { name: "Last page" }).click();
  await expect(groupRows(page)).toHaveCount(total - (pageCount - 1) * size);
  await page.goto(`/?size=${size}&page=999`);
  await expect(pager).toContainText(`Page ${pageCount} of ${pageCount}`);

  // A filter narrows across all pages and starts again at page 1; the URL carries it through a reload.
  await page.goto(`/?size=${size}&page=2`);
  const singleOption = page.getByRole("combobox", { name: "Verdict" }).locator("option[value=single]");
  const singles = Number((await singleOption.textContent())!.match(/\((\d+)\)$/)![1]);
  expect(singles).toBeGreaterThan(size);
  await page.getByRole("combobox", { name: "Verdict" }).selectOption("single");
  await expect(page).toHaveURL(/\?verdict=single&size=10$/);
  await expect(counter).toHaveText(`${singles} of ${total} groups`);
  await expect(pager).toContainText(`Page 1 of ${Math.ceil(singles / size)}`);
  for (const badge of await groupRows(page).locator(".verdict-badge").all()) await expect(badge).toHaveText("Single source");
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Verdict" })).toHaveValue("single");
  await expect(counter).toHaveText(`${singles} of ${total} groups`);

  // Sorting is done by the server over every page: the last page of "Sources, fewest first" has the most-cited groups.
  await page.goto(`/?sort=sources.asc&size=${size}&page=${pageCount}`);
  await expect(page.getByRole("columnheader", { name: /Sources/ })).toHaveAttribute("aria-sort", "ascending");
  const lastRow = groupRows(page).last();
  await expect(lastRow.locator("td.col-sources")).toHaveText(/^[2-9] sources/);
});

test("the source filter's URL value is a short key while the select shows the outlet's name", async ({ page }) => {
  await page.goto("/");
  const select = page.getByRole("combobox", { name: "Source" });
  const options = await select.locator("option").evaluateAll((nodes) =>
    nodes.map((node) => ({ value: (node as HTMLOptionElement).value, text: node.textContent ?? "" })),
  );
  const keyed = options.filter((option) => option.value !== "");
  expect(keyed.length).toBeGreaterThan(1);
  for (const option of keyed) {
    expect(option.value.length, option.value).toBeLessThanOrEqual(60);
    expect(option.text).toMatch(/\(\d+\)$/);
  }
  const untitled = keyed.find((option) => /^doc-\d+$/.test(option.value)) ?? keyed[0];
  await select.selectOption(untitled.value);
  await expect.poll(() => new URL(page.url()).searchParams.get("source")).toBe(untitled.value);
  const count = Number(untitled.text.match(/\((\d+)\)$/)![1]);
  await expect(groupRows(page)).toHaveCount(count);
  await page.reload();
  await expect(select).toHaveValue(untitled.value);
  await expect(groupRows(page)).toHaveCount(count);
});

test("article markup is rendered as text, never run", async ({ page }) => {
  const fileName = `markup-${runId}.html`;
  const html = `<!doctype html><html><head><title>Markup test ${runId}</title></head><body><article>
<h1>Markup test ${runId}</h1>
<script>window.__pwned=1</script>
<p>At least 12 people were hurt, police said.</p>
<img src="does-not-exist.png" onerror="window.__pwned=2">
<p>The report was published on Tuesday and named ${runId} as its reference.</p>
</article></body></html>`;

  await page.goto("/import");
  await importFiles(page, [{ name: fileName, mimeType: "text/html", body: html }]);
  const line = reportLine(page, fileName);
  await expect(line).toContainText("imported");

  await line.getByRole("link", { name: /document \d+/ }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  const body = page.locator(".document-text");
  await expect(body).toContainText("12 people");
  await expect(body.locator("img, script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test("the import form reports duplicates, and errors without blocking the rest of a batch", async ({ page }) => {
  const article = {
    name: `dup-${runId}.txt`,
    mimeType: "text/plain",
    body: `Council meeting ${runId}\n\nAbout 40 people attended the council meeting on Monday, organisers said.\n`,
  };
  await page.goto("/import");
  await importFiles(page, [article]);
  await expect(reportLine(page, article.name)).toContainText("imported");

  await importFiles(page, [article]);
  await expect(reportLine(page, article.name)).toContainText("duplicate of");

  const empty = { name: `empty-${runId}.txt`, mimeType: "text/plain", body: "" };
  const other = {
    name: `other-${runId}.txt`,
    mimeType: "text/plain",
    body: `Harbour fire ${runId}\n\nFirefighters said 3 boats burned in the harbour overnight.\n`,
  };
  await importFiles(page, [empty, other]);
  await expect(reportLine(page, empty.name)).toContainText("error:");
  await expect(reportLine(page, other.name)).toContainText("imported");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Documents", exact: true }).click();
  await expect(page.getByRole("cell", { name: other.name })).toBeVisible();
  await expect(page.getByRole("cell", { name: empty.name })).toHaveCount(0);
});

test("a figure-dense upload gets a clear message, its good neighbour is imported, and the server keeps answering", async ({ page, request }) => {
  // Over 256 KB, so the import runs in a child process; over 3,000 figures, so the file is refused.
  const lines = Array.from({ length: 8000 }, (_, i) => `Meter ${letterTag(String(i))} read ${1000 + i} units on the ${runId} line.`);
  const dense = { name: `meter-log-${runId}.txt`, mimeType: "text/plain", body: `Meter readings ${runId}\n\n${lines.join("\n")}\n` };
  expect(dense.body.length).toBeGreaterThan(256 * 1024);
  const good = { name: `bridge-${runId}.txt`, mimeType: "text/plain", body: `Bridge repaired ${runId}\n\nEngineers reopened the bridge after 9 days of repairs, the council said.\n` };
  await page.goto("/import");
  await importFiles(page, [dense, good]);
  // While the import works, pages are served.
  expect((await request.get("/documents")).status()).toBe(200);
  await expect(reportLine(page, dense.name)).toContainText(/figures, more than the 3,000/, { timeout: 60_000 });
  await expect(reportLine(page, good.name)).toContainText("imported");
});

test("pasted text is imported like a file", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel("Title (optional)").fill(`Pasted report ${runId}`);
  await page.getByLabel("Paste article text").fill(`Rescuers said about 25 people were evacuated from the flooded valley. Ref ${runId}.`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const line = page.getByRole("region", { name: "Import report" }).getByRole("listitem").filter({ hasText: "pasted-" });
  await expect(line).toContainText("imported");
  await line.getByRole("link", { name: /document \d+/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Pasted report ${runId}`);
  await expect(page.locator(".document-text")).toContainText("about 25 people");
});
