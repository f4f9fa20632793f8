import { storyKeyOf, type Aggregate, type ClaimFeatures } from "./features";
import { overlaps } from "./interval";
import { isSynonymClass } from "./text";
import { isClockTime } from "./units";
import { compareDays } from "./days";
import { placeRelation } from "./place";

/**
 * Pairwise helpers for the same-quantity model (pair-features.ts, model.ts)
 * and the hard "cannot link" rules that no amount of shared wording overrides.
 * The limits below are structural (an order of magnitude, a year, three hours),
 * not weights: the model's weights are fitted.
 */

/** Figures further apart than this factor are not the same quantity. */
const MAX_RATIO = 10;
/** Reports of one date rarely differ by more than a year. */
const MAX_DATE_GAP_DAYS = 366;
/** Reports of one clock time rarely differ by more than a few hours (time zones are restated, not compared). */
const MAX_CLOCK_GAP_MINUTES = 180;
const MINUTES_PER_DAY = 1440;
/** Gap (characters) between two sentences that still counts as adjacent. */
export const ADJACENT_GAP = 4;
/** A zero and a count of the same harm may differ by this much and still be compared. */
const ZERO_HARM_MAX = 10;

/** How informative a lemma is within a story (see buildIdf). */
export type Idf = (lemma: string, story: string) => number;

/** A zero count of a harm class ("no injuries") against a positive count naming the same harm, and no other one. */
export function zeroHarmPair(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (a.claim.kind !== "count" || b.claim.kind !== "count") return false;
  const [zero, positive] = a.magnitude === 0 ? [a, b] : [b, a];
  if (zero.magnitude !== 0 || positive.magnitude <= 0 || positive.magnitude >= ZERO_HARM_MAX) return false;
  if (zero.harmHeads.size !== 1) return false;
  const [harm] = zero.harmHeads;
  // The positive side counts that harm, by its noun or its predicate, and no other harm.
  return positive.harm.size === 1 && positive.harm.has(harm);
}

/** Whether the two figures state how many were hit against how many were fired. */
function shotRolesDiffer(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return a.shotRole !== null && b.shotRole !== null && a.shotRole !== b.shotRole;
}

/** Casualties and arrests accumulate over the days of one event: a later day's figure may update an earlier one. */
const CUMULATIVE = new Set(["die", "injure", "arrest"]);
const cumulative = (f: ClaimFeatures) => [...f.heads, ...f.verbs].some((w) => CUMULATIVE.has(w));

/**
 * How the named days of two counts relate: "same", "different" (two events)
 * or "unknown". A figure whose sentence names no day was stated for a day no
 * later than its document's publication: against a named later day it is
 * another day's figure. Different days that may be one running figure
 * updated (an as-of time, a running-total word, a toll that did not fall)
 * count as unknown: time.ts judges such series.
 */
export function dayAgreement(a: ClaimFeatures, b: ClaimFeatures): "same" | "different" | "unknown" {
  if (a.claim.kind !== "count" || b.claim.kind !== "count") return "unknown";
  if (a.day?.asOf || b.day?.asOf) return "unknown";
  let relation = compareDays(a.day, b.day);
  let later: ClaimFeatures | null = null;
  if (relation === "different") later = (a.day!.epochDay ?? 0) > (b.day!.epochDay ?? 0) ? a : b;
  if (relation === "unknown") {
    for (const [dated, undated] of [[a, b], [b, a]] as const) {
      if (dated.day?.epochDay != null && !undated.day && undated.publishedDay !== null && undated.publishedDay < dated.day.epochDay) {
        relation = "different";
        later = dated;
      }
    }
  }
  if (relation !== "different") return relation;
  if (a.aggregate === "marked" || b.aggregate === "marked") return "unknown";
  // The later day is when the figure was made known: what it counts may be of the earlier day.
  if (later?.day?.disclosed) return "unknown";
  if (later && (cumulative(a) || cumulative(b))) {
    const earlier = later === a ? b : a;
    if (later.magnitude >= earlier.magnitude) return "unknown";
  }
  return "different";
}


export function predicateAgreement(a: ClaimFeatures, b: ClaimFeatures): "match" | "mismatch" | "unknown" {
  if (a.shotRole !== null && b.shotRole !== null) return a.shotRole === b.shotRole ? "match" : "mismatch";
  if (a.verbs.size === 0 || b.verbs.size === 0) return "unknown";
  for (const verb of a.verbs) if (b.verbs.has(verb)) return "match";
  return "mismatch";
}

/**
 * Whether two figures state one value: equal, or (across units) within the
 * rounding step of the coarser one ("60 metres (200 feet)").
 */
export function sameValue(a: ClaimFeatures, b: ClaimFeatures): boolean {
  const x = a.magnitude;
  const y = b.magnitude;
  if (Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))) return true;
  if (a.claim.unit === b.claim.unit && !a.converted && !b.converted) return false;
  const step = Math.max(a.step, b.step);
  return step > 0 && Math.abs(x - y) <= step / 2 + 1e-9 * Math.max(1, Math.abs(x));
}

/**
 * A value unlikely to recur by chance: two significant digits or more that
 * are not a round 5 or 10 step (26, 36, 923, 2.6 million), not 3 or 100.
 */
export function distinctiveValue(value: number, kind?: string): boolean {
  // A sum of money or a measurement repeated within one story is rarely a coincidence.
  if (kind !== undefined && !["count", "rank", "age", "percent", "date"].includes(kind)) return value !== 0;
  let v = Math.abs(value);
  if (!Number.isFinite(v) || v < 10) return false;
  // Strip the scale: 2,600,000 → 26; 923 → 923.
  for (let i = 0; i < 15 && v >= 10 && Math.abs(v / 10 - Math.round(v / 10)) < 1e-9; i++) v = Math.round(v / 10);
  if (Math.abs(v - Math.round(v)) > 1e-9) {
    // 2.6 (million): count digits after the point.
    return true;
  }
  return v >= 11 && v % 5 !== 0;
}

/** Names written right next to an age ("Ann Lee, 19"; "16-year-old Ann Lee"): whose age it is. */
export function namesConflict(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const covered = (x: Set<string>, y: Set<string>) => [...x].every((n) => [...y].some((m) => similarNames(n, m)));
  return !covered(a, b) && !covered(b, a);
}

/** Two spellings of one name: equal, or one edit apart when both are long enough (Raite, Rait). */
export function similarNames(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  return editDistance(a, b) <= 1;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

/**
 * Pairs that must stay apart whatever their wording:
 * - different stories (when known);
 * - one document, one cited source, two figures: a text does not restate one
 *   quantity with two numbers — except dates, where an article often sets two
 *   parties' deadlines for one event side by side;
 * - a total against a part, increment or rate;
 * - figures for places known to differ: a country against a province, two
 *   marked provinces or cities, two places one text of the story contrasts;
 * - a deadline against a plain date;
 * - figures an order of magnitude apart.
 */
export function cannotLink(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (a.block !== b.block) return true;
  const kind = a.claim.kind;
  // One text, one cited source, two different values: two quantities (the same value twice is a repetition).
  if (a.claim.documentId === b.claim.documentId && a.attributionKey === b.attributionKey && kind !== "date" && !sameValue(a, b)) return true;
  // A part, a rate or an increment is never the total (a partitive may be: see Scope).
  if (a.scope !== b.scope && a.scope !== "partitive" && b.scope !== "partitive") return true;
  // An age belongs to the person named next to it.
  if (kind === "age" && namesConflict(a.names, b.names)) return true;
  // "10,000 marched in Athens" and "10,000 marched in Thessaloniki"; a national total and a province's figure.
  if (placeConflict(a, b)) return true;
  if (aggregatesConflict(a.aggregate, b.aggregate)) return true;
  if (kind === "date") {
    if (a.dateRole !== b.dateRole) return true;
    return Math.abs(a.magnitude - b.magnitude) > MAX_DATE_GAP_DAYS;
  }
  if (isClockTime(kind)) return clockGap(a, b) > MAX_CLOCK_GAP_MINUTES;
  if (zeroHarmPair(a, b)) return false;
  return magnitudeRatio(a, b) > MAX_RATIO;
}

/** Figures stated for different places (or a whole country against a part of one). */
export function placeConflict(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return placeRelation(a.place, b.place, similarNames, a.placeContrasts) === "conflict";
}

/** A sum over named events ("during the five operations") against a figure with no running-total word at all. */
export function aggregatesConflict(a: Aggregate, b: Aggregate): boolean {
  return (a === "explicit" && b === "none") || (a === "none" && b === "explicit");
}

/**
 * Minutes between two clock times as stated, on the 24-hour circle: 23:50 and
 * 00:10 are 20 apart. Stated values, not intervals: "by 6:40 a.m." allows any
 * earlier time, yet tells of a moment three hours after "at 3:33 a.m.".
 */
export function clockGap(a: ClaimFeatures, b: ClaimFeatures): number {
  const d = Math.abs(a.magnitude - b.magnitude) % MINUTES_PER_DAY;
  return Math.min(d, MINUTES_PER_DAY - d);
}

/** How far apart two figures are, as a factor (1 when their intervals overlap). */
export function magnitudeRatio(a: ClaimFeatures, b: ClaimFeatures): number {
  if (overlaps(a.interval, b.interval)) return 1;
  const x = Math.abs(a.magnitude);
  const y = Math.abs(b.magnitude);
  if (x === 0 || y === 0) return x === y ? 1 : Infinity;
  return Math.max(x, y) / Math.min(x, y);
}

/** Each claim's context weighted by rarity, with its norm: computed once per claim, read for every pair. */
const weightedContexts = new WeakMap<Idf, WeakMap<ClaimFeatures, { weights: Map<string, number>; norm: number }>>();

function weightedContext(f: ClaimFeatures, idf: Idf): { weights: Map<string, number>; norm: number } {
  let byClaim = weightedContexts.get(idf);
  if (!byClaim) weightedContexts.set(idf, (byClaim = new WeakMap()));
  let found = byClaim.get(f);
  if (!found) {
    const weights = new Map<string, number>();
    let squares = 0;
    for (const [lemma, weight] of f.context) {
      const w = weight * idf(lemma, storyKeyOf(f));
      weights.set(lemma, w);
      squares += w * w;
    }
    found = { weights, norm: Math.sqrt(squares) };
    byClaim.set(f, found);
  }
  return found;
}

/** Cosine of the two context vectors, each lemma weighted by closeness × rarity. */
export function contextSimilarity(a: ClaimFeatures, b: ClaimFeatures, idf: Idf): number {
  let x = weightedContext(a, idf);
  let y = weightedContext(b, idf);
  if (x.norm === 0 || y.norm === 0) return 0;
  if (x.weights.size > y.weights.size) [x, y] = [y, x];
  let dot = 0;
  for (const [lemma, w] of x.weights) {
    const other = y.weights.get(lemma);
    if (other !== undefined) dot += w * other;
  }
  return dot / (x.norm * y.norm);
}

/**
 * Whether the counted/measured nouns agree: the same head, or one claim's head
 * is a noun of the other's subject ("border" in "border area"; a name such as
 * "Afghan" in "Afghan soldiers" is a modifier, not a noun). Unknown when
 * either lacks a head.
 */
export function headAgreement(a: ClaimFeatures, b: ClaimFeatures): "match" | "synonym" | "mismatch" | "unknown" {
  // Hits against shots fired: two quantities, whatever the words ("was shot 11 times", "shot 11 rounds").
  if (shotRolesDiffer(a, b)) return "mismatch";
  // "was shot eleven times" counts what "seven bullets hit him" counts.
  if (a.shotRole === "hit" && b.shotRole === "hit" && (a.repetition || b.repetition)) return "match";
  if (a.heads.size === 0 || b.heads.size === 0) return "unknown";
  // A repetition count's head is its verb: "fired 11 times" counts what "fired 11 shots" does.
  for (const [x, y] of [[a, b], [b, a]] as const) if (x.repetition && [...x.heads].some((h) => y.verbs.has(h))) return "match";
  const sameWord =
    [...a.baseHeads].some((h) => b.baseHeads.has(h) || b.baseSubjectNouns.has(h)) ||
    [...b.baseHeads].some((h) => a.baseSubjectNouns.has(h));
  if (sameWord) return "match";
  for (const head of a.heads) if (b.heads.has(head) || b.subjectNouns.has(head)) return "synonym";
  for (const head of b.heads) if (a.subjectNouns.has(head)) return "synonym";
  // An event noun counted in one, the event's verb in the other: "two deaths" against "two climbers died".
  for (const head of a.heads) if (isSynonymClass(head) && b.verbs.has(head)) return "synonym";
  for (const head of b.heads) if (isSynonymClass(head) && a.verbs.has(head)) return "synonym";
  return "mismatch";
}

/**
 * Two dated statements about different events: their predicates differ and
 * their sentences share no content word ("rioters burned cars on Monday",
 * "police arrested 20 on Tuesday"). Consecutive days in two leads are then
 * two events on two days, not one event dated a day apart.
 */
export function differentEvents(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (predicateAgreement(a, b) !== "mismatch") return false;
  for (const lemma of a.context.keys()) if (b.context.has(lemma)) return false;
  return true;
}

export function nearbyInOneDocument(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (a.claim.documentId !== b.claim.documentId) return false;
  const [first, second] = a.claim.sentenceStart <= b.claim.sentenceStart ? [a.claim, b.claim] : [b.claim, a.claim];
  if (first.sentenceStart === second.sentenceStart) return true;
  return second.sentenceStart - (first.sentenceStart + first.sentence.length) <= ADJACENT_GAP;
}
