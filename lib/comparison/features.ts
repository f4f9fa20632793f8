import type { ComparableClaim } from "./types";
import { intervalOf, type Interval } from "./interval";
import { contentLemmas, isContentToken, nounLemmas, tokenize, type Token } from "./text";
import { isCountLike, stepToBase, toBase, unitFamily } from "./units";
import { dayOfFigure, isDateline, type NamedDay } from "./days";
import { placeScopeOf, type PlaceScope } from "./place";
import { CALENDAR_WORDS, isSuperlativeAdjective, RATE_MARKERS, RECENCY_SUPERLATIVES } from "../lexicon/words";

/**
 * What part of a quantity a figure states. Figures of different scopes are
 * never the same quantity: a total against its largest part ("the largest
 * accounted for over 300"), an increment ("an additional 20,000"), or a rate
 * ("every year", "per day"). A partitive ("two of them", "three of the
 * crew") is the exception: it names a part as often as the whole set again,
 * so it is a feature the model weighs, not a rule.
 */
export type Scope = "total" | "part" | "partitive" | "increment" | "rate";

/** For dates: a deadline ("by September 11"), a start ("since May") or a plain date ("on July 3"). */
export type DateRole = "deadline" | "start" | "point";

/**
 * Whether a figure sums several events. "explicit": the sentence names the
 * events it sums ("in their five operations so far", "during the three raids")
 * — never the same quantity as a figure for one event.
 * "marked": only a running-total word ("so far", "to date", "since 1999") —
 * evidence, not proof (a death toll "so far" is the toll). "none": neither.
 */
export type Aggregate = "explicit" | "marked" | "none";

export interface ClaimFeatures {
  claim: ComparableClaim;
  family: string;
  /** Claims are only compared within one block: same family and, when given, same story. */
  block: string;
  /** Content lemmas around the figure, weighted by closeness (same clause 1, same sentence less). */
  context: Map<string, number>;
  /** How each context lemma is written (first occurrence), for labels. */
  surface: Map<string, string>;
  /** Verbs close to the figure: the predicate ("fled", "withdraw"). */
  verbs: Set<string>;
  /** Head nouns of what is counted or measured ("soldier", "border"); empty when unknown. */
  heads: Set<string>;
  /** The same heads as written (before synonym classes): "troop" and "soldier" stay two words here. */
  baseHeads: Set<string>;
  /** All content lemmas of the subject and counted noun. */
  subjectLemmas: Set<string>;
  /** Common nouns of the subject, modifiers included ("border" in "border area"). */
  subjectNouns: Set<string>;
  /** The same, before synonym classes. */
  baseSubjectNouns: Set<string>;
  scope: Scope;
  aggregate: Aggregate;
  dateRole: DateRole | null;
  /** Value and wording interval in the family's base unit. */
  magnitude: number;
  interval: Interval;
  /** Who is cited for the figure, normalised; "" when nobody is. */
  attributionKey: string;
  /** The step the figure was stated with, in the base unit. */
  step: number;
  /** Converted from another currency at a rate the texts give. */
  converted: boolean;
  /** Name words written right next to the figure ("Ann Lee, 19"): whose figure it is. */
  names: Set<string>;
  /** In the first characters of its document (the lead): statements there are about the main event. */
  lead: boolean;
  /** The named day the figure is stated for ("on Wednesday night, about 200 ..."), when its sentence gives one. */
  day: NamedDay | null;
  /** The day its document was published (days since 1970), when known: a report tells of no later day. */
  publishedDay: number | null;
  /** From a dateline or timestamp line: publication metadata, compared with nothing. */
  dateline: boolean;
  /**
   * A count of repetitions ("was shot eleven times", "called 40 times"): what
   * it counts is its predicate's event, so its head is that verb.
   */
  repetition: boolean;
  /**
   * The prepositions around a figure, both sides ("within _ of"): the relation
   * a measurement states (a distance to somewhere, not a fall). Null unless both are there.
   */
  frame: string | null;
  /** Harm classes the figure counts (died, injured, arrested), from its counted noun or predicate. */
  harm: Set<string>;
  /** Harm classes of the counted noun alone ("no injuries"): what a zero count is a zero of. */
  harmHeads: Set<string>;
  /**
   * For counts of shots: "hit" counts what struck someone ("was shot eleven
   * times", "seven bullets hit him", "hit by seven bullets"), "fired" what was
   * shot off ("fired 11 rounds", "officers shot 11 rounds"). Voice decides for
   * a shooting verb: passive is the person hit, active the shooter firing.
   */
  shotRole: "hit" | "fired" | null;
  /**
   * The place the figure is stated for, from its own clause ("marched in
   * Athens", "the province of Attica", "nationwide"); null when none. A place
   * of whoever reports it ("police in Athens said") or a dateline is none.
   */
  place: PlaceScope | null;
  /**
   * How rare the figure's value is in its block: the block's documents over
   * the figures of that value (at most 1), shrunk by 1 - 1/documents (few
   * texts say little). A value six texts state once each is rare (0.83);
   * "two" stated forty times in six texts counts several things (0.13). Set
   * by grouping for the whole block; 0 alone.
   */
  valueRarity: number;
  /** Place pairs the texts of this claim's block contrast (set by grouping for the whole block; empty alone). */
  placeContrasts: ReadonlySet<string>;
  /** Names in the figure's clause other than its cited source: who offered, who was shot, whose building. */
  actors: Set<string>;
  /** The names of `actors` before the figure that no preposition introduces: who offered, whose offer ("the Red Sox made an eight-year offer"). */
  agents: Set<string>;
  /** The content words closest to the figure (common nouns, verbs, adjectives), nearest first: its immediate frame. */
  near: string[];
  /** Years named in the figure's clause ("in 1999", "since 2007"): the time a figure other than a date is anchored to. */
  years: Set<number>;
}

/** A run of proper nouns right before (", " allowed) or after the figure, not a modifier of a noun. */
function adjacentNames(sentence: string, tokens: Token[], span: FigureSpan | null): Set<string> {
  const names = new Set<string>();
  if (!span) return names;
  const isName = (t: Token | undefined) => t !== undefined && t.pos === "PROPN" && /^\p{Lu}/u.test(sentence.slice(t.start, t.end)) && !t.acronym;
  // Before: "Ann Lee, 19"
  let i = span.first - 1;
  if (tokens[i]?.text === ",") i--;
  const before: Token[] = [];
  while (i >= 0 && isName(tokens[i])) before.unshift(tokens[i--]);
  // After: "16-year-old Ann Lee was ..." (not "36-year-old Australian climber").
  let k = span.last + 1;
  const after: Token[] = [];
  while (k < tokens.length && isName(tokens[k])) after.push(tokens[k++]);
  const modifier = tokens[k] !== undefined && tokens[k].pos === "NOUN";
  for (const t of [...before, ...(modifier ? [] : after)]) names.add(t.base);
  return names;
}

const CLAUSE_WEIGHT = 1;
/** Words of a figure's immediate frame compared through WordNet (a predicate and its argument, with a modifier). */
const NEAR_WORDS = 4;
/** Parts of speech of those words: what is counted, what happened to it, and how. */
const NEAR_POS = new Set(["NOUN", "VERB", "ADJ"]);
/** Words this many tokens from the figure count half: the predicate sits near its figure. */
const HALF_WEIGHT_DISTANCE = 6;
const MIN_CLOSENESS = 0.15;
const SENTENCE_WEIGHT = 0.3;
const PREVIOUS_SENTENCE_WEIGHT = 0.4;
/** A verb this close to the figure is taken as its predicate. */
const PREDICATE_MIN_WEIGHT = 0.5;

/** Nouns that say "how much of something" rather than what: look through them to the of-phrase. */
const CONTAINER_NOUNS = new Set([
  "number", "total", "share", "part", "percent", "percentage", "proportion", "amount", "majority",
  "minority", "half", "third", "quarter", "fraction", "rest", "group", "count", "tally", "figure", "sum",
]);
/** Counted nouns too general to tell quantities apart ("people" can be soldiers or refugees). */
const GENERIC_HEADS = new Set([
  "people", "person", "individual", "one", "other", "more", "thing", "unit", "item", "time", "member",
  "man", "woman", "men", "women",
]);

const INCREMENT_WORDS = new Set(["another", "additional", "further", "extra"]);
const TIME_NOUNS = new Set(["day", "week", "month", "year", "hour", "minute", "season", "quarter", "night"]);
const DEADLINE_WORDS = new Set(["by", "until", "till", "til", "before", "deadline"]);
const START_WORDS = new Set(["since", "from", "after"]);
/** Running-total words: the figure may sum more than the event at hand. */
const RUNNING_TOTAL = /\b(?:so far|to date|in total|altogether|all told|cumulative(?:ly)?|since (?:1[89]|20)\d\d)\b/i;
/** Number words that count events in an aggregation ("in their five operations"). */
const EVENT_COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|\d+)`;
const NOT_EVENTS = String.raw`(?!(?:hours|days|weeks|months|years|decades|minutes|nights|seasons)\b)`;
/**
 * A sum over named events: "during the five operations", "over three raids"
 * (not time spans: "over the past 24 hours" is a window).
 */
const EXPLICIT_AGGREGATE = new RegExp(
  String.raw`\b(?:during|over)\s+(?:(?:the|their|its|his|her|our|all|these|those)\s+)?(?:(?:previous|past|last|earlier|other)\s+)?${EVENT_COUNT}\s+${NOT_EVENTS}[a-z]+s\b`,
  "i",
);
/** "in their five operations": a sum over events only with a running-total word ("... so far"); else "pirates in three boats". */
const IN_EVENTS = new RegExp(String.raw`\bin\s+(?:the|their|its|his|her|our|all)\s+${EVENT_COUNT}\s+${NOT_EVENTS}[a-z]+s\b`, "i");
/** Characters from the start of a document within which a sentence is in its lead. */
export const LEAD_CHARS = 500;
/** Pronouns that point back to the previous sentence ("this will most likely happen ..."). */
const ANAPHORS = new Set(["this", "that", "it", "these", "those", "they", "he", "she", "such"]);


interface FigureSpan {
  first: number;
  last: number;
}

/** Token indexes covered by the figure (located by offsets, else by searching its text). */
function figureSpan(claim: ComparableClaim, tokens: Token[]): FigureSpan | null {
  let start = claim.start - claim.sentenceStart;
  if (claim.sentence.slice(start, start + claim.figure.length) !== claim.figure) {
    start = claim.sentence.indexOf(claim.figure);
    if (start < 0) return null;
  }
  const end = start + claim.figure.length;
  let first = -1;
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.end > start && t.start < end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : { first, last };
}

function closeness(index: number, span: FigureSpan | null): number {
  if (!span) return 1;
  const distance = index < span.first ? span.first - index : index - span.last;
  return Math.max(MIN_CLOSENESS, 1 / (1 + (distance - 1) / HALF_WEIGHT_DISTANCE));
}

function clauseIndexes(tokens: Token[]): number[] {
  let clause = 0;
  return tokens.map((t) => (t.clauseBreak ? ++clause : clause));
}

/** Tokens of the figure's clause within `reach` tokens before (or after) it. */
function window(tokens: Token[], clauses: number[], span: FigureSpan, side: "before" | "after", reach: number): Token[] {
  const clause = clauses[side === "before" ? span.first : span.last];
  const out: Token[] = [];
  if (side === "before") {
    for (let i = span.first - 1; i >= 0 && out.length < reach && clauses[i] === clause && !tokens[i].clauseBreak; i--) out.unshift(tokens[i]);
  } else {
    for (let i = span.last + 1; i < tokens.length && out.length < reach && clauses[i] === clause; i++) out.push(tokens[i]);
  }
  return out;
}

function scopeOf(before: Token[], after: Token[], coordinated: boolean): Scope {
  const words = before.map((t) => t.text);
  // "the largest of the fires", "the single deadliest": one member of a set
  if (words.some((w) => w === "single" || (isSuperlativeAdjective(w) && !RECENCY_SUPERLATIVES.has(w)))) return "part";
  // "one of them, with over 300": the figure is one member's. Not "one of (the) four men": there the figure counts the whole set.
  const oneOf = words.findIndex((w, i) => w === "one" && words[i + 1] === "of");
  if (oneOf >= 0 && !(oneOf + 2 === words.length || (oneOf + 3 === words.length && ["the", "their", "its", "his", "her", "our"].includes(words[oneOf + 2])))) return "part";
  const next = after.map((t) => t.text);
  // "two of them", "two of the skiffs", "three among the crew": often a part, yet as often the whole
  // set named again ("40 or 50 of them", "four of her co-workers"), so only evidence (see Scope).
  if (next[0] === "of" && ["whom", "which", "them", "those", "these"].includes(next[1] ?? "")) return "partitive";
  if (next[0] === "of" && ["the", "their", "its", "his", "her", "our"].includes(next[1] ?? "")) return "partitive";
  if (next.slice(0, 3).includes("among")) return "partitive";
  // "another 500 troops", "an additional 5,000": the word modifies the figure itself (not "another climber, 36-year-old").
  if (INCREMENT_WORDS.has(words[words.length - 1] ?? "")) return "increment";
  if (coordinated) return "part";
  if (words.some((w) => RATE_MARKERS.has(w))) return "rate";
  for (let i = 0; i < next.length; i++) {
    if (RATE_MARKERS.has(next[i]) && next[i] !== "every") return "rate";
    if ((next[i] === "a" || next[i] === "an" || next[i] === "every") && TIME_NOUNS.has(next[i + 1] ?? "")) return "rate";
  }
  return "total";
}

/**
 * The running-total mark of a figure's sentence. The figure that counts the
 * events of the aggregation ("five" in "during the five operations") is not
 * summed over them: it is the number of events.
 */
export function aggregateOf(sentence: string, figure: [start: number, end: number] | null = null): Aggregate {
  const phrase = EXPLICIT_AGGREGATE.exec(sentence) ?? (RUNNING_TOTAL.test(sentence) ? IN_EVENTS.exec(sentence) : null);
  if (phrase) {
    const inside = figure !== null && figure[0] >= phrase.index && figure[1] <= phrase.index + phrase[0].length;
    return inside ? "none" : "explicit";
  }
  return RUNNING_TOTAL.test(sentence) ? "marked" : "none";
}

const isNumberToken = (t: Token | undefined) => t !== undefined && (t.pos === "NUM" || /^\d/.test(t.text));
/** A word between a figure and "and" that is not a noun of its own ("one Australian and one English climber"). */
const isModifier = (t: Token | undefined) => t !== undefined && (t.pos === "ADJ" || t.pos === "PROPN") && !isNumberToken(t);

/**
 * A count coordinated with another count of one shared noun: "one Australian
 * and one English climber", "two French and three Belgian nationals". Each is
 * a part of the whole, not the whole. Lists of different nouns ("31 magazines
 * and 923 rounds") are not: each figure has a noun of its own.
 */
function coordinatedPart(tokens: Token[], span: FigureSpan | null): boolean {
  if (!span) return false;
  const isAnd = (t: Token | undefined) => t !== undefined && (t.text === "and" || t.text === "or");
  let k = span.last + 1;
  if (isModifier(tokens[k])) k++;
  if (isAnd(tokens[k]) && isNumberToken(tokens[k + 1])) return true;
  let i = span.first - 1;
  if (!isAnd(tokens[i])) return false;
  i--;
  if (isModifier(tokens[i])) i--;
  return isNumberToken(tokens[i]);
}

/** Harm classes (synonym-class representatives): a zero of one harm is comparable with a count of the same harm. */
const HARM_CLASSES = new Set(["die", "injure", "arrest"]);
/** The projectile class ("shot", "round", "bullet") and the verbs of hitting and of firing. */
const SHOT_CLASS = "shot";
const HIT_VERBS = new Set(["hit", "strike", "enter", "pierce", "wound", "injure"]);
const FIRE_VERBS = new Set(["fire", "discharge", "unload", "shoot"]);
const FIRING_FORMS = new Set(["shot", "shoot", "shoots", "fired", "fire", "fires", "discharged", "emptied"]);
const PASSIVE_AUX = new Set(["was", "were", "been", "being", "is", "are", "be", "got", "get", "gets"]);

/** Whether the verb at `index` is passive: a form of "be"/"get" right before it (adverbs allowed). */
function passiveAt(tokens: Token[], index: number): boolean {
  let i = index - 1;
  while (i >= 0 && tokens[i].pos === "ADV") i--;
  return i >= 0 && PASSIVE_AUX.has(tokens[i].text);
}

function shotRoleOf(tokens: Token[], span: FigureSpan | null, heads: Set<string>, verbs: Set<string>, context: Map<string, number>, repeated: Token | null): "hit" | "fired" | null {
  if (!span) return null;
  if (repeated) {
    // "was shot eleven times" (the person hit) against "fired eleven times" / "shot at him eleven times".
    const index = tokens.indexOf(repeated);
    if (HIT_VERBS.has(repeated.lemma) || (FIRE_VERBS.has(repeated.lemma) && repeated.lemma === "shoot" && passiveAt(tokens, index))) {
      return tokens[index + 1]?.text === "at" ? "fired" : "hit";
    }
    return FIRE_VERBS.has(repeated.lemma) ? "fired" : null;
  }
  if (!heads.has(SHOT_CLASS)) return null;
  // "Deputies shot 14 rounds": a firing verb right before the count (the tagger may call "shot" a noun).
  const previous = tokens[span.first - 1];
  if (previous && FIRING_FORMS.has(previous.text) && !passiveAt(tokens, span.first - 1)) return "fired";
  // The closest such verb is the figure's predicate ("fired 11 shots at him, hitting him twice": fired).
  let role: "hit" | "fired" | null = null;
  let best = -1;
  for (const v of verbs) {
    const weight = context.get(v) ?? 0;
    const r = HIT_VERBS.has(v) ? "hit" : FIRE_VERBS.has(v) ? "fired" : null;
    if (r && weight > best) {
      role = r;
      best = weight;
    }
  }
  return role;
}

/**
 * Who a figure is attributed to when the extractor gave nobody: a name right
 * before "says"/"said"/"reports" opening the figure's clause ("(the Post says
 * three people were injured)"): another source than the rest of the sentence.
 */
const SAYING = new Set(["says", "said", "reports", "reported", "claims", "claimed"]);
function clauseAttribution(sentence: string, tokens: Token[], clauses: number[], span: FigureSpan | null): string | null {
  // A name as written: tagged a proper noun, or capitalised inside the sentence ("the Herald").
  const isName = (t: Token) => t.pos === "PROPN" || t.acronym || (t.pos === "NOUN" && t.start > 0 && /^\p{Lu}/u.test(sentence.slice(t.start, t.end)));
  if (!span) return null;
  const clause = clauses[span.first];
  for (let i = span.first - 1; i >= 1 && clauses[i] === clause && span.first - i <= 4; i--) {
    if (!SAYING.has(tokens[i].text)) continue;
    const names: string[] = [];
    for (let k = i - 1; k >= 0 && clauses[k] === clause && isName(tokens[k]); k--) names.unshift(tokens[k].text);
    return names.length ? names.join(" ") : null;
  }
  return null;
}

/** Units of a repetition count ("eleven times", "once"): they count occurrences of the predicate. */
const REPETITION_UNITS = new Set(["time", "times"]);

/**
 * The predicate a repetition count counts: the nearest verb before the figure
 * in its clause ("was shot eleven times" → shoot), else the nearest after it.
 */
function repeatedVerb(before: Token[], after: Token[]): Token | null {
  for (let i = before.length - 1; i >= 0; i--) if (before[i].pos === "VERB") return before[i];
  for (const t of after) if (t.pos === "VERB") return t;
  return null;
}

/** The prepositions right around a figure ("within 80 m of"), skipping adverbs before it ("within about 80 m of"). */
function frameOf(tokens: Token[], span: FigureSpan | null): string | null {
  if (!span) return null;
  let i = span.first - 1;
  while (i >= 0 && tokens[i].pos === "ADV" && span.first - i <= 2) i--;
  const before = tokens[i];
  const after = tokens[span.last + 1];
  if (before?.pos !== "ADP" || after?.pos !== "ADP") return null;
  return `${before.text}|${after.text}`;
}

/** `next`: the two tokens right after the date, across a comma. */
function dateRoleOf(before: Token[], next: Token[]): DateRole {
  // The nearest word before the date that is not an article or "end"/"of" ("until the end of").
  const words = before.map((t) => t.text).filter((w) => !["the", "a", "an", "end", "of", "late", "early", "mid"].includes(w));
  const previous = words[words.length - 1] ?? "";
  // "not until 2003", "until 1997, when a jury found him guilty": the day something happened, not a deadline.
  const happenedThen = words[words.length - 2] === "not" || (next[0]?.text === "," && next[1]?.text === "when");
  if (happenedThen && ["until", "till", "til"].includes(previous)) return "point";
  if (DEADLINE_WORDS.has(previous) || words.slice(-3).join(" ") === "no later than") return "deadline";
  if (START_WORDS.has(previous)) return "start";
  return "point";
}

function addWeight(context: Map<string, number>, lemma: string, weight: number): void {
  context.set(lemma, Math.max(context.get(lemma) ?? 0, weight));
}

/**
 * Head nouns of a subject phrase: the last noun of each conjunct, cut at a
 * preposition or relative clause, looking through container nouns
 * ("the number of DRA soldiers" → soldier; "guards and soldiers" → guard, soldier).
 */
export function headsOf(subject: string | null, base = false): Set<string> {
  const heads = new Set<string>();
  if (!subject) return heads;
  let lastNoun: string | null = null;
  const close = () => {
    if (lastNoun && !GENERIC_HEADS.has(lastNoun) && !CONTAINER_NOUNS.has(lastNoun)) heads.add(lastNoun);
    lastNoun = null;
  };
  for (const token of tokenize(subject)) {
    if (token.text === "and" || token.text === "or" || token.text === "," || token.text === "&") {
      close();
    } else if (token.pos === "ADP") {
      if (token.text === "of" && (lastNoun === null || CONTAINER_NOUNS.has(lastNoun))) {
        lastNoun = null; // "number of X", "two-thirds of X": X is the head
        continue;
      }
      break; // "border with Afghanistan": the head came before the preposition
    } else if (token.pos === "VERB" || token.pos === "AUX" || ["who", "which", "that"].includes(token.text)) {
      break;
    } else if (token.pos === "NOUN" || token.pos === "PROPN") {
      lastNoun = base ? token.base : token.lemma;
    }
  }
  close();
  return heads;
}

/** The noun after "the number/total of" in a clause: "number of DRA soldiers" → soldier. */
function containerHeads(clause: Token[]): string[] {
  const heads: string[] = [];
  for (let i = 0; i + 1 < clause.length; i++) {
    if (!CONTAINER_NOUNS.has(clause[i].lemma) || clause[i + 1].text !== "of") continue;
    let head: string | null = null;
    for (let k = i + 2; k < clause.length; k++) {
      const t = clause[k];
      if (t.pos === "NOUN" || t.pos === "PROPN") head = t.lemma;
      else if (!(t.pos === "ADJ" || t.pos === "DET" || t.pos === "NUM")) break;
    }
    if (head && !GENERIC_HEADS.has(head)) heads.push(head);
  }
  return heads;
}

/** Adjacent earlier sentences by document, to resolve "this"/"it" at the start of a sentence. */
export type PreviousSentenceLookup = (claim: ComparableClaim) => string | null;

export function extractFeatures(claim: ComparableClaim, previousSentence: PreviousSentenceLookup): ClaimFeatures {
  const family = unitFamily(claim.kind, claim.unit);
  const tokens = tokenize(claim.sentence);
  const clauses = clauseIndexes(tokens);
  const span = figureSpan(claim, tokens);
  const figureClause = span ? clauses[span.first] : -1;

  const context = new Map<string, number>();
  const surface = new Map<string, string>();
  const verbs = new Set<string>();
  tokens.forEach((t, i) => {
    if (span && i >= span.first && i <= span.last) return;
    // Generic nouns ("people") say nothing about which quantity is meant.
    if (!isContentToken(t) || CALENDAR_WORDS.has(t.lemma) || GENERIC_HEADS.has(t.lemma)) return;
    const clauseWeight = clauses[i] === figureClause || !span ? CLAUSE_WEIGHT : SENTENCE_WEIGHT;
    const weight = clauseWeight * closeness(i, span);
    addWeight(context, t.lemma, weight);
    if (!surface.has(t.lemma)) surface.set(t.lemma, claim.sentence.slice(t.start, t.end));
    if (t.pos === "VERB" && weight >= PREDICATE_MIN_WEIGHT) verbs.add(t.lemma);
  });

  const before = span ? window(tokens, clauses, span, "before", 6) : [];
  const after = span ? window(tokens, clauses, span, "after", 4) : [];
  const clauseTokens = span ? tokens.filter((_, i) => clauses[i] === figureClause) : tokens;
  const anaphoric = clauseTokens.some((t) => t.pos === "PRON" && ANAPHORS.has(t.text) && (!span || t.start < tokens[span.first].start));
  if (anaphoric) {
    const previous = previousSentence(claim);
    if (previous) for (const t of tokenize(previous)) if (isContentToken(t) && !CALENDAR_WORDS.has(t.lemma)) addWeight(context, t.lemma, PREVIOUS_SENTENCE_WEIGHT);
  }

  const heads = headsOf(claim.subject);
  const baseHeads = headsOf(claim.subject, true);
  const counted = isCountLike(claim.kind);
  const countedNoun = counted ? contentLemmas(claim.unit) : [];
  for (const lemma of countedNoun) if (!GENERIC_HEADS.has(lemma)) heads.add(lemma);
  if (counted) for (const t of tokenize(claim.unit)) if (isContentToken(t) && !GENERIC_HEADS.has(t.lemma)) baseHeads.add(t.base);
  const subjectLemmas = new Set([...contentLemmas(claim.subject), ...countedNoun]);
  const subjectNouns = new Set([...nounLemmas(claim.subject), ...countedNoun]);
  if (heads.size === 0 && span) {
    // "the number of DRA soldiers ... exceeds one thousand people": the counted noun sits earlier.
    for (const head of containerHeads(tokens.filter((_, i) => clauses[i] === figureClause && i < span.first))) {
      heads.add(head);
      baseHeads.add(head);
      subjectNouns.add(head);
      subjectLemmas.add(head);
    }
  }
  const repetition = counted && REPETITION_UNITS.has(claim.unit.trim().toLowerCase());
  const repeated = repetition ? repeatedVerb(before, after) : null;
  if (repetition && heads.size === 0) {
    const verb = repeated;
    if (verb) {
      heads.add(verb.lemma);
      baseHeads.add(verb.base);
    }
  }
  for (const generic of GENERIC_HEADS) subjectLemmas.delete(generic);
  // The counted noun belongs to the context too, even when it sits in the figure ("13 regions").
  for (const lemma of subjectLemmas) addWeight(context, lemma, CLAUSE_WEIGHT);

  const dateline = (claim.kind === "date" || claim.kind === "time") && isDateline(claim.sentence);
  const attributionKey = normalizeAttribution(claim.attribution ?? clauseAttribution(claim.sentence, tokens, clauses, span));
  const attributionWords = new Set(attributionKey.split(" "));
  const actors = new Set<string>();
  const agents = new Set<string>();
  let inRun = false;
  let runAllowed = false;
  const years = new Set<number>();
  const nearby: { lemma: string; weight: number; index: number }[] = [];
  tokens.forEach((t, i) => {
    if ((span && i >= span.first && i <= span.last) || (span && clauses[i] !== figureClause)) return;
    const written = claim.sentence.slice(t.start, t.end);
    if (/^(?:19|20)\d\d$/.test(written)) years.add(Number(written));
    const name = (t.pos === "PROPN" && /^\p{Lu}/u.test(written)) || t.acronym;
    const actor = name && !attributionWords.has(t.base) && !CALENDAR_WORDS.has(t.base);
    if (span && i < span.first) {
      // A run of names before the figure that no preposition introduces: the clause's subject or a possessor.
      if (actor && !inRun) runAllowed = tokens[i - 1]?.pos !== "ADP";
      inRun = actor;
      if (actor && runAllowed) agents.add(t.base);
    }
    if (actor) actors.add(t.base);
    else if (NEAR_POS.has(t.pos) && isContentToken(t) && !CALENDAR_WORDS.has(t.lemma)) nearby.push({ lemma: t.lemma, weight: closeness(i, span), index: i });
  });
  const near = [...new Set(nearby.sort((x, y) => y.weight - x.weight || x.index - y.index).map((n) => n.lemma))].slice(0, NEAR_WORDS);

  const interval = intervalOf(claim);
  const base = (v: number) => (Number.isFinite(v) ? toBase(v, claim.kind, claim.unit) : v);
  return {
    claim,
    family,
    // A dateline is compared with nothing: its own block.
    block: dateline ? `dateline:${claim.id}` : claim.storyId == null ? family : `${family}|story:${claim.storyId}`,
    context,
    surface,
    verbs,
    heads,
    baseHeads,
    subjectLemmas,
    subjectNouns,
    baseSubjectNouns: new Set([...tokenize(claim.subject ?? "").filter((t) => t.pos === "NOUN" && isContentToken(t)).map((t) => t.base), ...baseHeads]),
    // An age is one person's: never a part, increment or rate.
    scope: claim.kind === "date" || claim.kind === "age" ? "total" : scopeOf(before, after, counted && coordinatedPart(tokens, span)),
    aggregate: claim.kind === "date" || claim.kind === "age" ? "none" : aggregateOf(claim.sentence, span ? [tokens[span.first].start, tokens[span.last].end] : null),
    dateRole: claim.kind === "date" ? dateRoleOf(before, span ? tokens.slice(span.last + 1, span.last + 3) : []) : null,
    magnitude: base(claim.value),
    interval: { low: base(interval.low), high: base(interval.high) },
    attributionKey,
    step: Math.max(0, stepToBase(claim.precision, claim.kind, claim.unit)),
    converted: Boolean(claim.convertedFrom),
    names: claim.kind === "age" ? adjacentNames(claim.sentence, tokens, span) : new Set(),
    lead: claim.sentenceStart < LEAD_CHARS,
    day: span && claim.kind !== "date" ? dayOfFigure(tokens, span.first, span.last, claim.publishedAt) : null,
    publishedDay: claim.publishedAt && Number.isFinite(Date.parse(claim.publishedAt)) ? Math.floor(Date.parse(claim.publishedAt) / 86_400_000) : null,
    dateline,
    repetition,
    frame: frameOf(tokens, span),
    harm: new Set([...heads, ...verbs].filter((w) => HARM_CLASSES.has(w))),
    harmHeads: new Set([...heads].filter((w) => HARM_CLASSES.has(w))),
    shotRole: counted ? shotRoleOf(tokens, span, heads, verbs, context, repeated) : null,
    // Dates and ages belong to events and people, not to places.
    place: span && claim.kind !== "date" && claim.kind !== "age" && !dateline ? placeScopeOf(claim.sentence, tokens, span.first, span.last) : null,
    valueRarity: 0,
    placeContrasts: new Set(),
    actors: claim.kind === "date" ? new Set() : actors,
    agents: claim.kind === "date" ? new Set() : agents,
    near,
    years: claim.kind === "date" ? new Set() : years,
  };
}

/** The story a claim is compared within, as the IDF keys it. */
export function storyKeyOf(f: ClaimFeatures): string {
  return String(f.claim.storyId);
}

export function normalizeAttribution(attribution: string | null): string {
  if (!attribution) return "";
  return attribution
    .toLowerCase()
    .replace(/^(according to|as reported by|per)\s+/, "")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
