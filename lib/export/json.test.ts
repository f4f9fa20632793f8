import { describe, expect, it } from "vitest";
import { GROUPS } from "./fixtures";
import { toExportJson } from "./json";
import { exportJsonSchema } from "./schema";

describe("toExportJson", () => {
  const json = toExportJson(GROUPS, { generatedAt: "2024-05-01T12:00:00.000Z", filters: { verdict: "contradiction" } });

  it("matches the export schema", () => {
    expect(exportJsonSchema.parse(json)).toEqual(json);
    expect(Object.keys(json)).toEqual(["generatedAt", "filters", "groups"]);
    expect(Object.keys(json.groups[0])).toEqual(["id", "label", "kind", "unit", "verdict", "spreadLow", "spreadHigh", "resolution", "claims"]);
    expect(Object.keys(json.groups[0].claims[0])).toEqual([
      "id", "kind", "figure", "quote", "start", "end", "value", "low", "high", "qualifier", "unit", "subject", "attribution", "status", "reason", "note", "reviewedBy", "reviewedAt", "document",
    ]);
    expect(Object.keys(json.groups[0].claims[0].document)).toEqual(["id", "file", "title", "outlet", "url", "publishedAt"]);
  });

  it("writes dates as ISO dates and keeps other values as numbers", () => {
    const [counts, dates] = json.groups;
    expect(counts.claims[0]).toMatchObject({ value: 1500, low: 1500, high: null, figure: "at least 1,500" });
    expect(dates).toMatchObject({ spreadLow: "2021-08-31", spreadHigh: "2021-09-11" });
    expect(dates.claims[0]).toMatchObject({ value: "2021-09-11", low: "2021-09-11", high: "2021-09-11" });
    expect(dates.claims[1]).toMatchObject({ value: "2021-08-31", low: null, high: "2021-08-31" });
  });

  it("carries each claim's review and each group's resolution", () => {
    expect(json.groups[0].claims[1]).toMatchObject({ status: "disputed", reason: "=wrong source", reviewedBy: "@mallory", reviewedAt: "2024-05-01T10:00:00.000Z" });
    expect(json.groups[0].claims[0]).toMatchObject({ reason: null, reviewedBy: null, reviewedAt: null });
    expect(json.groups[1].resolution).toBe("Both dates were reported; Sept 11 was the earlier plan.");
  });

  it("keeps text exactly as stored (JSON needs no formula escaping)", () => {
    expect(json.groups[0].claims[1].document.title).toBe(GROUPS[0].claims[1].document.title);
  });

  it("defaults generatedAt to now, leaves filters out when not given, and survives a JSON round trip", () => {
    const plain = toExportJson([]);
    expect(Date.now() - Date.parse(plain.generatedAt)).toBeLessThan(5000);
    expect(plain).not.toHaveProperty("filters");
    expect(exportJsonSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(json);
  });

  it("rejects a date claim whose value is a number", () => {
    const broken = structuredClone(json);
    (broken.groups[1].claims[0] as { value: unknown }).value = 18881;
    expect(exportJsonSchema.safeParse(broken).success).toBe(false);
  });
});
