import type { Db, Tx } from "../db/client";
import { groupClaims, judge, origins } from "../comparison";
import type { ComparableClaim } from "../comparison/types";
import type { ClaimKind, Qualifier } from "../extraction/types";
import { detectStories, type StoryDocument } from "../stories";

type StoredClaim = Awaited<ReturnType<typeof loadClaims>>[number];

const withDocument = { document: { select: { outlet: true, title: true, storyId: true, publishedAt: true } } } as const;

function loadClaims(db: Db | Tx, where: { groupId?: number } = {}) {
  return db.claim.findMany({ where: { ...where, notAClaim: false }, include: withDocument, orderBy: { id: "asc" } });
}

function loadDocuments(db: Db) {
  return db.document.findMany({
    select: { id: true, title: true, text: true, publishedAt: true, storyId: true, storyPinned: true, story: { select: { key: true, manual: true } } },
    orderBy: { id: "asc" },
  });
}

interface StoryPlan {
  /** Story key of every document (null: an analyst took it out of every story). */
  keyOfDocument: Map<number, string | null>;
  stories: { key: string; label: string; documentIds: number[] }[];
}

/**
 * Stories for every document: analyst placements (pinned documents, documents
 * of manual stories) are kept; everything else is detected afresh.
 */
function planStories(documents: Awaited<ReturnType<typeof loadDocuments>>): StoryPlan {
  const input: StoryDocument[] = [];
  const keyOfDocument = new Map<number, string | null>();
  for (const doc of documents) {
    const placed = doc.storyPinned || doc.story?.manual === true;
    if (placed && !doc.story) {
      keyOfDocument.set(doc.id, null);
      continue;
    }
    input.push({ id: doc.id, title: doc.title, text: doc.text, publishedAt: doc.publishedAt, pinnedStoryKey: placed ? doc.story!.key : null });
  }
  const stories = detectStories(input);
  for (const story of stories) for (const id of story.documentIds) keyOfDocument.set(id, story.key);
  return { keyOfDocument, stories };
}

function toComparable(claim: StoredClaim, storyKey?: string | null): ComparableClaim {
  return {
    id: claim.id,
    documentId: claim.documentId,
    source: claim.document.outlet ?? claim.document.title,
    // Documents outside every story are compared with their own claims only.
    storyId: storyKey === undefined ? claim.document.storyId : (storyKey ?? `document:${claim.documentId}`),
    publishedAt: claim.document.publishedAt ? claim.document.publishedAt.toISOString() : null,
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
    concept: claim.concept,
    attribution: claim.attribution,
    asOf: claim.asOf,
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
  const documents = await loadDocuments(db);
  const plan = planStories(documents);
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const automatic = groupClaims(
    claims.filter((claim) => !claim.pinnedGroup).map((claim) => toComparable(claim, plan.keyOfDocument.get(claim.documentId))),
  );

  await db.$transaction(async (tx) => {
    // Stories first: upsert by key (an analyst's label on a manual story stays), then place documents.
    const storyIds = new Map<string, number>();
    for (const story of plan.stories) {
      const existing = await tx.story.findUnique({ where: { key: story.key } });
      const row = existing
        ? existing.manual || existing.label === story.label
          ? existing
          : await tx.story.update({ where: { id: existing.id }, data: { label: story.label } })
        : await tx.story.create({ data: { key: story.key, label: story.label } });
      storyIds.set(story.key, row.id);
    }
    const currentStory = new Map(documents.map((doc) => [doc.id, doc.storyId]));
    const moves = new Map<number, number[]>();
    for (const [documentId, key] of plan.keyOfDocument) {
      if (key === null) continue;
      const storyId = storyIds.get(key)!;
      if (currentStory.get(documentId) === storyId) continue;
      moves.set(storyId, [...(moves.get(storyId) ?? []), documentId]);
    }
    for (const [storyId, ids] of moves) await tx.document.updateMany({ where: { id: { in: ids } }, data: { storyId } });
    await tx.story.deleteMany({ where: { manual: false, documents: { none: {} } } });

    await tx.claim.updateMany({ where: { notAClaim: true }, data: { groupId: null, pinnedGroup: false } });
    // Conversions are recomputed with the groups (rates come from the story's texts): clear, then set.
    await tx.claim.updateMany({ where: { OR: [{ convertedValue: { not: null } }, { conversionRate: { not: null } }] }, data: { convertedValue: null, conversionRate: null } });
    const keptGroupIds: number[] = [];
    for (const result of automatic) {
      const members = result.claimIds.map((id) => byId.get(id)!);
      const judged = members.some((claim) => claim.status === "rejected")
        ? judgeCounted(members.map((claim) => toComparable(claim)), members, result.unit)
        : result;
      const fields = {
        label: result.label,
        kind: result.kind,
        unit: result.unit,
        verdict: judged.verdict,
        spreadLow: judged.spreadLow,
        spreadHigh: judged.spreadHigh,
        independentSources: result.independentSources,
      };
      const group = await tx.group.upsert({
        where: { key: result.key },
        create: { key: result.key, ...fields },
        update: fields,
      });
      keptGroupIds.push(group.id);
      await tx.claim.updateMany({ where: { id: { in: result.claimIds } }, data: { groupId: group.id } });
      // Copies (wire copy, same-document restatements) point at their origin; originals at themselves.
      const byOrigin = new Map<number, number[]>();
      result.claimIds.forEach((id, i) => byOrigin.set(result.originClaimIds[i], [...(byOrigin.get(result.originClaimIds[i]) ?? []), id]));
      for (const [origin, ids] of byOrigin) await tx.claim.updateMany({ where: { id: { in: ids } }, data: { originClaimId: origin } });
      for (const { claimId, rate } of result.conversions ?? []) {
        const value = byId.get(claimId)?.value;
        if (value === null || value === undefined) continue;
        await tx.claim.update({ where: { id: claimId }, data: { convertedValue: value * rate, conversionRate: rate } });
      }
    }

    // Groups an analyst shaped keep their claims; their verdict follows their members.
    const manualGroups = await tx.group.findMany({ where: { manual: true }, select: { id: true } });
    for (const group of manualGroups) {
      keptGroupIds.push(group.id);
      await refreshGroupFromMembers(tx, group.id);
    }

    await tx.group.deleteMany({ where: { id: { notIn: keptGroupIds } } });
  });

  return { groups: automatic.length, claims: claims.length };
}

/**
 * The verdict and spread of the figures an analyst has not rejected: a rejected
 * figure stays in its group (it is what the text says) but no longer widens the
 * spread or makes a conflict. With every figure rejected, nothing is left to compare.
 */
function judgeCounted(members: ComparableClaim[], stored: Pick<StoredClaim, "id" | "status">[], unit?: string) {
  const rejected = new Set(stored.filter((claim) => claim.status === "rejected").map((claim) => claim.id));
  return judge(members.filter((claim) => !rejected.has(claim.id)), unit);
}

/**
 * Recomputes what a group's members say together (verdict, spread, independent
 * sources) after its membership changed. Returns false when it has no members.
 */
export async function refreshGroupFromMembers(tx: Tx, groupId: number, extra: { version?: { increment: number } } = {}): Promise<boolean> {
  const stored = await loadClaims(tx, { groupId });
  const members = stored.map((claim) => toComparable(claim));
  if (members.length === 0) return false;
  const { verdict, spreadLow, spreadHigh } = judgeCounted(members, stored);
  const { originOf, independentSources } = origins(members);
  await tx.group.update({ where: { id: groupId }, data: { verdict, spreadLow, spreadHigh, independentSources, ...extra } });
  for (const member of members) await tx.claim.update({ where: { id: member.id }, data: { originClaimId: originOf.get(member.id) } });
  return true;
}
