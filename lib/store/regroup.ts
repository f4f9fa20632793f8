// Re-grouping: story detection over the documents, then the grouping of each
// story that needs it, stored story by story in short transactions.
import { withBusyRetry } from "../db/busy";
import { chunks, MAX_BOUND_VALUES } from "../db/chunks";
import type { Db, Tx } from "../db/client";
import { groupClaims, origins } from "../comparison";
import { detectStories, type StoryDocument } from "../stories";
import { judgeCounted, loadClaims, toComparable } from "./comparable";
import { writeGroups } from "./group-writes";

function loadDocuments(db: Db) {
  return db.document.findMany({
    select: { id: true, title: true, text: true, publishedAt: true, storyId: true, storyPinned: true, groupedAt: true, story: { select: { key: true, manual: true } } },
    orderBy: { id: "asc" },
  });
}

type StoredDocument = Awaited<ReturnType<typeof loadDocuments>>[number];

interface StoryPlan {
  /** Story key of every document (null: an analyst took it out of every story). */
  keyOfDocument: Map<number, string | null>;
  stories: { key: string; label: string; documentIds: number[] }[];
}

/**
 * Stories for every document: analyst placements (pinned documents, documents
 * of manual stories) are kept; everything else is detected afresh.
 */
function planStories(documents: StoredDocument[]): StoryPlan {
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

/** Documents per transaction: whole stories, so a save waiting behind one never waits long. */
const DOCUMENTS_PER_TRANSACTION = 100;

/** Called after each run of stories is stored. */
export type RegroupProgress = (storiesDone: number, storiesTotal: number) => void;

export interface RegroupResult {
  /** Stories whose figures were grouped again. */
  stories: number;
  groups: number;
  claims: number;
}

/** Re-groups every story (the `collate regroup` command; after a model change). */
export function regroupAll(db: Db, onProgress?: RegroupProgress): Promise<RegroupResult> {
  return regroup(db, true, onProgress);
}

/**
 * Re-groups the stories that need it: those holding a document never grouped
 * (new, or cut off by a crash), and those that gained or lost a document.
 * Each story groups by its own texts only, so the others would come out the same.
 */
export function regroupOwed(db: Db, onProgress?: RegroupProgress): Promise<RegroupResult> {
  return regroup(db, false, onProgress);
}

/** True when some document still owes a grouping (a new import, or one a crash interrupted). */
export async function needsRegroup(db: Db): Promise<boolean> {
  const owed = await db.document.findFirst({ where: { groupedAt: null }, select: { id: true } });
  if (owed) return true;
  return (await db.claim.findFirst({ where: { groupId: null, notAClaim: false }, select: { id: true } })) !== null;
}

/**
 * Story detection reads every document; grouping reads only the stories to
 * redo, a run of whole stories at a time, and writes each run in one
 * transaction that also marks its documents grouped. A crash part-way leaves
 * the rest owed, and the next import or start finishes them. Claims an analyst
 * placed by hand (pinnedGroup) stay where they are; group rows are matched by
 * their stable key, so a group's resolution survives re-grouping.
 */
async function regroup(db: Db, everything: boolean, onProgress?: RegroupProgress): Promise<RegroupResult> {
  const documents = await loadDocuments(db);
  const plan = planStories(documents);
  // Every transaction below is whole or nothing, so one that met another writer is simply run again.
  const moved = await withBusyRetry(() => db.$transaction((tx) => placeDocuments(tx, plan, documents)));
  await withBusyRetry(() => db.claim.updateMany({ where: { notAClaim: true, NOT: { groupId: null } }, data: { groupId: null, pinnedGroup: false } }));

  const keyOf = (documentId: number) => plan.keyOfDocument.get(documentId) ?? `document:${documentId}`;
  const owed = everything ? null : await owedStories(db, documents, moved, keyOf);
  const documentsOfStory = new Map<string, number[]>();
  for (const doc of documents) {
    const key = keyOf(doc.id);
    if (owed && !owed.has(key)) continue;
    const ids = documentsOfStory.get(key);
    if (ids) ids.push(doc.id);
    else documentsOfStory.set(key, [doc.id]);
  }

  const result: RegroupResult = { stories: documentsOfStory.size, groups: 0, claims: 0 };
  let storiesDone = 0;
  for (const { documentIds, stories } of storyRuns(documentsOfStory)) {
    const claims = (await Promise.all([...chunks(documentIds, MAX_BOUND_VALUES)].map((ids) => loadClaims(db, { documentId: { in: ids } })))).flat();
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    const automatic = groupClaims(claims.filter((claim) => !claim.pinnedGroup).map((claim) => toComparable(claim, plan.keyOfDocument.get(claim.documentId))));
    const previousGroups = [...new Set(claims.flatMap((claim) => (claim.groupId === null ? [] : [claim.groupId])))];
    await withBusyRetry(() => db.$transaction(async (tx) => {
      await writeGroups(tx, automatic, byId);
      // Groups an analyst shaped keep their claims; their verdict follows their members.
      for (const ids of chunks(previousGroups, MAX_BOUND_VALUES)) {
        const manual = await tx.group.findMany({ where: { id: { in: ids }, manual: true }, select: { id: true } });
        for (const group of manual) await refreshGroupFromMembers(tx, group.id);
        await tx.group.deleteMany({ where: { id: { in: ids }, manual: false, claims: { none: {} } } });
      }
      const groupedAt = new Date();
      for (const ids of chunks(documentIds, MAX_BOUND_VALUES)) await tx.document.updateMany({ where: { id: { in: ids } }, data: { groupedAt } });
    }));
    result.groups += automatic.length;
    result.claims += claims.length;
    storiesDone += stories;
    onProgress?.(storiesDone, result.stories);
  }
  return result;
}

/** Story keys to redo: stories with a document never grouped or a claim in no group, and stories a document left or joined. */
async function owedStories(db: Db, documents: StoredDocument[], moved: Set<number>, keyOf: (documentId: number) => string): Promise<Set<string>> {
  const owed = new Set<string>();
  const leftStories = new Set(documents.filter((doc) => moved.has(doc.id) && doc.storyId !== null).map((doc) => doc.storyId));
  for (const doc of documents) {
    if (doc.groupedAt === null || moved.has(doc.id) || (doc.storyId !== null && leftStories.has(doc.storyId))) owed.add(keyOf(doc.id));
  }
  const stray = await db.claim.findMany({ where: { groupId: null, notAClaim: false }, select: { documentId: true }, distinct: ["documentId"] });
  for (const { documentId } of stray) owed.add(keyOf(documentId));
  return owed;
}

/** Whole stories in runs of about DOCUMENTS_PER_TRANSACTION documents (a larger story is a run of its own). */
function* storyRuns(documentsOfStory: Map<string, number[]>): Generator<{ documentIds: number[]; stories: number }> {
  let run = { documentIds: [] as number[], stories: 0 };
  for (const ids of documentsOfStory.values()) {
    if (run.stories > 0 && run.documentIds.length + ids.length > DOCUMENTS_PER_TRANSACTION) {
      yield run;
      run = { documentIds: [], stories: 0 };
    }
    run.documentIds.push(...ids);
    run.stories++;
  }
  if (run.stories > 0) yield run;
}

/**
 * Stories upserted by key (an analyst's label on a manual story stays), then
 * documents placed in them. Returns the documents that changed story.
 */
async function placeDocuments(tx: Tx, plan: StoryPlan, documents: StoredDocument[]): Promise<Set<number>> {
  const storyIds = new Map<string, number>();
  const existing = new Map<string, { label: string; manual: boolean }>();
  for (const keys of chunks(plan.stories.map((story) => story.key), MAX_BOUND_VALUES)) {
    for (const row of await tx.story.findMany({ where: { key: { in: keys } }, select: { id: true, key: true, label: true, manual: true } })) {
      storyIds.set(row.key, row.id);
      existing.set(row.key, row);
    }
  }
  for (const story of plan.stories) {
    const row = existing.get(story.key);
    if (!row) storyIds.set(story.key, (await tx.story.create({ data: { key: story.key, label: story.label } })).id);
    else if (!row.manual && row.label !== story.label) await tx.story.update({ where: { key: story.key }, data: { label: story.label } });
  }
  const currentStory = new Map(documents.map((doc) => [doc.id, doc.storyId]));
  const moves = new Map<number, number[]>();
  for (const [documentId, key] of plan.keyOfDocument) {
    if (key === null) continue;
    const storyId = storyIds.get(key)!;
    if (currentStory.get(documentId) === storyId) continue;
    const ids = moves.get(storyId);
    if (ids) ids.push(documentId);
    else moves.set(storyId, [documentId]);
  }
  for (const [storyId, ids] of moves) {
    for (const chunk of chunks(ids, MAX_BOUND_VALUES)) await tx.document.updateMany({ where: { id: { in: chunk } }, data: { storyId } });
  }
  await tx.story.deleteMany({ where: { manual: false, documents: { none: {} } } });
  return new Set([...moves.values()].flat());
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
