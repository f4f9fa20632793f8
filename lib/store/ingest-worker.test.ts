// The import that the web form hands to a child process: same outcomes, same database.
import { describe, expect, it } from "vitest";
import { projectRoot } from "../cli/paths";
import { getDb } from "../db/client";
import { ingestInWorker } from "./ingest-worker";
import { freshDatabaseForSuite } from "./test-database";

const utf8 = (text: string) => new TextEncoder().encode(text);

freshDatabaseForSuite();

describe("ingestInWorker", () => {
  it("imports in a child process and reports each file, good and bad", async () => {
    const reply = await ingestInWorker(
      [
        { name: "ferry.txt", bytes: utf8("Ferry delayed\n\nThe ferry left 45 minutes late with 212 passengers on board, the operator said.") },
        { name: "empty.txt", bytes: new Uint8Array(0) },
      ],
      projectRoot,
    );
    expect(reply.error).toBeUndefined();
    expect(reply.outcomes.map((outcome) => [outcome.fileName, outcome.status])).toEqual([
      ["ferry.txt", "imported"],
      ["empty.txt", "error"],
    ]);
    // The parent sees what the child stored, grouped.
    expect(await getDb().document.count()).toBe(1);
    expect(await getDb().claim.count({ where: { notAClaim: false, groupId: null } })).toBe(0);
    expect(await getDb().claim.count()).toBe(reply.outcomes[0].claimCount);
  }, 60_000);
});
