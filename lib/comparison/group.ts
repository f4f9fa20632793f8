import type { ClaimGroupResult, ComparableClaim } from "./types";
import { extractFeatures, storyKeyOf, type ClaimFeatures, type PreviousSentenceLookup } from "./features";
import { labelFor } from "./label";
import { ADJACENT_GAP, cannotLink, namesConflict, placeConflict, sameValue, similarNames, type Idf } from "./similarity";
import { pairFeatures, type PairFeatures } from "./pair-features";
import { assertCompatible, defaultGroupingModel, sameQuantityProbability, type GroupingModel } from "./model";
import { contrastedPlaces, placeKey } from "./place";
import { dominantUnit, judge } from "./verdict";
import { convertCurrencies, restatementKey } from "./currency";
import { origins } from "./origin";
import { withSupersession } from "./time";

/** Blocks up to this size are compared pair by pair; larger ones through an inverted index. */
const ALL_PAIRS_LIMIT = 150;
/** Lemmas per claim used to find candidates in large blocks. */
const INDEX_TERMS = 8;
/** A lemma shared by more claims than this is too common to find candidates with. */
const MAX_POSTING = 400;

/** The sentence just before a claim's sentence, when another claim of that document quotes it. */
function previousSentenceLookup(claims: ComparableClaim[]): PreviousSentenceLookup {
  const endings = new Map<string, string>(); // "documentId:endOffset" → sentence
  for (const c of claims) endings.set(`${c.documentId}:${c.sentenceStart + c.sentence.length}`, c.sentence);
  return (claim) => {
    for (let gap = 0; gap <= ADJACENT_GAP; gap++) {
      const found = endings.get(`${claim.documentId}:${claim.sentenceStart - gap}`);
      if (found !== undefined && found !== claim.sentence) return found;
    }
    return null;
  };
}

/**
 * Inverse document frequency of a lemma among the distinct sentences (contexts)
 * of one story's claims: a name every report of the story repeats ("Hiller",
 * "Kraft") tells none of its figures from another. Only the story's own texts
 * count, so a story groups the same whatever else the database holds: an import
 * regroups just the stories it touches.
 */
export function buildIdf(features: ClaimFeatures[]): Idf {
  // One context per sentence, however many figures the sentence holds.
  const sentences = new Map<string, { story: string; lemmas: Set<string> }>();
  for (const f of features) {
    const key = `${f.claim.documentId}:${f.claim.sentenceStart}`;
    const entry = sentences.get(key) ?? { story: storyKeyOf(f), lemmas: new Set<string>() };
    for (const lemma of f.context.keys()) entry.lemmas.add(lemma);
    sentences.set(key, entry);
  }
  const storyDf = new Map<string, number>();
  const storySentences = new Map<string, number>();
  for (const { story, lemmas } of sentences.values()) {
    storySentences.set(story, (storySentences.get(story) ?? 0) + 1);
    for (const lemma of lemmas) storyDf.set(`${story}|${lemma}`, (storyDf.get(`${story}|${lemma}`) ?? 0) + 1);
  }
  return (lemma, story) => {
    const m = storySentences.get(story) ?? 0;
    return Math.log((m + 1) / ((storyDf.get(`${story}|${lemma}`) ?? 0) + 1)) + 1;
  };
}

/** Candidate pairs inside one block: all of them if small, else those sharing an informative lemma. */
function candidatePairs(block: number[], features: ClaimFeatures[], idf: Idf): [number, number][] {
  const pairs: [number, number][] = [];
  if (block.length <= ALL_PAIRS_LIMIT) {
    for (let x = 0; x < block.length; x++) for (let y = x + 1; y < block.length; y++) pairs.push([block[x], block[y]]);
    return pairs;
  }
  const postings = new Map<string, number[]>();
  // A block never spans stories (its key holds the story).
  const story = storyKeyOf(features[block[0]]);
  for (const i of block) {
    const f = features[i];
    const terms = [...f.context]
      .sort((a, b) => b[1] * idf(b[0], story) - a[1] * idf(a[0], story) || a[0].localeCompare(b[0]))
      .slice(0, INDEX_TERMS)
      .map(([lemma]) => lemma);
    for (const term of new Set([...terms, ...[...f.heads].map((h) => `head:${h}`)])) {
      const list = postings.get(term) ?? [];
      list.push(i);
      postings.set(term, list);
    }
  }
  const seen = new Set<string>();
  for (const list of postings.values()) {
    if (list.length > MAX_POSTING) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = `${list[x]},${list[y]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([list[x], list[y]]);
      }
    }
  }
  return pairs;
}

/** Claims ready to compare: sorted by id, currencies restated, features and word rarities computed. */
export interface PreparedClaims {
  features: ClaimFeatures[];
  idf: Idf;
  /** Claim-id pairs that restate one sum in two currencies ("€2m (£1.7m)"). */
  restatements: Set<string>;
}

export function prepareClaims(claims: ComparableClaim[]): PreparedClaims {
  // Sorting first makes the result independent of input order.
  const restatements = new Set<string>();
  const sorted = convertCurrencies([...claims].sort((a, b) => a.id - b.id), restatements);
  const previous = previousSentenceLookup(sorted);
  const features = sorted.map((c) => extractFeatures(c, previous));
  const idf = buildIdf(features);
  withPlaceContrasts(features);
  withValueRarity(features);
  return { features, idf, restatements };
}

/** A candidate pair (indexes into the prepared features) with the features the model scores. */
export interface ScoredPair {
  i: number;
  j: number;
  pair: PairFeatures;
}

/**
 * Every pair the model scores: candidates within one block that no
 * cannot-link rule keeps apart, with their features. Training reads the same
 * pairs the clustering sees.
 */
export function* comparablePairs(prepared: PreparedClaims): Generator<ScoredPair> {
  const { features, idf, restatements } = prepared;
  const blocks = new Map<string, number[]>();
  features.forEach((f, i) => {
    const block = blocks.get(f.block);
    if (block) block.push(i);
    else blocks.set(f.block, [i]);
  });
  for (const block of blocks.values()) {
    for (const [i, j] of candidatePairs(block, features, idf)) {
      if (cannotLink(features[i], features[j])) continue;
      const restated = restatements.has(restatementKey(features[i].claim.id, features[j].claim.id));
      yield { i, j, pair: pairFeatures(features[i], features[j], idf, restated) };
    }
  }
}

/** A cluster as the merge step sees it: enough to test cannot-link rules without visiting every pair. */
interface Cluster {
  members: number[];
  /** "document|attribution" of members that are not dates → a member: one value per source at most. */
  sourceKeys: Map<string, number>;
  /** Members with the smallest and largest figure: the pairs most likely too far apart. */
  smallest: number;
  largest: number;
  /** Whether some member sums named events, and whether some member has no running-total word. */
  explicitAggregate: boolean;
  noAggregate: boolean;
  /** The scope of members that are not partitives (at most one: a partitive may join any). */
  scope: string | null;
  /** One member per distinct place scope: members without a place do not fix the cluster's place. */
  places: Map<string, number>;
}

function sourceKey(f: ClaimFeatures): string | null {
  return f.claim.kind === "date" ? null : `${f.claim.documentId}|${f.attributionKey}`;
}

/**
 * Whether two clusters may merge under the cannot-link rules. The rules
 * compare attributes, so checking shared sources plus the extreme figures
 * across the two clusters covers every cross pair (blocks and date roles are
 * uniform inside a cluster; scopes and running-total marks are tracked per
 * cluster).
 */
function compatible(a: Cluster, b: Cluster, features: ClaimFeatures[]): boolean {
  const [small, large] = a.sourceKeys.size <= b.sourceKeys.size ? [a, b] : [b, a];
  for (const [key, member] of small.sourceKeys) {
    const other = large.sourceKeys.get(key);
    if (other !== undefined && !sameValue(features[member], features[other])) return false;
  }
  if ((a.explicitAggregate && b.noAggregate) || (a.noAggregate && b.explicitAggregate)) return false;
  if (a.scope !== null && b.scope !== null && a.scope !== b.scope) return false;
  // Places vary inside a cluster (a figure with none joins any): every distinct place across the two.
  for (const x of a.places.values()) for (const y of b.places.values()) if (placeConflict(features[x], features[y])) return false;
  if (features[a.members[0]].claim.kind === "age") {
    // Every pair: an age belongs to one person (ages are few, clusters small).
    for (const x of a.members) for (const y of b.members) if (namesConflict(features[x].names, features[y].names)) return false;
  }
  return (
    !cannotLink(features[a.smallest], features[b.largest]) &&
    !cannotLink(features[b.smallest], features[a.largest]) &&
    !cannotLink(features[a.members[0]], features[b.members[0]])
  );
}

/**
 * Average-link clustering under cannot-link constraints: take candidate
 * edges from the strongest down; join two clusters when no pair across them
 * must stay apart and their average pairwise score still reaches the merge
 * threshold (so one strong link cannot chain unrelated claims together).
 * Pairs that were never candidates count as 0 in the average; score sums
 * between clusters are kept incrementally, so a merge costs the clusters'
 * neighbour count, not the product of their sizes.
 */
function cluster(prepared: PreparedClaims, model: GroupingModel, pairs: Iterable<ScoredPair>): number[][] {
  const { features } = prepared;
  // Score sums between clusters (initially single claims), and the edges that may start a merge.
  const neighbours = new Map<number, Map<number, number>>();
  const addSum = (x: number, y: number, s: number) => {
    const map = neighbours.get(x) ?? new Map<number, number>();
    map.set(y, (map.get(y) ?? 0) + s);
    neighbours.set(x, map);
  };
  const edges: { i: number; j: number; s: number }[] = [];
  for (const { i, j, pair } of pairs) {
    const s = sameQuantityProbability(model, pair);
    addSum(i, j, s);
    addSum(j, i, s);
    if (s >= model.threshold) edges.push({ i, j, s });
  }
  edges.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);

  const clusterOf = features.map((_, i) => i);
  const clusters = new Map<number, Cluster>(
    features.map((f, i) => {
      const key = sourceKey(f);
      const cluster: Cluster = {
        members: [i],
        sourceKeys: new Map(key ? [[key, i]] : []),
        smallest: i,
        largest: i,
        explicitAggregate: f.aggregate === "explicit",
        noAggregate: f.aggregate === "none",
        scope: f.scope === "partitive" ? null : f.scope,
        places: new Map(f.place ? [[placeKey(f.place), i]] : []),
      };
      return [i, cluster];
    }),
  );
  const magnitude = (i: number) => Math.abs(features[i].magnitude);

  for (const { i, j } of edges) {
    const ci = clusterOf[i];
    const cj = clusterOf[j];
    if (ci === cj) continue;
    const a = clusters.get(ci)!;
    const b = clusters.get(cj)!;
    const sum = neighbours.get(ci)?.get(cj) ?? 0;
    if (sum / (a.members.length * b.members.length) < model.threshold) continue;
    if (!compatible(a, b, features)) continue;

    // Merge b into a.
    a.members.push(...b.members);
    for (const [key, member] of b.sourceKeys) if (!a.sourceKeys.has(key)) a.sourceKeys.set(key, member);
    if (magnitude(b.smallest) < magnitude(a.smallest)) a.smallest = b.smallest;
    if (magnitude(b.largest) > magnitude(a.largest)) a.largest = b.largest;
    a.explicitAggregate ||= b.explicitAggregate;
    a.noAggregate ||= b.noAggregate;
    a.scope ??= b.scope;
    for (const [key, member] of b.places) if (!a.places.has(key)) a.places.set(key, member);
    for (const x of b.members) clusterOf[x] = ci;
    clusters.delete(cj);
    const fromB = neighbours.get(cj) ?? new Map<number, number>();
    neighbours.delete(cj);
    neighbours.get(ci)?.delete(cj);
    for (const [other, s] of fromB) {
      if (other === ci) continue;
      addSum(ci, other, s);
      const back = neighbours.get(other)!;
      back.set(ci, (back.get(ci) ?? 0) + s);
      back.delete(cj);
    }
  }
  return [...clusters.values()].map((c) => c.members);
}

/** Gives each claim the place pairs its block's texts contrast (one set per block). */
function withPlaceContrasts(features: ClaimFeatures[]): void {
  const blocks = new Map<string, ClaimFeatures[]>();
  for (const f of features) if (f.place) blocks.set(f.block, [...(blocks.get(f.block) ?? []), f]);
  const contrasts = new Map([...blocks].map(([block, members]) => [block, contrastedPlaces(members.map((f) => [f.claim.documentId, f.place]), similarNames)]));
  for (const f of features) f.placeContrasts = contrasts.get(f.block) ?? f.placeContrasts;
}

/** Gives each claim how rare its value is among its block's figures (see ClaimFeatures.valueRarity). */
function withValueRarity(features: ClaimFeatures[]): void {
  const documents = new Map<string, Set<number>>();
  const sameValue = new Map<string, number>();
  const valueKey = (f: ClaimFeatures) => `${f.block}|${f.magnitude}`;
  for (const f of features) {
    documents.set(f.block, (documents.get(f.block) ?? new Set()).add(f.claim.documentId));
    sameValue.set(valueKey(f), (sameValue.get(valueKey(f)) ?? 0) + 1);
  }
  for (const f of features) {
    const texts = documents.get(f.block)!.size;
    // Two texts stating a value once each is weak evidence; six is strong: shrink by 1 - 1/texts.
    f.valueRarity = Math.min(1, texts / sameValue.get(valueKey(f))!) * (1 - 1 / texts);
  }
}

function originsOf(claims: ComparableClaim[]): Pick<ClaimGroupResult, "independentSources" | "originClaimIds"> {
  const { originOf, independentSources } = origins(claims);
  return { independentSources, originClaimIds: claims.map((c) => originOf.get(c.id)!) };
}

function conversionsOf(claims: ComparableClaim[]): Pick<ClaimGroupResult, "conversions"> {
  const conversions = claims.flatMap((c) => (c.convertedFrom ? [{ claimId: c.id, fromUnit: c.convertedFrom.unit, rate: c.convertedFrom.rate }] : []));
  return conversions.length ? { conversions } : {};
}

/**
 * Groups the statements about one quantity across documents and cited
 * sources, and judges each group. Every claim lands in exactly one group.
 */
export function groupClaims(claims: ComparableClaim[], model: GroupingModel = defaultGroupingModel()): ClaimGroupResult[] {
  return groupPrepared(prepareClaims(claims), model);
}

/** Groups prepared claims; `pairs` may be computed once and reused (training tries many models on one set). */
export function groupPrepared(prepared: PreparedClaims, model: GroupingModel, pairs: Iterable<ScoredPair> = comparablePairs(prepared)): ClaimGroupResult[] {
  assertCompatible(model);
  const { features, idf } = prepared;
  const results = cluster(prepared, model, pairs).map((indexes): ClaimGroupResult => {
    const group = indexes.sort((x, y) => x - y).map((i) => features[i]);
    const groupClaims = group.map((f) => f.claim);
    const unit = dominantUnit(groupClaims);
    const judged = judge(groupClaims, unit);
    const { spreadLow, spreadHigh } = judged;
    const verdict = withSupersession(groupClaims, judged.verdict);
    return {
      key: `g${groupClaims[0].id}`,
      label: labelFor(group, idf),
      // Ordinals meet counts ("the fifth operation", "five operations"): such a group counts.
      kind: groupClaims.find((c) => c.kind === "count")?.kind ?? groupClaims[0].kind,
      unit,
      claimIds: groupClaims.map((c) => c.id),
      verdict,
      spreadLow,
      spreadHigh,
      ...conversionsOf(groupClaims),
      ...originsOf(groupClaims),
    };
  });
  return results.sort((a, b) => a.claimIds[0] - b.claimIds[0]);
}
