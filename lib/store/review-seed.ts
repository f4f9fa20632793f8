// Generates a large database to check that the review UI stays fluid (not a test):
//   DATABASE_URL=file:./data/big.db npx tsx lib/store/review-seed.ts 5000
// then `DATABASE_URL=file:./data/big.db npm start` and open / and /review.
import { migrateDatabase } from "../cli/setup";
import { getDb, type Db } from "../db/client";

const VERDICTS = ["contradiction", "discrepancy", "rounding", "consistent", "single"] as const;
const OUTLETS = ["Daily Ledger", "Harbour Times", null, "Wire Service", "Evening Post"];
const CLAIMS_PER_GROUP = 3;

/** `groupCount` groups of three claims from three of 200 documents, with varied verdicts and statuses. */
export async function seedLargeDatabase(groupCount: number, db: Db = getDb()): Promise<void> {
  const documentCount = 200;
  const sentence = (group: number, claim: number) => `Officials said ${100 + group + claim} people were affected in district ${group}.`;
  await db.document.createMany({
    data: Array.from({ length: documentCount }, (_, index) => ({
      title: `Generated report number ${index} about the district survey and its many figures`,
      outlet: OUTLETS[index % OUTLETS.length],
      url: index % 3 === 0 ? `https://news${index}.example/report` : null,
      fileName: `generated-${index}.txt`,
      format: "txt",
      contentHash: `generated-${index}-${Date.now()}`,
      text: "Generated text.",
    })),
  });
  const documents = await db.document.findMany({ select: { id: true }, orderBy: { id: "desc" }, take: documentCount });
  for (let start = 0; start < groupCount; start += 500) {
    await db.$transaction(async (tx) => {
      for (let group = start; group < Math.min(groupCount, start + 500); group++) {
        const created = await tx.group.create({
          data: { key: `generated:${group}:${Date.now()}`, label: `People affected in district ${group}`, kind: "count", unit: "people", verdict: VERDICTS[group % VERDICTS.length] },
        });
        await tx.claim.createMany({
          data: Array.from({ length: CLAIMS_PER_GROUP }, (_, claim) => ({
            documentId: documents[(group * CLAIMS_PER_GROUP + claim) % documentCount].id,
            start: group * 10 + claim,
            end: group * 10 + claim + 3,
            sentence: sentence(group, claim),
            figure: String(100 + group + claim),
            kind: "count",
            value: 100 + group + claim,
            low: 100 + group + claim,
            high: 100 + group + claim,
            qualifier: "exact",
            unit: "people",
            status: claim === 0 && group % 4 === 0 ? "verified" : "unreviewed",
            groupId: created.id,
            pinnedGroup: true,
          })),
        });
      }
    });
  }
}

if (process.argv[1]?.endsWith("review-seed.ts")) {
  const count = Number(process.argv[2] ?? 5000);
  migrateDatabase();
  seedLargeDatabase(count).then(
    () => process.stderr.write(`Seeded ${count} groups.\n`),
    (error) => {
      process.stderr.write(`${error}\n`);
      process.exit(1);
    },
  );
}
