import type { Db } from "../db/client";
import { groupClaims, judge } from "../comparison";
import type { ComparableClaim } from "../comparison/types";
import type { ClaimKind, Qualifier } from "../extraction/types";

type StoredClaim = Awaited<ReturnType<typeof loadClaims>>[number];

function loadClaims(db: Db) {
  return db.claim.findMany({
    where: { notAClaim: false },
    include: { document: { select: { outlet: true, title: true, storyId: true } } },
    orderBy: { id: "asc" },
  });
}

function toComparable(claim: StoredClaim): ComparableClaim {
  return {
    id: claim.id,
    documentId: claim.documentId,
    source: claim.document.outlet ?? claim.document.title,
    storyId: claim.document.storyId,
    start: claim.start,
    end: claim.end,
    figure: claim.figure,
    sentence: claim.sentence,
    sentenceStart: claim.sentenceStart,
    kind: claim.kind as ClaimKind,
    value: claim.value ?? 0,
    low: claim.low,
    high: claim.high,
    qualifier: claim.qualifier as Qualifier,
    unit: claim.unit,
    subject: claim.subject,
    attribution: claim.attribution,
    precision: claim.precision,
    change: claim.change === "up" || claim.change === "down" ? claim.change : null,
  };
}

/**
 * Recomputes the grouping of every claim and stores it in one transaction.
 * Claims an analyst placed by hand (pinnedGroup) stay where they are; group rows
 * are matched by their stable key, so a group's resolution survives re-grouping.
 */
export async function regroupAll(db: Db): Promise<{ groups: number; claims: number }> {
  const claims = await loadClaims(db);
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const automatic = groupClaims(claims.filter((claim) => !claim.pinnedGroup).map(toComparable));

  await db.$transaction(async (tx) => {
    await tx.claim.updateMany({ where: { notAClaim: true }, data: { groupId: null, pinnedGroup: false } });
    const keptGroupIds: number[] = [];
    for (const result of automatic) {
      const fields = {
        label: result.label,
        kind: result.kind,
        unit: result.unit,
        verdict: result.verdict,
        spreadLow: result.spreadLow,
        spreadHigh: result.spreadHigh,
      };
      const group = await tx.group.upsert({
        where: { key: result.key },
        create: { key: result.key, ...fields },
        update: fields,
      });
      keptGroupIds.push(group.id);
      await tx.claim.updateMany({ where: { id: { in: result.claimIds } }, data: { groupId: group.id } });
    }

    // Groups an analyst shaped keep their claims; their verdict follows their members.
    const manualGroups = await tx.group.findMany({ where: { manual: true }, include: { claims: true } });
    for (const group of manualGroups) {
      keptGroupIds.push(group.id);
      if (group.claims.length === 0) continue;
      const members = group.claims.map((claim) => toComparable({ ...byId.get(claim.id)!, ...claim }));
      const { verdict, spreadLow, spreadHigh } = judge(members);
      await tx.group.update({ where: { id: group.id }, data: { verdict, spreadLow, spreadHigh } });
    }

    await tx.group.deleteMany({ where: { id: { notIn: keptGroupIds } } });
  });

  return { groups: automatic.length, claims: claims.length };
}
