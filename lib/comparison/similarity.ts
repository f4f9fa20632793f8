import type { Aggregate, ClaimFeatures } from "./features";
import { overlaps } from "./interval";
import { isSynonymClass } from "./text";
import { isClockTime } from "./units";
import { compareDays } from "./days";
import { placeRelation } from "./place";

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
/** Two words of one synonym class ("troops", "soldiers"): telling, less than the same word. */
const HEAD_SYNONYM = 0;
/** Per factor of ten between two figures that do not overlap. */
const MAGNITUDE_PENALTY = 0.3;
/** Figures further apart than this factor are not the same quantity. */
const MAX_RATIO = 10;
/** Reports of one date rarely differ by more than a year. */
const MAX_DATE_GAP_DAYS = 366;
const DATE_PENALTY_PER_MONTH = 0.05;
/** Reports of one clock time rarely differ by more than a few hours (time zones are restated, not compared). */
const MAX_CLOCK_GAP_MINUTES = 180;
const CLOCK_PENALTY_PER_HOUR = 0.1;
const MINUTES_PER_DAY = 1440;
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
/**
 * Plain dates at most a day apart in the leads of two documents of one story:
 * leads date the main event ("on Thursday thwarted ...", "the incident
 * happened yesterday"), and outlets resolving a weekday differ by a day at most.
 */
const EVENT_DATE_IN_LEADS = 0.2;
const EVENT_DATE_MAX_GAP_DAYS = 1;

/** The same value stated twice ("26 pirates", "26 crew"): telling when the value is not a common one. */
const SAME_VALUE_BONUS = 0.1;
const SAME_DISTINCTIVE_VALUE_BONUS = 0.25;
/** One age within one story, no conflicting names: most likely one person's (names decide when given). */
const SAME_AGE_BONUS = 0.35;
/** Head mismatch when the same distinctive value is stated: different words for one thing happen. */
const HEAD_MISMATCH_SAME_VALUE = -0.15;

/** The same predicate near both figures ("fell", "were arrested"): evidence, strongest for measurements with no counted noun. */
const PREDICATE_MATCH = 0.1;
const PREDICATE_MISMATCH = -0.05;
/**
 * A measurement with no counted noun ("fell 150 metres", "fell 200 ft"): its
 * predicate is most of what says what is measured, so a shared one weighs more.
 */
const PREDICATE_MATCH_MEASURE = 0.25;
/**
 * One measured value in the same prepositional frame ("within 80 m of the
 * hut", "within 80m of their destination"): the frame says what relation is
 * measured, whatever the place is called.
 */
const FRAME_MATCH_MEASURE = 0.25;
/**
 * Different figures with different predicates ("loaded with four bullets",
 * "hit by seven bullets"): one noun, two events. Stronger than a predicate
 * mismatch between equal figures, which outlets often word differently.
 */
const PREDICATE_MISMATCH_DIFFERENT_VALUES = -0.15;
/**
 * One figure a running total ("so far"), the other not: likely the total of
 * more events than the other. Strong enough that a running total joins other
 * running totals before a figure without one; weak beside the evidence that
 * joins a death toll "so far" with the same toll stated plainly.
 */
const AGGREGATE_MISMATCH = -0.3;
const AGGREGATE_MATCH = 0.1;
/**
 * The same figure in the leads of two documents of one story: leads state the
 * main event, so "Four men rammed ..." and "saw four robbers ..." are one count
 * (unless their counted nouns disagree).
 */
const SAME_VALUE_IN_LEADS = 0.15;
/**
 * One value of one counted noun twice in a document ("Four men smash ...",
 * later "Four men drove ..."), predicates and nouns not disagreeing: a repetition.
 */
const SAME_VALUE_SAME_DOCUMENT = 0.2;
/**
 * One distinctive value twice in a document under two nouns ("26 pirates",
 * later "26 Somali crew"), predicates not disagreeing: a text does not state
 * two quantities of one uncommon value without saying so; the nouns are two
 * wordings of one thing.
 */
const SAME_DISTINCTIVE_VALUE_SAME_DOCUMENT = 0.2;

/**
 * Two crowd sizes in one story ("about 200 attended the vigil", "a crowd of
 * 150 marched"): outlets word a crowd in many ways, so the gathering is the
 * evidence, and predicate or noun differences say little.
 */
const CROWD_MATCH = 0.35;
/**
 * The same named day on both sides ("on Monday", "Monday night"): telling for
 * counts, which a story often states for several days.
 */
const SAME_DAY_BONUS = 0.15;
/**
 * Different named days, neither an as-of time ("by Tuesday"): two events
 * (Monday's protest and Wednesday's), unless the words say far more than this.
 */
const DIFFERENT_DAY_PENALTY = -0.5;

/**
 * Both figures stated for one place ("in Salonika", "in Thessaloniki") or
 * both for the whole country: a little evidence (a story's figures mostly
 * share its place). A whole country and a province never link (see cannotLink).
 */
const SAME_PLACE_BONUS = 0.1;
/**
 * Figures stated for two differently named places of unknown size ("in
 * Athens", "in Patras") that no text contrasts: most often two quantities;
 * yet outlets name one event's place at different sizes ("at Mt Cook", "near
 * the Tasman Glacier"), so strong evidence of one quantity may outweigh it.
 */
const DIFFERENT_PLACE_PENALTY = -0.5;

/**
 * Two counts of the rest of one party ("with three companions", "the three
 * other climbers"): the party is the evidence, whatever noun names its members.
 */
const REST_MATCH = 0.25;

/**
 * A zero count of a harm ("no injuries") against a positive count of the same
 * harm ("three people were injured"): one quantity stated two ways, however
 * far apart; the ratio of the two is meaningless, so this stands for it.
 */
const ZERO_HARM_PENALTY = 0.15;
/** A zero and a count of the same harm may differ by this much and still be compared. */
const ZERO_HARM_MAX = 10;

export type Idf = (lemma: string) => number;

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

/**
 * A crowd whose day cannot be placed: its sentence names none and its
 * document has no date. Against a crowd of a named day, the gathering is no
 * evidence: a story of protests over several days has several crowds.
 */
const undatedFigure = (f: ClaimFeatures) => f.day === null && f.publishedDay === null;

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
  // An age belongs to the person named next to it.
  if (kind === "age" && namesConflict(a.names, b.names)) return true;
  if (a.scope !== b.scope) return true;
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

/** Minutes between two clock times on the 24-hour circle (0 when their intervals overlap): 23:50 and 00:10 are 20 apart. */
export function clockGap(a: ClaimFeatures, b: ClaimFeatures): number {
  if (overlaps(a.interval, b.interval)) return 0;
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

function nearbyInOneDocument(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (a.claim.documentId !== b.claim.documentId) return false;
  const [first, second] = a.claim.sentenceStart <= b.claim.sentenceStart ? [a.claim, b.claim] : [b.claim, a.claim];
  if (first.sentenceStart === second.sentenceStart) return true;
  return second.sentenceStart - (first.sentenceStart + first.sentence.length) <= ADJACENT_GAP;
}

export function similarity(a: ClaimFeatures, b: ClaimFeatures, idf: Idf): number {
  let score = CONTEXT_WEIGHT * contextSimilarity(a, b, idf);
  const heads = headAgreement(a, b);
  const equal = a.claim.kind !== "date" && sameValue(a, b);
  const distinctive = equal && distinctiveValue(a.claim.value, a.claim.kind) && distinctiveValue(b.claim.value, b.claim.kind);
  if (equal) score += distinctive ? (a.claim.kind === "age" ? SAME_AGE_BONUS : SAME_DISTINCTIVE_VALUE_BONUS) : SAME_VALUE_BONUS;
  const crowd = a.crowd && b.crowd;
  const placedApart = (undatedFigure(a) && b.day !== null) || (undatedFigure(b) && a.day !== null);
  if (crowd && !placedApart) score += CROWD_MATCH;
  const days = dayAgreement(a, b);
  if (days === "same") score += SAME_DAY_BONUS;
  else if (days === "different") score += DIFFERENT_DAY_PENALTY;
  const zeroHarm = zeroHarmPair(a, b);
  // "no injuries" against "three were injured": the harm is both the counted noun and the predicate.
  const predicate = crowd ? "unknown" : zeroHarm ? "match" : predicateAgreement(a, b);
  const measurement = !["count", "rank", "money", "percent", "date", "age"].includes(a.claim.kind) && a.heads.size === 0 && b.heads.size === 0;
  if (predicate === "match") score += measurement ? PREDICATE_MATCH_MEASURE : PREDICATE_MATCH;
  else if (predicate === "mismatch") score += equal || overlaps(a.interval, b.interval) ? PREDICATE_MISMATCH : PREDICATE_MISMATCH_DIFFERENT_VALUES;
  const sameFrame = equal && a.frame !== null && a.frame === b.frame && !["count", "rank", "money", "percent", "date", "age"].includes(a.claim.kind) && !isClockTime(a.claim.kind);
  if (sameFrame) score += FRAME_MATCH_MEASURE;
  const runningTotals = Number(a.aggregate !== "none") + Number(b.aggregate !== "none");
  if (runningTotals === 1) score += AGGREGATE_MISMATCH;
  else if (runningTotals === 2) score += AGGREGATE_MATCH;

  // An age's subject is the person, however the text words it ("the climber", "the 36-year-old").
  // One side must name companions: "two other boats" and "the other two ships" need their nouns to agree.
  const places = placeRelation(a.place, b.place, similarNames, a.placeContrasts);
  if (places === "same") score += SAME_PLACE_BONUS;
  else if (places === "different") score += DIFFERENT_PLACE_PENALTY;
  const rest = a.rest && b.rest && (a.companion || b.companion);
  if (rest) score += REST_MATCH;
  if ((a.claim.kind === "age" || crowd || rest) && heads !== "match") {
    // no head evidence either way (a party's members are named in many ways)
  } else if (heads === "match" || zeroHarm) score += HEAD_MATCH;
  else if (heads === "synonym") score += HEAD_SYNONYM;
  // In one frame the nouns name the place or object measured to, which outlets name differently.
  else if (heads === "mismatch" && !sameFrame) score += distinctive ? HEAD_MISMATCH_SAME_VALUE : HEAD_MISMATCH;
  if (equal && heads !== "mismatch" && a.lead && b.lead && a.claim.documentId !== b.claim.documentId) score += SAME_VALUE_IN_LEADS;
  if (equal && heads !== "mismatch" && predicate !== "mismatch" && a.claim.documentId === b.claim.documentId && a.claim.unit === b.claim.unit && a.claim.kind !== "age") {
    score += SAME_VALUE_SAME_DOCUMENT;
  } else if (distinctive && heads === "mismatch" && predicate !== "mismatch" && a.claim.documentId === b.claim.documentId && a.claim.kind === b.claim.kind && a.claim.kind !== "age") {
    score += SAME_DISTINCTIVE_VALUE_SAME_DOCUMENT;
  }
  if (a.claim.kind === "date") {
    const gapDays = Math.max(0, Math.abs(a.magnitude - b.magnitude) - 31);
    score -= DATE_PENALTY_PER_MONTH * (gapDays / 30);
    if (a.dateRole !== "point") score += DATE_ROLE_BONUS;
    if (a.magnitude === b.magnitude) score += SAME_DATE_BONUS;
    if (a.dateRole !== "point" && nearbyInOneDocument(a, b)) score += NEARBY_DATE_BONUS;
    if (
      a.dateRole === "point" && a.lead && b.lead && a.claim.documentId !== b.claim.documentId &&
      Math.abs(a.magnitude - b.magnitude) <= EVENT_DATE_MAX_GAP_DAYS &&
      !(a.magnitude !== b.magnitude && differentEvents(a, b))
    ) {
      score += EVENT_DATE_IN_LEADS;
    }
  } else if (isClockTime(a.claim.kind)) {
    score -= CLOCK_PENALTY_PER_HOUR * (clockGap(a, b) / 60);
  } else if (zeroHarm) {
    score -= ZERO_HARM_PENALTY;
  } else {
    score -= MAGNITUDE_PENALTY * Math.log10(magnitudeRatio(a, b));
  }
  return score;
}
