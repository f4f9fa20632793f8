// Browser tests of the analyst's review workflow: keyboard review, bulk actions, corrections,
// history, URL state, exports read back, and the refusal of a concurrent edit.
// Every test that changes data imports its own small article first, so specs stay independent.
import fs from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { exportJsonSchema } from "../lib/export/schema";
import { downloadFrom, expect, importFiles, letterTag, parseCsvExport, reportLine, test } from "./helpers";

let articleCount = 0;

/** Imports a fresh article with three unrelated figures; returns its document id and claim ids. */
async function importArticle(page: Page): Promise<{ documentId: number; claimIds: number[] }> {
  const tag = letterTag(String(++articleCount));
  const body =
    `Harbour review ${tag}\n\n` +
    `Firefighters said 12 boats burned in the ${tag} harbour overnight. ` +
    `The mayor said about 40 people were evacuated from nearby streets. ` +
    `Engineers later closed 3 bridges while they checked the damage.\n`;
  await page.goto("/import");
  const fileName = `review-${tag}.txt`;
  await importFiles(page, [{ name: fileName, mimeType: "text/plain", body }]);
  const line = reportLine(page, fileName);
  await expect(line).toContainText("imported");
  await line.getByRole("link", { name: /document \d+/ }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  const documentId = Number(page.url().split("/").pop());
  const ids = await page.locator("mark[id^=claim-]").evaluateAll((marks) => marks.map((mark) => Number(mark.id.slice("claim-".length))));
  expect(ids.length).toBeGreaterThanOrEqual(3);
  return { documentId, claimIds: ids };
}

/** The reviewer name is asked for once per browser; tests answer the prompt. */
function answerReviewerPrompt(page: Page, name: string) {
  page.once("dialog", (dialog) => dialog.accept(name));
}

async function groupIdOf(page: Page, claimId: number): Promise<number> {
  await page.goto(`/claims/${claimId}`);
  const href = await page.getByRole("link", { name: /./ }).and(page.locator('a[href^="/groups/"]')).first().getAttribute("href");
  return Number(href!.split("/").pop());
}

test("review with the keyboard: j/k move, x selects, v/d/r mark, the name is asked once and shown in the header", async ({ page }) => {
  const { documentId, claimIds } = await importArticle(page);
  await page.goto(`/review?document=${documentId}`);
  await expect(page.getByText("Keyboard shortcuts")).toBeVisible();
  const rows = page.locator("table.review-table tbody tr[data-claim-id]");
  await expect(rows).toHaveCount(claimIds.length);

  const active = page.locator("tr[data-active=true]");
  const firstId = await active.getAttribute("data-claim-id");
  await page.keyboard.press("j");
  const secondId = await active.getAttribute("data-claim-id");
  expect(secondId).not.toBe(firstId);
  await page.keyboard.press("k");
  await expect(active).toHaveAttribute("data-claim-id", firstId!);
  await page.keyboard.press("j");

  answerReviewerPrompt(page, "Kim Keyboard");
  await page.keyboard.press("v");
  await expect(page.getByRole("status").filter({ hasText: `Claim ${secondId} marked verified` })).toBeVisible();
  await expect(page.locator(`tr[data-claim-id="${secondId}"]`)).toHaveAttribute("data-status", "verified");
  await expect(page.getByTestId("reviewer-name")).toHaveText("Kim Keyboard");
  // The claim that followed the marked one is now current.
  await expect(active).not.toHaveAttribute("data-claim-id", secondId!);

  // No second prompt: the name is remembered in this browser.
  page.once("dialog", () => {
    throw new Error("asked for the reviewer name twice");
  });
  await page.locator(`tr[data-claim-id="${firstId}"] td.col-verdict`).click();
  await page.keyboard.press("d");
  await expect(page.locator(`tr[data-claim-id="${firstId}"]`)).toHaveAttribute("data-status", "disputed");
  await page.locator(`tr[data-claim-id="${firstId}"] td.col-verdict`).click();
  await expect(active).toHaveAttribute("data-claim-id", firstId!);
  await page.keyboard.press("r");
  await expect(page.locator(`tr[data-claim-id="${firstId}"]`)).toHaveAttribute("data-status", "rejected");

  await page.keyboard.press("x");
  await expect(page.getByText("1 selected")).toBeVisible();

  await page.goto(`/claims/${secondId}`);
  await expect(page.getByRole("region", { name: "History" }).getByRole("listitem").first()).toContainText("review by Kim Keyboard");

  // The claim's group lists its claims' events in its own history, newest first.
  await page.goto(`/groups/${await groupIdOf(page, Number(secondId))}`);
  const groupHistory = page.getByRole("region", { name: "History" }).getByRole("listitem");
  await expect(groupHistory.first()).toContainText("review by Kim Keyboard");
  await expect(groupHistory.first()).toContainText(`claim ${secondId}`);
});

test("bulk action marks every selected claim in one go", async ({ page }) => {
  const { documentId, claimIds } = await importArticle(page);
  await page.goto(`/review?document=${documentId}`);
  await page.getByLabel("Reason (sent with each review)").fill("matches the source");
  await page.getByRole("checkbox", { name: "Select all claims on this page" }).check();
  await expect(page.getByText(`${claimIds.length} selected`)).toBeVisible();
  answerReviewerPrompt(page, "Bea Bulk");
  await page.getByRole("button", { name: "Mark selected verified" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${claimIds.length} claims marked verified` })).toBeVisible();
  for (const id of claimIds) await expect(page.locator(`tr[data-claim-id="${id}"]`)).toHaveAttribute("data-status", "verified");
  await expect(page.locator("tr[data-claim-id]").first()).toContainText("Reason: matches the source");
  await expect(page.locator("tr[data-claim-id]").first()).toContainText("Bea Bulk");
});

test("regroup: merge, split, move, rename and not-a-claim, each with its history", async ({ page }) => {
  const { claimIds } = await importArticle(page);
  const [a, b, c] = claimIds;
  const groupA = await groupIdOf(page, a);
  const groupB = await groupIdOf(page, b);
  const groupC = await groupIdOf(page, c);
  expect(new Set([groupA, groupB, groupC]).size).toBe(3);
  answerReviewerPrompt(page, "Rex Regroup");

  // Merge B into A.
  await page.goto(`/groups/${groupA}`);
  await page.getByLabel("Merge another group into this one").selectOption(String(groupB));
  await page.getByRole("button", { name: "Merge into this group" }).click();
  await expect(page.getByRole("status")).toContainText(`Merged group ${groupB}`);
  await expect(page.locator(`tr[data-claim-id="${b}"]`)).toBeVisible();
  await page.goto(`/groups/${groupB}`);
  await expect(page.getByRole("heading", { name: /not found/i })).toBeVisible();

  // Rename A.
  await page.goto(`/groups/${groupA}`);
  await page.getByLabel("Label", { exact: true }).fill("Harbour damage, merged by hand");
  await page.getByRole("button", { name: "Rename group" }).click();
  await expect(page.getByTestId("group-label")).toHaveText("Harbour damage, merged by hand");

  // Split B off again, under a new label.
  await page.getByRole("checkbox", { name: new RegExp(`claim ${b}\\)`) }).check();
  await page.getByLabel("New group label (optional)").fill("Evacuations");
  await page.getByRole("button", { name: "Split selected into a new group" }).click();
  await expect(page.getByRole("status")).toContainText("Split off into group");
  const splitId = Number((await page.getByRole("status").textContent())!.match(/group (\d+)/)![1]);
  await expect(page.locator(`tr[data-claim-id="${b}"]`)).toHaveCount(0);

  // Move A's claim into C's group.
  await page.getByRole("checkbox", { name: new RegExp(`claim ${a}\\)`) }).check();
  await page.getByLabel("Move to group").selectOption(String(groupC));
  await page.getByRole("button", { name: "Move selected" }).click();
  await expect(page.getByRole("status")).toContainText(`group ${groupC}`);
  await page.goto(`/groups/${groupC}`);
  await expect(page.locator(`tr[data-claim-id="${a}"]`)).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText("move by Rex Regroup");

  await page.goto(`/groups/${splitId}`);
  await expect(page.getByTestId("group-label")).toHaveText("Evacuations");
  await expect(page.getByRole("region", { name: "History" })).toContainText("split by Rex Regroup");

  // Not a claim: C leaves its group and the claim page says so. The page shows what was read, and why.
  await page.goto(`/claims/${c}`);
  await expect(page.locator(".claim-reading")).toContainText("count");
  await expect(page.locator(".claim-reading [data-rule]")).toHaveAttribute("data-rule", "quantity");
  await expect(page.locator(".claim-reading")).toContainText("A number (digits or words) with its currency");
  await page.getByRole("button", { name: "Not a claim" }).click();
  await expect(page.getByRole("status")).toContainText("Marked as not a claim");
  await expect(page.getByText("(not a claim)")).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText("not-a-claim by Rex Regroup");
  await page.goto(`/groups/${groupC}`);
  await expect(page.locator(`tr[data-claim-id="${c}"]`)).toHaveCount(0);
  await expect(page.locator(`tr[data-claim-id="${a}"]`)).toBeVisible();
});

test("the comparison view's URL state round-trips: filters, search, sort, hidden columns, selected group", async ({ page }) => {
  await page.goto("/");
  const firstRow = page.locator("table.comparison-table tbody tr[data-verdict]").first();
  const groupId = (await firstRow.getAttribute("id"))!.replace("group-", "");
  const url = `/?verdict=discrepancy&q=soldiers&sort=label.asc&hide=sources&group=${groupId}`;
  await page.goto(url);
  await expect(page.getByRole("combobox", { name: "Verdict" })).toHaveValue("discrepancy");
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("soldiers");
  await expect(page.getByRole("columnheader", { name: /Quantity/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByRole("columnheader", { name: /Sources/ })).toHaveCount(0);
  // Nothing is lost or reordered on the way in.
  expect(new URL(page.url()).search).toBe(new URL(url, page.url()).search);

  // Change state through the UI; the URL follows, and a reload restores exactly that.
  await page.getByText("Columns", { exact: true }).click();
  await page.getByRole("checkbox", { name: "Sources" }).check();
  await page.getByRole("checkbox", { name: "Spread" }).uncheck();
  await page.getByRole("button", { name: /Verdict/ }).click();
  await expect(page).toHaveURL(/hide=unit/);
  await expect(page).toHaveURL(/sort=verdict\./);
  const shared = page.url();
  await page.goto("/");
  await page.goto(shared);
  await expect(page.getByRole("columnheader", { name: /Sources/ })).toHaveCount(1);
  await expect(page.getByRole("columnheader", { name: /Spread/ })).toHaveCount(0);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("soldiers");
  expect(page.url()).toBe(shared);

  // Clicking a row selects that group for the URL.
  await page.goto("/");
  const row = page.locator("table.comparison-table tbody tr[data-verdict]").nth(1);
  await row.locator("td.col-verdict").click();
  await expect(page).toHaveURL(new RegExp(`group=${(await row.getAttribute("id"))!.replace("group-", "")}`));
  await expect(row).toHaveAttribute("aria-selected", "true");
});

test("exports carry reviews and resolutions: CSV parsed, XLSX sheets opened, JSON validated, audit log downloaded", async ({ page }) => {
  const { claimIds } = await importArticle(page);
  const claimId = claimIds[0];
  const groupId = await groupIdOf(page, claimId);
  answerReviewerPrompt(page, "=Evil Reviewer");
  await page.getByRole("radio", { name: "Disputed" }).check();
  await page.getByLabel("Reason").fill("misquoted");
  await page.getByLabel("Note").fill("=HYPERLINK(\"http://evil.example\")");
  await page.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await page.goto(`/groups/${groupId}`);
  await page.getByRole("textbox", { name: /^Resolution/ }).fill("accepted figure: 12 boats, per the fire service");
  await page.getByRole("button", { name: "Save resolution" }).click();
  await expect(page.getByRole("status")).toContainText("Resolution saved");

  await page.goto("/?q=boats");
  const csv = await downloadFrom(page, "Export CSV");
  const [header, ...rows] = parseCsvExport(await fs.readFile(csv.file, "utf8"));
  const cell = (row: string[], name: string) => row[header.indexOf(name)];
  const csvRow = rows.find((row) => cell(row, "claim_id") === String(claimId))!;
  expect(csvRow).toBeDefined();
  expect(cell(csvRow, "status")).toBe("disputed");
  expect(cell(csvRow, "reason")).toBe("misquoted");
  expect(cell(csvRow, "note")).toBe("'=HYPERLINK(\"http://evil.example\")");
  expect(cell(csvRow, "reviewed_by")).toBe("'=Evil Reviewer");
  expect(cell(csvRow, "reviewed_at")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(cell(csvRow, "quote")).toContain("12 boats");
  expect(Number(cell(csvRow, "end"))).toBeGreaterThan(Number(cell(csvRow, "start")));

  const xlsx = await downloadFrom(page, "Export XLSX");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx.file);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Groups", "Claims", "Audit log"]);
  const values = (name: string) => {
    const out: unknown[][] = [];
    workbook.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };
  const [groupHeader, ...groupRows] = values("Groups");
  const resolved = groupRows.find((row) => row[(groupHeader as string[]).indexOf("group_id")] === groupId)!;
  expect(resolved[(groupHeader as string[]).indexOf("resolution")]).toBe("accepted figure: 12 boats, per the fire service");
  const [claimHeader, ...claimRows] = values("Claims");
  const xlsxClaim = claimRows.find((row) => row[(claimHeader as string[]).indexOf("claim_id")] === claimId)!;
  expect(xlsxClaim[(claimHeader as string[]).indexOf("status")]).toBe("disputed");
  const [auditHeader, ...auditRows] = values("Audit log");
  expect(auditHeader).toEqual(["at", "actor", "entity", "entity_id", "action", "before", "after"]);
  expect(auditRows.some((row) => row[1] === "'=Evil Reviewer" && row[2] === "claim" && row[3] === claimId && row[4] === "review")).toBe(true);
  expect(auditRows.some((row) => row[2] === "group" && row[3] === groupId && row[4] === "resolve")).toBe(true);

  const json = await downloadFrom(page, "Export JSON");
  const { groups } = exportJsonSchema.parse(JSON.parse(await fs.readFile(json.file, "utf8")));
  const jsonClaim = groups.flatMap((group) => group.claims).find((claim) => claim.id === claimId)!;
  expect(jsonClaim).toMatchObject({ status: "disputed", reason: "misquoted", reviewedBy: "=Evil Reviewer", note: "=HYPERLINK(\"http://evil.example\")" });
  expect(jsonClaim.document.title).toContain("Harbour review");
  expect(groups.find((group) => group.id === groupId)?.resolution).toBe("accepted figure: 12 boats, per the fire service");

  await page.goto("/review");
  const auditCsv = await downloadFrom(page, "Audit log CSV");
  expect(auditCsv.fileName).toMatch(/^collate-audit-.*\.csv$/);
  const [auditCsvHeader, ...auditCsvRows] = parseCsvExport(await fs.readFile(auditCsv.file, "utf8"));
  expect(auditCsvHeader).toEqual(["at", "actor", "entity", "entity_id", "action", "before", "after"]);
  expect(auditCsvRows.some((row) => row[1] === "'=Evil Reviewer" && row[3] === String(claimId))).toBe(true);
  const auditJson = await downloadFrom(page, "Audit log JSON");
  const log = JSON.parse(await fs.readFile(auditJson.file, "utf8")) as { events: { actor: string; entityId: number; action: string }[] };
  expect(log.events.some((event) => event.actor === "=Evil Reviewer" && event.entityId === claimId && event.action === "review")).toBe(true);
});

test("a concurrent edit is refused with the current value shown, never silently overwritten", async ({ browser, page }) => {
  const { claimIds } = await importArticle(page);
  const claimId = claimIds[0];
  const alice = await browser.newContext();
  const bob = await browser.newContext();
  try {
    const pageA = await alice.newPage();
    const pageB = await bob.newPage();
    await pageA.goto(`/claims/${claimId}`);
    await pageB.goto(`/claims/${claimId}`);
    answerReviewerPrompt(pageA, "Alice");
    answerReviewerPrompt(pageB, "Bob");

    await pageA.getByRole("radio", { name: "Verified" }).check();
    await pageA.getByLabel("Note").fill("checked against the fire service");
    await pageA.getByRole("button", { name: "Save review" }).click();
    await expect(pageA.getByRole("status")).toContainText("Saved");

    await pageB.getByRole("radio", { name: "Rejected" }).check();
    await pageB.getByRole("button", { name: "Save review" }).click();
    const alert = pageB.getByRole("alert").filter({ hasText: "changed by someone else" });
    await expect(alert).toContainText("changed by someone else");
    await expect(alert).toContainText("Your change was not saved");
    await expect(alert.getByRole("definition").filter({ hasText: "verified" }).first()).toBeVisible();
    await expect(alert).toContainText("Alice");
    await expect(alert).toContainText("checked against the fire service");

    // The stored value is still Alice's; Bob can load it and then decide.
    await pageB.getByRole("button", { name: "Load the current value" }).click();
    await expect(pageB.getByRole("radio", { name: "Verified" })).toBeChecked();
    await page.goto(`/claims/${claimId}`);
    await expect(page.locator(".document-meta")).toContainText("Verified");
    await expect(page.getByRole("region", { name: "History" }).getByRole("listitem")).toHaveCount(1);
  } finally {
    await alice.close();
    await bob.close();
  }
});

test("screenshot of the review UI", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.addInitScript(() => window.localStorage.setItem("collate.reviewer", "Sam Screenshot"));
  await page.goto("/review");
  await expect(page.locator("tr[data-claim-id]").first()).toBeVisible();
  await page.keyboard.press("j");
  await page.keyboard.press("x");
  await page.keyboard.press("j");
  await page.screenshot({ path: path.join(__dirname, "screenshots", "review.png") });
});
