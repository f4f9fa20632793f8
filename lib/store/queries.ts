import type { Verdict } from "../comparison/types";
import { getDb, type Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { ClaimKind } from "../extraction/types";
import { listEvents, type AuditEvent } from "./audit";
import {
  buildFilterOptions,
  compareGroups,
  documentMatchesSource,
  GROUPS_PAGE_SIZE,
  matchesQuery,
  searchTerms,
  sourceKey,
  sourceLabel,
  type GroupFilterOptions,
  type GroupFilters,
  type GroupSort,
  type GroupSortKey,
} from "./filter-groups";
import { toClaimFields, toDocumentRef, type DocumentRecord } from "./mappers";
import type { DocumentDetail, DocumentRef, GroupPage, GroupRow } from "./types";

// Moved to filter-groups (pure, shared with the client); re-exported for existing importers.
export { verdictOrder } from "./filter-groups";

/** Groups shown on `/`: those with at least one claim not ruled "not a claim". */
const HAS_CLAIMS = { claims: { some: { notAClaim: false } } } satisfies Prisma.GroupWhereInput;

type SourceDocument = Pick<DocumentRecord, "id" | "outlet" | "url" | "title">;

// Documents are few next to claims: the source filter and facet resolve keys against them in JS.
async function loadSourceDocuments(db: Db): Promise<Map<number, SourceDocument>> {
  const documents = await db.document.findMany({ select: { id: true, outlet: true, url: true, title: true } });
  return new Map(documents.map((document) => [document.id, document]));
}

/**
 * The filters SQL expresses: verdict and unit. The source filter is applied to the loaded
 * claims instead: a source can hold more documents than one statement may list.
 */
function groupWhere(filters: GroupFilters): Prisma.GroupWhereInput {
  const conditions: Prisma.GroupWhereInput[] = [HAS_CLAIMS];
  if (filters.verdict) conditions.push({ verdict: filters.verdict });
  if (filters.unit) conditions.push({ unit: filters.unit });
  return { AND: conditions };
}

/**
 * The matching groups in display order, as sort keys only. Verdict and unit filter in SQL;
 * the source filter and the free-text search run here over a narrow projection (the search
 * normalises text, NFKC and Unicode case, the way SQLite's ASCII-only LIKE cannot).
 */
async function orderedGroupKeys(filters: GroupFilters, sort: GroupSort | null, db: Db, documents: ReadonlyMap<number, SourceDocument>): Promise<GroupSortKey[]> {
  const where = groupWhere(filters);
  const source = filters.source;
  const fromSource = (documentId: number) => {
    const document = documents.get(documentId);
    return document !== undefined && source !== undefined && documentMatchesSource(document, source);
  };
  const searching = searchTerms(filters.q).length > 0;
  const [groups, claims] = await Promise.all([
    db.group.findMany({ where, select: { id: true, label: true, verdict: true, unit: true } }),
    db.claim.findMany({
      where: { notAClaim: false, group: where },
      select: { groupId: true, documentId: true, figure: searching, sentence: searching, attribution: searching, subject: searching },
    }),
  ]);
  const claimsByGroup = new Map<number, typeof claims>();
  for (const claim of claims) {
    const list = claimsByGroup.get(claim.groupId!);
    if (list) list.push(claim);
    else claimsByGroup.set(claim.groupId!, [claim]);
  }
  const keys: GroupSortKey[] = [];
  for (const group of groups) {
    const members = claimsByGroup.get(group.id) ?? [];
    if (members.length === 0) continue;
    if (source && !members.some((claim) => fromSource(claim.documentId))) continue;
    if (searching) {
      const searchable = {
        label: group.label,
        unit: group.unit,
        verdict: group.verdict,
        claims: members.map((claim) => ({
          figure: claim.figure ?? "",
          quote: claim.sentence ?? "",
          attribution: claim.attribution ?? null,
          subject: claim.subject ?? null,
          document: documents.get(claim.documentId) ?? { id: claim.documentId, outlet: null, url: null, title: "" },
        })),
      };
      if (!matchesQuery(searchable, filters.q)) continue;
    }
    keys.push({
      id: group.id,
      label: group.label,
      verdict: group.verdict as Verdict,
      claimCount: members.length,
      sourceCount: new Set(members.map((claim) => claim.documentId)).size,
    });
  }
  return keys.sort(compareGroups(sort));
}

function toGroupRow(group: Awaited<ReturnType<typeof findGroupRows>>[number]): GroupRow {
  return {
    id: group.id,
    label: group.label,
    kind: group.kind as ClaimKind,
    unit: group.unit,
    verdict: group.verdict as Verdict,
    spreadLow: group.spreadLow,
    spreadHigh: group.spreadHigh,
    resolution: group.resolution,
    manual: group.manual,
    version: group.version,
    independentSources: group.independentSources,
    claims: group.claims.map((claim) => ({ ...toClaimFields(claim), document: toDocumentRef(claim.document) })),
  };
}

function findGroupRows(ids: readonly number[], db: Db) {
  return db.group.findMany({
    where: { id: { in: [...ids] } },
    include: {
      claims: { where: { notAClaim: false }, include: { document: true }, orderBy: [{ documentId: "asc" }, { start: "asc" }] },
    },
  });
}

// Well under SQLite's 32,766 bound parameters per statement.
const ID_CHUNK = 5_000;

/** Full rows for these groups, in the order given. */
async function loadGroupRows(ids: readonly number[], db: Db): Promise<GroupRow[]> {
  const byId = new Map<number, GroupRow>();
  for (let start = 0; start < ids.length; start += ID_CHUNK) {
    for (const group of await findGroupRows(ids.slice(start, start + ID_CHUNK), db)) byId.set(group.id, toGroupRow(group));
  }
  return ids.map((id) => byId.get(id)).filter((group): group is GroupRow => group !== undefined);
}

/** Every group the filters match, with its claims, in the table's order (what exports write). */
export async function listFilteredGroups(filters: GroupFilters = {}, sort: GroupSort | null = null, db: Db = getDb()): Promise<GroupRow[]> {
  const keys = await orderedGroupKeys(filters, sort, db, await loadSourceDocuments(db));
  return loadGroupRows(
    keys.map((key) => key.id),
    db,
  );
}

/** Every group with its claims, conflicts first; each claim belongs to exactly one group. */
export async function listGroups(db: Db = getDb()): Promise<GroupRow[]> {
  return listFilteredGroups({}, null, db);
}

/** Facet values with group counts over every group, so the selects offer what exists beyond this page. */
async function groupFacets(db: Db, documents: ReadonlyMap<number, SourceDocument>): Promise<{ options: GroupFilterOptions; total: number }> {
  const [verdicts, units, pairs] = await Promise.all([
    db.group.groupBy({ by: ["verdict"], where: HAS_CLAIMS, _count: { _all: true } }),
    db.group.groupBy({ by: ["unit"], where: HAS_CLAIMS, _count: { _all: true } }),
    // One row per (group, document): enough to count groups per source without loading claims.
    db.claim.groupBy({ by: ["groupId", "documentId"], where: { notAClaim: false, groupId: { not: null } } }),
  ]);
  const groupsBySource = new Map<string, { label: string; groupIds: Set<number> }>();
  for (const { groupId, documentId } of pairs) {
    const document = documents.get(documentId);
    if (!document || groupId === null) continue;
    const key = sourceKey(document);
    const entry = groupsBySource.get(key) ?? { label: sourceLabel(document), groupIds: new Set<number>() };
    entry.groupIds.add(groupId);
    groupsBySource.set(key, entry);
  }
  const options = buildFilterOptions(
    new Map(verdicts.map((row) => [row.verdict, row._count._all])),
    new Map(units.map((row) => [row.unit, row._count._all])),
    new Map([...groupsBySource].map(([key, { label, groupIds }]) => [key, { label, count: groupIds.size }])),
  );
  return { options, total: verdicts.reduce((sum, row) => sum + row._count._all, 0) };
}

export interface GroupPageQuery {
  filters: GroupFilters;
  sort: GroupSort | null;
  /** 1-based; past the end shows the last page. Left out: the page holding `focusGroupId`, else 1. */
  page?: number;
  pageSize?: number;
  focusGroupId?: number | null;
}

/** One page of the comparison: the filtered, sorted groups of that page, and counts over all of them. */
export async function listGroupPage(query: GroupPageQuery, db: Db = getDb()): Promise<GroupPage> {
  const pageSize = Math.max(1, query.pageSize ?? GROUPS_PAGE_SIZE);
  const documents = await loadSourceDocuments(db);
  const keys = await orderedGroupKeys(query.filters, query.sort, db, documents);
  const { options, total } = await groupFacets(db, documents);
  const pageCount = Math.max(1, Math.ceil(keys.length / pageSize));
  let page = Math.min(Math.max(1, query.page ?? 1), pageCount);
  if (query.page === undefined && query.focusGroupId != null) {
    const index = keys.findIndex((key) => key.id === query.focusGroupId);
    if (index >= 0) page = Math.floor(index / pageSize) + 1;
  }
  const pageIds = keys.slice((page - 1) * pageSize, page * pageSize).map((key) => key.id);
  return {
    groups: await loadGroupRows(pageIds, db),
    matching: keys.length,
    total,
    page,
    pageCount,
    pageSize,
    options,
  };
}

/** A group's history with its current claims' events, newest first. */
export async function groupHistory(groupId: number, db: Db = getDb()): Promise<AuditEvent[]> {
  const claims = await db.claim.findMany({ where: { groupId }, select: { id: true } });
  const events = await listEvents({ groupIds: [groupId], claimIds: claims.map((claim) => claim.id) }, db);
  return events.reverse();
}

export const DOCUMENTS_PER_PAGE = 100;

export interface DocumentPage {
  documents: (DocumentRef & { claimCount: number; importedAt: string })[];
  total: number;
  page: number;
  pageCount: number;
}

/** One page of documents, oldest import first; a page past the end shows the last one. */
export async function listDocuments(requestedPage = 1, db: Db = getDb()): Promise<DocumentPage> {
  const total = await db.document.count();
  const pageCount = Math.max(1, Math.ceil(total / DOCUMENTS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const docs = await db.document.findMany({
    orderBy: { id: "asc" },
    skip: (page - 1) * DOCUMENTS_PER_PAGE,
    take: DOCUMENTS_PER_PAGE,
    select: { id: true, title: true, outlet: true, url: true, publishedAt: true, fileName: true, importedAt: true, _count: { select: { claims: true } } },
  });
  return {
    documents: docs.map((doc) => ({ ...toDocumentRef(doc), claimCount: doc._count.claims, importedAt: doc.importedAt.toISOString() })),
    total,
    page,
    pageCount,
  };
}

export async function getDocument(id: number): Promise<DocumentDetail | null> {
  const doc = await getDb().document.findUnique({
    where: { id },
    include: { claims: { include: { group: true }, orderBy: { start: "asc" } } },
  });
  if (!doc) return null;
  return {
    ...toDocumentRef(doc),
    text: doc.text,
    format: doc.format,
    importedAt: doc.importedAt.toISOString(),
    claims: doc.claims.map((claim) => ({
      ...toClaimFields(claim),
      groupId: claim.groupId,
      verdict: (claim.group?.verdict as Verdict | undefined) ?? null,
    })),
  };
}
