import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { GROUPS } from "./fixtures";
import { AUDIT_COLUMNS, CLAIM_COLUMNS, GROUP_COLUMNS } from "./rows";
import { toXlsx } from "./xlsx";

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("toXlsx", () => {
  it("writes Groups, Claims and an empty Audit log with bold, frozen headers", async () => {
    const workbook = await readBack(await toXlsx(GROUPS));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Groups", "Claims", "Audit log"]);
    for (const [name, columns] of [["Groups", GROUP_COLUMNS], ["Claims", CLAIM_COLUMNS], ["Audit log", AUDIT_COLUMNS]] as const) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheetValues(sheet)[0]).toEqual([...columns]);
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
    expect(sheetValues(workbook.getWorksheet("Audit log")!)).toHaveLength(1);
  });

  it("holds the same values as the CSV: numbers as numbers, dates as ISO text, strings neutralised", async () => {
    const workbook = await readBack(await toXlsx(GROUPS));
    const [header, ...claims] = sheetValues(workbook.getWorksheet("Claims")!);
    const cell = (row: unknown[], column: string) => row[(header as string[]).indexOf(column)];
    expect(claims).toHaveLength(4);
    expect(cell(claims[0], "value")).toBe(1500);
    expect(cell(claims[1], "value")).toBe(-2);
    expect(cell(claims[1], "document_title")).toBe("'=HYPERLINK(\"http://evil.example\",\"click\")");
    expect(cell(claims[1], "note")).toBe("'-2+3");
    expect(cell(claims[1], "attribution")).toBe("'@SUM(A1:A9)");
    expect(cell(claims[1], "reviewed_by")).toBe("'@mallory");
    expect(cell(claims[1], "reviewed_at")).toBe("2024-05-01T10:00:00.000Z");
    expect(cell(claims[1], "status")).toBe("disputed");
    expect(cell(claims[2], "value")).toBe("2021-09-11");
    expect(cell(claims[3], "high")).toBe("2021-08-31");

    const [groupHeader, ...groups] = sheetValues(workbook.getWorksheet("Groups")!);
    expect(groups).toHaveLength(2);
    expect(groups[1][(groupHeader as string[]).indexOf("spread_low")]).toBe("2021-08-31");
    expect(groups[0][(groupHeader as string[]).indexOf("claim_count")]).toBe(2);
  });

  it("writes audit events, JSON-encoding structured before/after states", async () => {
    const events = [
      { at: new Date("2024-05-01T10:00:00Z"), actor: "=evil", entity: "claim", entityId: 3, action: "verify", before: '{"status":"unreviewed"}', after: { status: "verified" } },
    ];
    const [, row] = sheetValues((await readBack(await toXlsx(GROUPS, events))).getWorksheet("Audit log")!);
    expect(row).toEqual(["2024-05-01T10:00:00.000Z", "'=evil", "claim", 3, "verify", '{"status":"unreviewed"}', '{"status":"verified"}']);
  });
});
