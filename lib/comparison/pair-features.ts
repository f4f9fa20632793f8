import type { ClaimFeatures } from "./features";
import { overlaps } from "./interval";
import { lemmaSimilarity, setSimilarity } from "../lexicon/wordnet";
import { sameWording } from "./origin";
import { placeRelation } from "./place";
import {
  clockGap,
  contextSimilarity,
  dayAgreement,
  differentEvents,
  distinctiveValue,
  headAgreement,
  nearbyInOneDocument,
  predicateAgreement,
  sameValue,
  similarNames,
  zeroHarmPair,
  type Idf,
} from "./similarity";
import { isClockTime } from "./units";

/**
 * The evidence that two figures state one quantity, as named numbers: the
 * grouping model (model.ts) weighs them with weights fitted on labelled pairs
 * (`npm run train -- grouping`). Every feature is general: agreement of the
 * figures' frames (counted thing, predicate, day, place, scope, source), their
 * values and their positions, never a word of any story. Binary features are
 * 0/1; the others are bounded so that no weight is dwarfed by a scale.
 */
export const FEATURE_NAMES = [
  // Words around the figures.
  "context", // IDF-weighted cosine of the context lemmas
  "nearCopy", // near-identical sentences (wire copy or a restatement)
  // What is counted or measured.
  "headSame", // the same counted noun (or one is a noun of the other's subject)
  "headMismatch", // both have a counted noun, and they differ
  "headRelated", // WordNet similarity of differing counted nouns (0..1)
  "headVsPredicate", // WordNet similarity of one's counted noun and the other's predicate ("deaths", "died")
  // What happened to it.
  "predicateSame",
  "predicateMismatch",
  "predicateRelated", // WordNet similarity of differing predicates
  "prepositionFrame", // the same prepositions around equal measurements ("within _ of")
  "nearRelated", // WordNet overlap of the words closest to each figure (0..1)
  "headOneSided", // one figure names what it counts, the other does not
  "rankVsCount", // an ordinal ("the third victim") against a count
  // Who.
  "actorsShared", // a name in both figures' clauses (the same team, person, company)
  "actorsDisjoint", // both clauses name someone, nobody in common
  "agentsShared", // the same name before both figures (who did or owns it)
  "agentsDisjoint", // names before both figures, none in common: the Angels' offer and the Red Sox's
  "yearsDiffer", // both clauses anchor to years, different ones (a background event)
  // The values.
  "equalValue",
  "equalDistinctive", // equal and unlikely by chance (26, 923, €2.6m)
  "equalAge",
  "equalUnrelatedNouns", // equal figures of counted nouns WordNet does not relate (0..1: "two counts", "two women"): equality means less there
  "equalRare", // equal, times how rare the value is in the story's texts (0..1): "two" recurs for many things, 26 does not
  "overlap", // the intervals the wordings allow overlap
  "logRatio", // log10 of how far apart the stated values are (0..1), whatever their wording allows
  "zeroAgainstCount", // "no injuries" against "three were injured"
  // When and where.
  "sameDay",
  "differentDay",
  "samePlace",
  "differentPlace",
  "partitiveAgainstOther", // one worded as a part of a set ("two of them", "three of the crew"), the other not
  "oneRunningTotal", // one figure a running total ("so far"), the other not
  "bothRunningTotal",
  // Who and where in the texts.
  "sameDocument",
  "sameDocumentRepeat", // one value of one noun twice in one text
  "sameDocumentDistinctive", // one distinctive value twice in a text under two nouns
  "bothLeads", // both in the first paragraph of different documents
  "equalInLeads",
  "sameAttribution", // both cite the same named source
  "ratioAcrossSources", // logRatio when two named sources give the figures: sources that disagree still state one quantity
  "sameDocumentOtherSource", // one text giving two cited sources' figures of one noun ("A says 9,000 Afghans; B, 18,000 Afghans")
  "sameSentenceSameHead", // two figures of one noun in one sentence ("9,000 Afghans, ... 18,000 Afghans")
  "restated", // a bracketed restatement in another currency ("€2m (£1.7m)")
  // Dates and clock times.
  "dateGapMonths", // months between two dates beyond the first (0..12)
  "sameDate",
  "preciseDatesDiffer", // two dates stated to the day, different days ("on Wednesday", "on Thursday")
  "yearsOnly", // both dates a whole year ("in 1999"): their own base rate, apart from dates stated to the day
  "dateRole", // both deadlines, or both starts
  "dateNearby", // deadlines side by side in one text
  "eventDateInLeads", // plain dates at most a day apart in two leads, not of different events
  "clockGapHours", // hours between two clock times (0..3)
  // Kinds: a base rate per kind of figure.
  "kindDate",
  "kindClock",
  "kindAge",
  "kindMoney",
  "kindMeasure",
  "kindDuration", // "eight years", "ten minutes": periods recur in a story more than lengths or weights do
  "kindPercent",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type PairFeatures = Record<FeatureName, number>;

const NOT_MEASURES = new Set(["count", "rank", "money", "percent", "date", "age"]);
const MONTH_DAYS = 30;
const YEAR_DAYS = 365;
const b = (x: boolean) => (x ? 1 : 0);

function kindOf(f: ClaimFeatures): string {
  if (isClockTime(f.claim.kind)) return "clock";
  if (NOT_MEASURES.has(f.claim.kind)) return f.claim.kind;
  return "measure";
}

/** Orders of magnitude between two stated values (a zero against anything else is one order). */
function valueDistance(x: number, y: number): number {
  const [p, q] = [Math.abs(x), Math.abs(y)];
  if (p === q) return 0;
  if (p === 0 || q === 0) return 1;
  return Math.abs(Math.log10(p / q));
}

/** Symmetric soft overlap: each word's best WordNet match on the other side, averaged both ways. */
function softOverlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  // The same words (wire copy, a repeated phrase): every word is its own best match.
  if (a.length === b.length && a.every((w, i) => w === b[i])) return 1;
  const bestOfB = new Array<number>(b.length).fill(0);
  let sumA = 0;
  for (const w of a) {
    let best = 0;
    for (let k = 0; k < b.length; k++) {
      const s = lemmaSimilarity(w, b[k]);
      if (s > best) best = s;
      if (s > bestOfB[k]) bestOfB[k] = s;
    }
    sumA += best;
  }
  const sumB = bestOfB.reduce((sum, s) => sum + s, 0);
  return (sumA / a.length + sumB / b.length) / 2;
}

function namesMeet(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) for (const y of b) if (similarNames(x, y)) return true;
  return false;
}

export function pairFeatures(a: ClaimFeatures, c: ClaimFeatures, idf: Idf, restated = false): PairFeatures {
  const kind = kindOf(a);
  const isDate = kind === "date";
  const isClock = kind === "clock";
  const heads = headAgreement(a, c);
  const headRelated = heads === "mismatch" || heads === "synonym" ? setSimilarity(a.heads, c.heads) : heads === "match" ? 1 : 0;
  const equal = !isDate && sameValue(a, c);
  const distinctive = equal && distinctiveValue(a.claim.value, a.claim.kind) && distinctiveValue(c.claim.value, c.claim.kind);
  const zeroHarm = zeroHarmPair(a, c);
  const predicate = zeroHarm ? "match" : predicateAgreement(a, c);
  const days = dayAgreement(a, c);
  const places = placeRelation(a.place, c.place, similarNames, a.placeContrasts);
  const runningTotals = Number(a.aggregate !== "none") + Number(c.aggregate !== "none");
  const sameDocument = a.claim.documentId === c.claim.documentId;
  const measure = kind === "measure";
  const sameFrame = equal && measure && a.frame !== null && a.frame === c.frame;
  const bothLeads = a.lead && c.lead && !sameDocument;
  const magnitudeApart = !isDate && !isClock && !zeroHarm ? valueDistance(a.magnitude, c.magnitude) : 0;
  const dateGap = isDate ? Math.max(0, Math.abs(a.magnitude - c.magnitude) - 31) / MONTH_DAYS : 0;
  return {
    context: contextSimilarity(a, c, idf),
    nearCopy: b(!sameDocument && sameWording(a.claim.sentence, c.claim.sentence)),
    headSame: b(heads === "match"),
    headMismatch: b(heads === "mismatch"),
    headRelated,
    headVsPredicate: Math.max(setSimilarity(a.heads, c.verbs), setSimilarity(c.heads, a.verbs)),
    predicateSame: b(predicate === "match"),
    predicateMismatch: b(predicate === "mismatch"),
    predicateRelated: predicate === "mismatch" ? setSimilarity(a.verbs, c.verbs) : predicate === "match" ? 1 : 0,
    prepositionFrame: b(sameFrame),
    nearRelated: softOverlap(a.near, c.near),
    headOneSided: b(heads === "unknown" && a.heads.size + c.heads.size > 0),
    rankVsCount: b((a.claim.kind === "rank") !== (c.claim.kind === "rank")),
    actorsShared: b(a.actors.size > 0 && c.actors.size > 0 && namesMeet(a.actors, c.actors)),
    actorsDisjoint: b(a.actors.size > 0 && c.actors.size > 0 && !namesMeet(a.actors, c.actors)),
    agentsShared: b(a.agents.size > 0 && c.agents.size > 0 && namesMeet(a.agents, c.agents)),
    agentsDisjoint: b(a.agents.size > 0 && c.agents.size > 0 && !namesMeet(a.agents, c.agents)),
    yearsDiffer: b(a.years.size > 0 && c.years.size > 0 && ![...a.years].some((y) => c.years.has(y))),
    equalValue: b(equal),
    equalDistinctive: b(distinctive && kind !== "age"),
    equalAge: b(equal && kind === "age"),
    equalUnrelatedNouns: equal && heads === "mismatch" ? 1 - headRelated : 0,
    equalRare: equal ? Math.min(a.valueRarity, c.valueRarity) : 0,
    overlap: b(!isDate && !isClock && overlaps(a.interval, c.interval)),
    logRatio: Math.min(1, magnitudeApart),
    zeroAgainstCount: b(zeroHarm),
    sameDay: b(days === "same"),
    differentDay: b(days === "different"),
    samePlace: b(places === "same"),
    differentPlace: b(places === "different"),
    partitiveAgainstOther: b((a.scope === "partitive") !== (c.scope === "partitive")),
    oneRunningTotal: b(runningTotals === 1),
    bothRunningTotal: b(runningTotals === 2),
    sameDocument: b(sameDocument),
    sameDocumentRepeat: b(equal && sameDocument && heads !== "mismatch" && predicate !== "mismatch" && a.claim.unit === c.claim.unit && kind !== "age"),
    sameDocumentDistinctive: b(distinctive && sameDocument && heads === "mismatch" && predicate !== "mismatch" && a.claim.kind === c.claim.kind && kind !== "age"),
    bothLeads: b(bothLeads),
    equalInLeads: b(equal && bothLeads && heads !== "mismatch"),
    sameAttribution: b(a.attributionKey !== "" && a.attributionKey === c.attributionKey),
    ratioAcrossSources: a.attributionKey !== "" && c.attributionKey !== "" && a.attributionKey !== c.attributionKey ? Math.min(1, magnitudeApart) : 0,
    sameDocumentOtherSource: b(sameDocument && heads === "match" && a.attributionKey !== "" && c.attributionKey !== "" && a.attributionKey !== c.attributionKey),
    sameSentenceSameHead: b(sameDocument && a.claim.sentenceStart === c.claim.sentenceStart && heads === "match"),
    restated: b(restated),
    dateGapMonths: Math.min(12, dateGap),
    sameDate: b(isDate && a.magnitude === c.magnitude),
    preciseDatesDiffer: b(isDate && a.claim.precision <= 1 && c.claim.precision <= 1 && a.magnitude !== c.magnitude),
    yearsOnly: b(isDate && a.claim.precision >= YEAR_DAYS && c.claim.precision >= YEAR_DAYS),
    dateRole: b(isDate && a.dateRole !== "point"),
    dateNearby: b(isDate && a.dateRole !== "point" && nearbyInOneDocument(a, c)),
    eventDateInLeads: b(
      isDate && a.dateRole === "point" && bothLeads && Math.abs(a.magnitude - c.magnitude) <= 1 && !(a.magnitude !== c.magnitude && differentEvents(a, c)),
    ),
    clockGapHours: isClock ? Math.min(3, clockGap(a, c) / 60) : 0,
    kindDate: b(isDate),
    kindClock: b(isClock),
    kindAge: b(kind === "age"),
    kindMoney: b(kind === "money"),
    kindMeasure: b(measure && a.claim.kind !== "duration"),
    kindDuration: b(a.claim.kind === "duration"),
    kindPercent: b(kind === "percent"),
  };
}

/** The features in FEATURE_NAMES order (pairFeatures builds them in that order; a test holds it to it). */
export function featureVector(features: PairFeatures): number[] {
  return Object.values(features);
}
