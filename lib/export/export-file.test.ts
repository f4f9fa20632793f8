import { describe, expect, it } from "vitest";
import { exportFile } from "./export-file";
import { GROUPS } from "./fixtures";
import { exportJsonSchema } from "./schema";

const generatedAt = "2024-05-01T12:00:00.000Z";

describe("exportFile", () => {
  it("gives JSON with its content type and a dated file name", async () => {
    const file = await exportFile("json", GROUPS, { generatedAt });
    expect(file).toMatchObject({ contentType: "application/json; charset=utf-8", fileName: "collate-groups-2024-05-01.json" });
    expect(exportJsonSchema.parse(JSON.parse(file.body as string)).groups).toHaveLength(2);
  });

  it("gives CSV text and an XLSX buffer", async () => {
    const csv = await exportFile("csv", GROUPS, { generatedAt });
    expect(csv).toMatchObject({ contentType: "text/csv; charset=utf-8", fileName: "collate-groups-2024-05-01.csv" });
    expect(typeof csv.body).toBe("string");
    const xlsx = await exportFile("xlsx", GROUPS, { generatedAt, auditEvents: [] });
    expect(xlsx.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(Buffer.isBuffer(xlsx.body)).toBe(true);
    expect((xlsx.body as Buffer).subarray(0, 2).toString("latin1")).toBe("PK");
  });
});
