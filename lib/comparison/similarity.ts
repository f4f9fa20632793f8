import type { ClaimFeatures } from "./features";
import { overlaps } from "./interval";

/**
 * Pairwise evidence that two claims state the same quantity.
 *
 *   score = CONTEXT_WEIGHT · cosine(IDF-weighted context lemmas)
 *         + head-noun agreement (match / unknown / mismatch)
 *         − magnitude implausibility
 *
 * and hard "cannot link" rules that no amount of shared wording overrides.
 * A pair scoring LINK_THRESHOLD proposes a merge; two clusters merge when the
 * average score over all their cross pairs reaches MERGE_THRESHOLD (lower:
 * an average over several statements of one quantity is naturally below its
 * best pair, yet still far above unrelated claims, which average near zero).
 */
export const LINK_THRESHOLD = 0.3;
export const MERGE_THRESHOLD = 0.25;

const CONTEXT_WEIGHT = 0.65;
const HEAD_MATCH = 0.25;
const HEAD_MISMATCH = -0.35;
/** Per factor of ten between two figures that do not overlap. */
const MAGNITUDE_PENALTY = 0.3;
/** Figures further apart than this factor are not the same quantity. */
const MAX_RATIO = 10;
/** Reports of one date rarely differ by more than a year. */
const MAX_DATE_GAP_DAYS = 366;
const DATE_PENALTY_PER_MONTH = 0.05;
/** Two deadlines (or two start dates) in one block: a rarer role than a plain date, so telling. */
const DATE_ROLE_BONUS = 0.1;
/**
 * Two deadlines in one document, in the same or adjacent sentences: articles
 * set rival deadlines for one event side by side ("the Taliban demand ... by
 * September 11. Biden has pledged ... by August 31").
 */
const NEARBY_DATE_BONUS = 0.15;
const ADJACENT_GAP = 4;
/** The very same day stated twice with the same role. */
const SAME_DATE_BONUS = 0.1;

export type Idf = (lemma: string) => number;

/**
 * Pairs that must stay apart whatever their wording:
 * - different stories (when known);
 * - one document, one cited source, two figures: a text does not restate one
 *   quantity with two numbers — except dates, where an article often sets two
 *   parties' deadlines for one event side by side;
 * - a total against a part, increment or rate;
 * - a deadline against a plain date;
 * - figures an order of magnitude apart.
 */
export function cannotLink(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (a.block !== b.block) return true;
  const kind = a.claim.kind;
  if (a.claim.documentId === b.claim.documentId && a.attributionKey === b.attributionKey && kind !== "date") return true;
  if (a.scope !== b.scope) return true;
  if (kind === "date") {
    if (a.dateRole !== b.dateRole) return true;
    return Math.abs(a.magnitude - b.magnitude) > MAX_DATE_GAP_DAYS;
  }
  return magnitudeRatio(a, b) > MAX_RATIO;
}

/** How far apart two figures are, as a factor (1 when their intervals overlap). */
export function magnitudeRatio(a: ClaimFeatures, b: ClaimFeatures): number {
  if (overlaps(a.interval, b.interval)) return 1;
  const x = Math.abs(a.magnitude);
  const y = Math.abs(b.magnitude);
  if (x === 0 || y === 0) return x === y ? 1 : Infinity;
  return Math.max(x, y) / Math.min(x, y);
}

/** Cosine of the two context vectors, each lemma weighted by closeness × rarity. */
export function contextSimilarity(a: ClaimFeatures, b: ClaimFeatures, idf: Idf): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [lemma, weight] of a.context) {
    const wa = weight * idf(lemma);
    normA += wa * wa;
    const other = b.context.get(lemma);
    if (other !== undefined) dot += wa * other * idf(lemma);
  }
  for (const [lemma, weight] of b.context) {
    const wb = weight * idf(lemma);
    normB += wb * wb;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/**
 * Whether the counted/measured nouns agree: the same head, or one claim's head
 * is a noun of the other's subject ("border" in "border area"; a name such as
 * "Afghan" in "Afghan soldiers" is a modifier, not a noun). Unknown when
 * either lacks a head.
 */
export function headAgreement(a: ClaimFeatures, b: ClaimFeatures): "match" | "mismatch" | "unknown" {
  if (a.heads.size === 0 || b.heads.size === 0) return "unknown";
  for (const head of a.heads) if (b.heads.has(head) || b.subjectNouns.has(head)) return "match";
  for (const head of b.heads) if (a.subjectNouns.has(head)) return "match";
  return "mismatch";
}

function nearbyInOneDocument(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (a.claim.documentId !== b.claim.documentId) return false;
  const [first, second] = a.claim.sentenceStart <= b.claim.sentenceStart ? [a.claim, b.claim] : [b.claim, a.claim];
  if (first.sentenceStart === second.sentenceStart) return true;
  return second.sentenceStart - (first.sentenceStart + first.sentence.length) <= ADJACENT_GAP;
}

export function similarity(a: ClaimFeatures, b: ClaimFeatures, idf: Idf): number {
  let score = CONTEXT_WEIGHT * contextSimilarity(a, b, idf);
  const heads = headAgreement(a, b);
  if (heads === "match") score += HEAD_MATCH;
  else if (heads === "mismatch") score += HEAD_MISMATCH;
  if (a.claim.kind === "date") {
    const gapDays = Math.max(0, Math.abs(a.magnitude - b.magnitude) - 31);
    score -= DATE_PENALTY_PER_MONTH * (gapDays / 30);
    if (a.dateRole !== "point") score += DATE_ROLE_BONUS;
    if (a.magnitude === b.magnitude) score += SAME_DATE_BONUS;
    if (a.dateRole !== "point" && nearbyInOneDocument(a, b)) score += NEARBY_DATE_BONUS;
  } else {
    score -= MAGNITUDE_PENALTY * Math.log10(magnitudeRatio(a, b));
  }
  return score;
}
