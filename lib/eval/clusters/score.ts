// Pure scoring: gold references + what Collate stored → the four metrics, with
// the details behind each miss.
//
// Definitions (a gold singleton is a gold group of one; counts are pairs of
// distinct gold claims, each matched to its own extracted claim):
// - claim recall: matched gold claims / all gold claims (grouped and singletons).
// - pair recall: over every pair of gold claims in one gold group (unmatched
//   claims included, so a missed claim also loses its pairs), the share whose
//   two extracted claims sit in one Collate group.
// - pair precision: over every pair of matched gold claims that Collate put in
//   one group, the share that gold also puts in one group. Pairs across
//   clusters or sources are wrong by construction (gold groups never span
//   clusters). Per source, a pair counts when at least one of its claims
//   belongs to the source; overall counts each pair once.
// - verdict accuracy: over gold groups of two or more claims, the share whose
//   majority Collate group (the one holding most of its matched claims; ties go
//   to the lower group id) has a verdict of the right class: gold conflict ↔
//   rounding/discrepancy/contradiction/superseded (the figures differ, even when
//   a later figure explains it), gold consistent ↔ consistent/rounding.
//   A gold group with no matched claim counts as wrong.
import type { Verdict } from "../../comparison/types";
import { documentKey, matchDocument } from "./match";
import type {
  ClusterScore,
  EvalDocument,
  EvalGroup,
  GoldVerdictClass,
  MatchedClaim,
  MissedMerge,
  QuoteSearch,
  Ratio,
  ReferenceClaim,
  ReferenceGroup,
  ReferenceSet,
  SourceScore,
  UnmatchedClaim,
  VerdictResult,
  WrongMerge,
} from "./types";

const ACCEPTED_VERDICTS: Record<GoldVerdictClass, Verdict[]> = {
  conflict: ["rounding", "discrepancy", "contradiction", "superseded"],
  consistent: ["consistent", "rounding"],
};

export function verdictMatches(gold: GoldVerdictClass, verdict: Verdict | null): boolean {
  return verdict !== null && ACCEPTED_VERDICTS[gold].includes(verdict);
}

export function ratio(hit: number, total: number): Ratio {
  return { hit, total, value: total === 0 ? null : hit / total };
}

const pairsOf = (n: number) => (n * (n - 1)) / 2;

/** The gold group a claim belongs to; a singleton is a group of its own. */
function goldKeyOf(claim: ReferenceClaim): string {
  return claim.groupKey ?? claim.id;
}

function countBy<T>(items: T[], key: (item: T) => string | number): Map<string | number, T[]> {
  const buckets = new Map<string | number, T[]>();
  for (const item of items) {
    const k = key(item);
    const bucket = buckets.get(k);
    if (bucket) bucket.push(item);
    else buckets.set(k, [item]);
  }
  return buckets;
}

/** Matches every gold claim of every source against the stored documents and groups. */
export function matchAll(
  references: ReferenceSet[],
  documents: EvalDocument[],
  groups: EvalGroup[],
): { matched: MatchedClaim[]; unmatched: UnmatchedClaim[] } {
  const groupOfClaim = new Map<number, number>();
  const claimsByDocument = new Map<number, EvalGroup["claims"]>();
  for (const group of groups) {
    for (const claim of group.claims) {
      groupOfClaim.set(claim.id, group.id);
      const list = claimsByDocument.get(claim.documentId);
      if (list) list.push(claim);
      else claimsByDocument.set(claim.documentId, [claim]);
    }
  }
  const documentsByKey = new Map(documents.map((doc) => [documentKey(doc.source, doc.cluster, doc.file), doc]));
  const matched: MatchedClaim[] = [];
  const unmatched: UnmatchedClaim[] = [];
  for (const reference of references) {
    const byDocument = countBy(reference.claims, (claim) => documentKey(claim.source, claim.cluster, claim.file));
    for (const [key, goldClaims] of byDocument) {
      const doc = documentsByKey.get(key as string);
      if (!doc) {
        for (const claim of goldClaims) unmatched.push({ claim, reason: "document missing", extractedInQuote: [] });
        continue;
      }
      const claims = doc.documentId === null ? [] : (claimsByDocument.get(doc.documentId) ?? []);
      const result = matchDocument(goldClaims, doc, claims, (id) => groupOfClaim.get(id)!);
      matched.push(...result.matched);
      unmatched.push(...result.unmatched);
    }
  }
  return { matched, unmatched };
}

interface ScopeInput {
  label: string;
  inScope: (claim: ReferenceClaim) => boolean;
  claims: ReferenceClaim[];
  goldGroups: ReferenceGroup[];
  matched: MatchedClaim[];
  unmatched: UnmatchedClaim[];
  groupsById: Map<number, EvalGroup>;
}

function wrongMerges(input: ScopeInput, quantityOf: (goldKey: string) => string): { merges: WrongMerge[]; pairs: number; correct: number } {
  const merges: WrongMerge[] = [];
  let pairs = 0;
  let correct = 0;
  for (const [groupId, members] of countBy(input.matched, (m) => m.groupId)) {
    // Only pairs that touch this scope: all pairs minus those entirely outside it.
    const outside = members.filter((m) => !input.inScope(m.claim));
    const byGold = countBy(members, (m) => goldKeyOf(m.claim));
    const outsideByGold = countBy(outside, (m) => goldKeyOf(m.claim));
    const scopePairs = pairsOf(members.length) - pairsOf(outside.length);
    let scopeCorrect = 0;
    for (const [key, list] of byGold) scopeCorrect += pairsOf(list.length) - pairsOf(outsideByGold.get(key)?.length ?? 0);
    pairs += scopePairs;
    correct += scopeCorrect;
    if (scopePairs > scopeCorrect) {
      const group = input.groupsById.get(groupId as number)!;
      merges.push({
        groupId: group.id,
        label: group.label,
        verdict: group.verdict,
        members: [...byGold].map(([goldKey, list]) => ({
          goldKey: goldKey as string,
          quantity: quantityOf(goldKey as string),
          claims: list.map((m) => m.claim),
        })),
        wrongPairs: scopePairs - scopeCorrect,
      });
    }
  }
  return { merges, pairs, correct };
}

function verdictResult(group: ReferenceGroup, matchedHere: MatchedClaim[], groupsById: Map<number, EvalGroup>): VerdictResult {
  const counts = countBy(matchedHere, (m) => m.groupId);
  let best: number | null = null;
  let bestCount = 0;
  for (const [groupId, list] of counts) {
    const id = groupId as number;
    if (list.length > bestCount || (list.length === bestCount && best !== null && id < best)) {
      best = id;
      bestCount = list.length;
    }
  }
  const collate = best === null ? null : groupsById.get(best)!;
  return {
    group,
    majorityGroupId: collate?.id ?? null,
    majorityLabel: collate?.label ?? null,
    collateVerdict: collate?.verdict ?? null,
    correct: verdictMatches(group.verdict, collate?.verdict ?? null),
  };
}

function scoreScope(input: ScopeInput): SourceScore {
  const claims = input.claims.filter(input.inScope);
  const matchedHere = input.matched.filter((m) => input.inScope(m.claim));
  const goldGroups = input.goldGroups.filter((group) => claims.some((claim) => claim.groupKey === group.key));
  const quantityByKey = new Map(input.goldGroups.map((group) => [group.key, group.quantity]));
  const quantityOf = (goldKey: string) => quantityByKey.get(goldKey) ?? "(singleton)";

  // Pair recall and missed merges, per gold group.
  const matchedByGold = countBy(matchedHere, (m) => goldKeyOf(m.claim));
  const claimsByGold = countBy(claims, goldKeyOf);
  let goldPairs = 0;
  let keptPairs = 0;
  const missedMerges: MissedMerge[] = [];
  const verdicts: VerdictResult[] = [];
  for (const group of goldGroups) {
    const members = matchedByGold.get(group.key) ?? [];
    goldPairs += pairsOf(claimsByGold.get(group.key)?.length ?? 0);
    const parts = countBy(members, (m) => m.groupId);
    let kept = 0;
    for (const list of parts.values()) kept += pairsOf(list.length);
    keptPairs += kept;
    if (parts.size > 1) {
      missedMerges.push({
        group,
        parts: [...parts].map(([groupId, list]) => ({
          groupId: groupId as number,
          label: input.groupsById.get(groupId as number)!.label,
          claims: list.map((m) => m.claim),
        })),
        missedPairs: pairsOf(members.length) - kept,
      });
    }
    verdicts.push(verdictResult(group, members, input.groupsById));
  }

  const merges = wrongMerges(input, quantityOf);
  const quoteSearch: Record<QuoteSearch, number> = { exact: 0, whitespace: 0, loose: 0 };
  for (const m of matchedHere) quoteSearch[m.quoteSearch]++;

  return {
    source: input.label,
    metrics: {
      claimRecall: ratio(matchedHere.length, claims.length),
      pairRecall: ratio(keptPairs, goldPairs),
      pairPrecision: ratio(merges.correct, merges.pairs),
      verdictAccuracy: ratio(verdicts.filter((v) => v.correct).length, verdicts.length),
    },
    unmatched: input.unmatched.filter((u) => input.inScope(u.claim)),
    wrongMerges: merges.merges,
    missedMerges,
    verdicts,
    quoteSearch,
  };
}

/** What every scope is scored from: the gold, and how it matched one set of groups. */
function scoringBase(references: ReferenceSet[], documents: EvalDocument[], groups: EvalGroup[]) {
  const { matched, unmatched } = matchAll(references, documents, groups);
  return {
    claims: references.flatMap((reference) => reference.claims),
    goldGroups: references.flatMap((reference) => reference.groups),
    matched,
    unmatched,
    groupsById: new Map(groups.map((group) => [group.id, group])),
  };
}

/** Scores every source and all of them together against one database's groups. */
export function scoreClusters(references: ReferenceSet[], documents: EvalDocument[], groups: EvalGroup[]): ClusterScore {
  const base = scoringBase(references, documents, groups);
  return {
    sources: references.map((reference) =>
      scoreScope({ ...base, label: reference.source, inScope: (claim) => claim.source === reference.source }),
    ),
    overall: scoreScope({ ...base, label: "overall", inScope: () => true }),
  };
}

/** Scores the gold claims that `inScope` selects (for example one cluster) against one set of groups. */
export function scoreSubset(
  references: ReferenceSet[],
  documents: EvalDocument[],
  groups: EvalGroup[],
  label: string,
  inScope: (claim: ReferenceClaim) => boolean,
): SourceScore {
  return scoreScope({ ...scoringBase(references, documents, groups), label, inScope });
}
