// The cleaning must keep every figure the reference cites and drop the chrome
// around it, on the seed samples and on the development clusters.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { prepared } from "./test-helpers";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const samplesDir = path.join(repoRoot, "samples");
const clustersDir = path.join(repoRoot, "../shared/corpus/dev-clusters");

interface GoldClaim {
  file: string;
  quote: string;
}

function cleanedText(dir: string, file: string): string {
  return prepared(file, new Uint8Array(fs.readFileSync(path.join(dir, file)))).text;
}

describe("seed samples", () => {
  const gold = JSON.parse(fs.readFileSync(path.join(samplesDir, "seeds-gold.json"), "utf8")) as {
    groups: { claims: GoldClaim[] }[];
    singletons: GoldClaim[];
    not_claims: { file: string; text: string }[];
  };
  const cache = new Map<string, string>();
  const textOf = (file: string) => cache.get(file) ?? cache.set(file, cleanedText(samplesDir, file)).get(file)!;

  it("keeps every gold quote verbatim", () => {
    const quotes = [...gold.groups.flatMap((group) => group.claims), ...gold.singletons];
    expect(quotes.length).toBeGreaterThan(10);
    const missing = quotes.filter((claim) => !textOf(claim.file).includes(claim.quote));
    expect(missing).toEqual([]);
  });

  it("drops the subscription pitch of 004", () => {
    for (const text of ["three articles of your choice each month", "tens of thousands of articles"]) {
      expect(gold.not_claims.some((claim) => claim.text === text)).toBe(true);
      expect(textOf("004_84cb13d0e573ba17.txt")).not.toContain(text);
    }
    expect(textOf("004_84cb13d0e573ba17.txt")).not.toMatch(/subscri|Keep reading/i);
  });

  it("drops comment prompts, post navigation, teasers and widgets", () => {
    const all = fs
      .readdirSync(samplesDir)
      .filter((file) => file.endsWith(".txt"))
      .map((file) => textOf(file))
      .join("\n");
    for (const chrome of [
      "Leave a Reply",
      "Your email address will not be published",
      "Post a Comment",
      "Previous Post Next Post",
      "Google Tech News",
      "Also read:",
      "See also",
      "Rate it",
      "Add comment",
      "Leave a comment",
      "Сообщите об орфографической ошибке",
      "Выделенный текст слишком длинный",
    ]) {
      expect(all).not.toContain(chrome);
    }
  });

  it("keeps the title once and the article's last paragraph", () => {
    const text = textOf("001_5025d92cc29e94da.txt");
    expect(text.match(/Who will stand up to defend Central Asia against the Taliban\?/g)).toHaveLength(1);
    expect(text.endsWith("not Turkey, not China, and even less the United States.")).toBe(true);
    const inforos = prepared("002.txt", fs.readFileSync(path.join(samplesDir, "002_03711a2154ad3567.txt")));
    expect(inforos).toMatchObject({ title: "Russia won't leave its allies in Central Asia out in the cold", outlet: "News agency Inforos" });
    expect(inforos.text.startsWith("Russia won't leave its allies in Central Asia out in the cold\n\nMoscow is ready")).toBe(true);
  });

  it("keeps the photo credit and the article text in order", () => {
    const text = textOf("004_84cb13d0e573ba17.txt");
    const caption = text.indexOf("(AP photo by Didor Sadulloev)");
    const lastParagraph = text.indexOf("seeking assurances that Taliban fighters will neither target");
    expect(caption).toBeGreaterThan(0);
    expect(lastParagraph).toBeGreaterThan(caption);
    expect(text.endsWith("nor their interests in Afghanistan.")).toBe(true);
  });
});

describe.skipIf(!fs.existsSync(clustersDir))("development clusters", () => {
  it("keeps every line of these already-clean articles and every gold quote", () => {
    const gold = JSON.parse(fs.readFileSync(path.join(clustersDir, "gold.json"), "utf8")) as {
      cluster: string;
      conflicts: { claims: GoldClaim[] }[];
      singletons?: GoldClaim[];
    }[];
    for (const cluster of gold) {
      const dir = path.join(clustersDir, cluster.cluster);
      const texts = new Map(fs.readdirSync(dir).map((file) => [file, cleanedText(dir, file)]));
      for (const [file, text] of texts) {
        const lines = fs.readFileSync(path.join(dir, file), "utf8").split("\n").map((line) => line.trim());
        expect(lines.filter((line) => line && !text.includes(line)), `${cluster.cluster}/${file}`).toEqual([]);
      }
      const quotes = [...cluster.conflicts.flatMap((conflict) => conflict.claims), ...(cluster.singletons ?? [])];
      const missing = quotes.filter((claim) => !texts.get(claim.file)?.includes(claim.quote));
      expect(missing, cluster.cluster).toEqual([]);
    }
  });
});
