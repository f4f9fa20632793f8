import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputPaths } from "./files";
import { MAX_FILE_BYTES } from "./limits";

let root: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "collate-ingest-"));
  const write = (relative: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), content);
  };
  write("a.txt", "A\n\nText.");
  write("nested/deeper/b.md", "# B");
  write("nested/c.HTML", "<p>C</p>");
  write("nested/d.htm", "<p>D</p>");
  write("nested/e.markdown", "E");
  write("nested/notes.csv", "x,y");
  write(".hidden.txt", "hidden");
  write(".git/config.txt", "hidden folder");
  write("huge.txt", Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("readInputPaths", () => {
  it("expands folders recursively to supported, visible files", async () => {
    const { files, problems } = await readInputPaths([root]);
    expect(files.map((file) => path.relative(root, file.path)).sort()).toEqual(
      ["a.txt", "nested/c.HTML", "nested/d.htm", "nested/deeper/b.md", "nested/e.markdown"].sort(),
    );
    expect(new TextDecoder().decode(files.find((file) => file.name === "a.txt")?.bytes)).toBe("A\n\nText.");
    expect(problems).toHaveLength(1);
    expect(problems[0].error).toMatch(/limit is 5\.0 MB/);
  });

  it("tries a file named explicitly and reports missing paths", async () => {
    const { files, problems } = await readInputPaths([path.join(root, "nested/notes.csv"), path.join(root, "missing.txt")]);
    expect(files.map((file) => file.name)).toEqual(["notes.csv"]);
    expect(problems[0].error).toMatch(/cannot open/);
  });
});
