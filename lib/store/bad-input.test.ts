// Bad input gets a clear message and loses nothing: one bad file never spoils a batch.
import { describe, expect, it } from "vitest";
import { getDb } from "../db/client";
import { MAX_CLAIMS_PER_DOCUMENT, MAX_FILE_BYTES } from "../ingest";
import { ingestFiles } from "./ingest";
import { freshDatabaseForSuite } from "./test-database";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** A reading log: one line per meter, each with its own figure. */
const figureDenseLog = (lines: number) =>
  `Meter readings\n\n${Array.from({ length: lines }, (_, i) => `Meter ${i} read ${1000 + i} units.`).join("\n")}`;
const goodArticle = "Storm hits coast\n\nAt least 12 people were hurt when the storm hit, police said on Monday.";

freshDatabaseForSuite();

describe("a batch with bad files", () => {
  it("imports the good files and reports each bad one with a reason", async () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const huge = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
    const outcomes = await ingestFiles([
      { name: "good.txt", bytes: utf8(goodArticle) },
      { name: "empty.txt", bytes: new Uint8Array(0) },
      { name: "blank.md", bytes: utf8("  \n\n \t\n") },
      { name: "random.txt", bytes: binary },
      { name: "scan.pdf", bytes: utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj") },
      { name: "paste.txt", bytes: huge },
      { name: "broken.html", bytes: utf8("<html><head><title>Flood</title><body><p>Water rose 3 metres in <b>two days") },
      { name: "russian.txt", bytes: utf8("Наводнение\n\nПо данным МЧС, эвакуированы 1200 человек.") },
      { name: "nav-only.html", bytes: utf8("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>") },
      { name: "meter-log.txt", bytes: utf8(figureDenseLog(MAX_CLAIMS_PER_DOCUMENT + 1)) },
    ]);
    const byName = Object.fromEntries(outcomes.map((outcome) => [outcome.fileName, outcome]));

    expect(byName["good.txt"].status).toBe("imported");
    expect(byName["good.txt"].claimCount).toBeGreaterThan(0);
    expect(byName["broken.html"].status).toBe("imported");
    expect(byName["russian.txt"].status).toBe("imported");
    for (const bad of ["empty.txt", "blank.md", "random.txt", "scan.pdf", "paste.txt", "nav-only.html", "meter-log.txt"]) {
      expect(byName[bad].status, bad).toBe("error");
      expect(byName[bad].message, bad).toMatch(/\w{4,}.*\w{4,}/);
    }
    expect(byName["empty.txt"].message).toMatch(/empty/i);
    expect(byName["paste.txt"].message).toMatch(/MB/);
    expect(byName["scan.pdf"].message).toMatch(/PDF/i);
    expect(byName["meter-log.txt"].message).toMatch(/figures, more than the 3,000/);
    expect(await getDb().document.count()).toBe(3);
  });

  it("reports a re-import as a duplicate and leaves the analyst's review alone", async () => {
    const claim = await getDb().claim.findFirstOrThrow({ where: { document: { fileName: "good.txt" } } });
    await getDb().claim.update({ where: { id: claim.id }, data: { status: "verified", note: "checked with police" } });

    const [again] = await ingestFiles([{ name: "good-copy.txt", bytes: utf8(`${goodArticle}\n\n`) }]);
    expect(again.status).toBe("duplicate");
    expect(again.message).toMatch(/same content as document/);

    const after = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after).toMatchObject({ status: "verified", note: "checked with police", groupId: claim.groupId });
    expect(await getDb().document.count()).toBe(3);
    expect(await getDb().claim.count({ where: { document: { fileName: "good.txt" } } })).toBeGreaterThan(0);
  });
});
