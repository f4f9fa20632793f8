/**
 * What a figure is about (its "referred concept"), without a POS tagger: the
 * nearest noun phrase that governs the figure in its clause.
 *
 * Rules, tried in order:
 *   1. "NP of <figure>"  → NP            ("a fine of $2m" → "fine", "sales of 5,835 units")
 *   2. walk left from the figure over the words that sit between a noun and
 *      its figure: verbs and auxiliaries ("rose", "has scored", "was"),
 *      prepositions ("by", "to", "at"), adverbs, determiners, object pronouns
 *      and the tokens of other figures; the first content word reached ends
 *      the noun phrase, read leftwards to a function word
 *      ("core inflation rose 0.3%" → "core inflation";
 *       "the September contract was up 19 cents" → "September contract").
 *   A subject pronoun ("he", "they") or a clause break (";", ":") before any
 *   noun gives nothing: the referent lies outside the sentence.
 * Word classes are heuristic: a list of frequent verbs and auxiliaries, plus
 * "-ed" words, stand in for a tagger.
 */
import type { Token } from "./tokens";

const AUXILIARIES = new Set(
  ("is are was were be been being am 's has have had having do does did will would shall should can could may might must " +
    "wo ca not n't never").split(" "),
);

/** Frequent news verbs whose forms don't end in -ed (and a few that do but are listed for clarity). */
const VERBS = new Set(
  ("rose rise rises risen fell fall falls fallen grew grow grows grown hit hits cost costs paid pay pays sold sell sells " +
    "made make makes took take takes taken gave give gives given got get gets won win wins lost lose loses spent spend spends " +
    "set sets put puts came come comes went go goes gone stood stand stands saw see sees seen said say says told tell tells " +
    "showed show shows shown found find finds held hold holds kept keep keeps left leave leaves led lead leads brought bring " +
    "brings bought buy buys built build builds ran run runs sank sinks slid slides shrank shrinks shed sheds cut cuts reach reaches " +
    "total totals average averages amount amounts account accounts represent represents employ employs need needs want wants " +
    "include includes expect expects plan plans estimate estimates jump jumps climb climbs drop drops gain gains surge surges " +
    "soar soars slump slumps plunge plunges tumble tumbles top tops hits bring raise raises raising cover covers offer offers " +
    "has become becomes became carry carries hire hires fetch fetches earn earns owe owes weigh weighs measure measures " +
    "stretch stretches span spans range ranges exceed exceeds boost boosts lift lifts add adds increase increases decrease " +
    "decreases decline declines slip slips dip dips sink shrink grow expand expands double doubles triple triples halve halves " +
    "score scores kill kills injure injures attract attracts draw draws serve serves house houses sit sits hover hovers " +
    "worth valued priced"
  ).split(" "),
);

/** Words skipped while looking for the noun: prepositions, determiners, adverbs, particles. */
const SKIP = new Set(
  ("by to at for from in on with into about around over under of than as so then up down out off back " +
    "a an the its their his her our my your this that these those some any each every all both another " +
    "now just only also still already nearly almost roughly approximately even yet again ever further " +
    "more most less least much many very too well about some estimated total average per " +
    "it them him us me which who whose whom " +
    "to-date respectively currently reportedly recently previously reaching one").split(" "),
);

/** Time words: "in the quarter", "last year", "on Monday" are when, not what. */
const TEMPORAL = new Set(
  ("year years month months week weeks day days quarter quarters decade decades hour hours minute minutes " +
    "time times period season last past next first second third fourth annual annually yearly monthly weekly daily " +
    "today yesterday tonight morning afternoon evening night week-end weekend " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec").split(" "),
);

/** Words that open a clause of their own: its figure's concept is not before them. */
const CLAUSE_OPENERS = new Set(["that", "since", "when", "while", "because", "if", "although", "though", "whether", "unless", "whereas"]);

const MODALS = new Set(["can", "could", "will", "would", "shall", "should", "may", "might", "must", "to", "did", "does", "do"]);
const COPULAS = new Set(["is", "are", "was", "were", "be", "been", "being", "am", "remains", "remained", "seems", "seemed", "looked", "looks"]);

/** Subject pronouns: the concept lies outside the sentence. */
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you", "there"]);

/** Words that cannot be part of a noun phrase read leftwards. */
const NP_STOP = new Set(
  ("a an the this that these those its their his her our my your to of in on at by for from with without into onto " +
    "across through over under after before during since until about against between among along around near " +
    "and or but nor so yet as if than then because while when where who whom whose which what how why " +
    "is are was were be been being am has have had do does did will would shall should can could may might must " +
    "not no only also just even still already more most less least very too such per each every other another " +
    "it they them he she we you i us him me there here said says say told according ago later earlier " +
    "now today yesterday tomorrow up down out off back some any all both many much few several " +
    "including include includes").split(" "),
);

const BREAKS = new Set([";", ":", "(", ")", "[", "]", "—", "–", '"', "“", "”", "?", "!", "."]);

const MAX_NP_WORDS = 5;
const MAX_WALK = 12;

function isVerbLike(t: Token): boolean {
  const w = t.lower;
  if (AUXILIARIES.has(w) || VERBS.has(w)) return true;
  if (w.length >= 5 && w.endsWith("ed") && !/(hundred|speed|seed|need|breed|feed|creed|greed|shed|bed)$/.test(w)) return true;
  if (w.length >= 6 && w.endsWith("ing") && t.text[0] === w[0]) return true;
  return false;
}

function isContent(t: Token): boolean {
  return t.kind === "word" && !NP_STOP.has(t.lower) && !isVerbLike(t);
}

/**
 * Read a noun phrase that ends at tokens[end], leftwards.
 * Hyphen-glued words stay together; possessive-less owners ("Tesla sales") are kept.
 */
function nounPhraseEndingAt(text: string, tokens: Token[], end: number, covered: (k: number) => number): string | null {
  let k = end;
  // a name with a glued number: "S8", "i4 M50", "V10"
  if (tokens[k]?.kind === "num" && tokens[k - 1]?.kind === "word" && tokens[k - 1].end === tokens[k].start) k--;
  if (!tokens[k] || !isContent(tokens[k]) || covered(k) >= 0) return null;
  let words = 1;
  while (k - 1 >= 0 && words < MAX_NP_WORDS) {
    const p = tokens[k - 1];
    if (p.text === "-" && p.end === tokens[k].start && tokens[k - 2] && tokens[k - 2].end === p.start && tokens[k - 2].kind === "word") {
      k -= 2;
      continue;
    }
    if (p.text === "&" && tokens[k - 2]?.kind === "word") {
      k -= 2;
      words++;
      continue;
    }
    if (p.kind === "num" && tokens[k - 2]?.kind === "word" && tokens[k - 2].end === p.start && p.end === tokens[k].start - 1 && isContent(tokens[k - 2])) {
      k -= 2; // "i4 M50"
      words++;
      continue;
    }
    if (!isContent(p) || covered(k - 1) >= 0 || TEMPORAL.has(p.lower)) break;
    // a capitalised word after a lower-case noun starts a new phrase ("... shares Tesla")
    k--;
    words++;
  }
  return text.slice(tokens[k].start, tokens[end].end);
}

export type ConceptRead = { text: string } | { sameAs: number } | null;

/** A word used as a verb: after a modal or infinitive "to" ("can fly", "to drill"). */
function afterModal(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /ly$/.test(tokens[j].lower) && tokens[j].lower.length > 4) j--;
  return j >= 0 && MODALS.has(tokens[j].lower) && (tokens[j].lower !== "to" || !TEMPORAL.has(tokens[k].lower));
}

/** A predicative adjective: "was strong", "is quick" (one word after a copula). */
function afterCopula(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (/ly$/.test(tokens[j].lower) && tokens[j].lower.length > 4 || tokens[j].lower === "just" || tokens[j].lower === "as" || tokens[j].lower === "so" || tokens[j].lower === "very" || tokens[j].lower === "not")) j--;
  return j >= 0 && COPULAS.has(tokens[j].lower);
}

/**
 * The concept of the figure starting at tokens[first]: a phrase, or "the
 * same as the figure at index n" when the walk reaches an earlier figure
 * first ("87 mph (140 km/h)", "up 19 cents at $58.24").
 * `covered(k)`: the index of the figure holding token k, or -1.
 */
export function conceptFor(text: string, tokens: Token[], first: number, covered: (k: number) => number): ConceptRead {
  let k = first - 1;
  // Rule 1: "NP of <figure>"
  if (tokens[k]?.lower === "of") {
    let j = k - 1;
    const np = nounPhraseEndingAt(text, tokens, j, covered);
    if (np && !/^(one|some|all|most|many|each|none|both|any|half|part|total|number|amount|sum)$/i.test(np)) return { text: np };
    while (j >= 0 && (tokens[j].lower === "total" || tokens[j].lower === "average" || tokens[j].lower === "a" || tokens[j].lower === "an" || tokens[j].lower === "the")) j--;
    k = j;
  }
  // Rule 2: walk left
  let steps = 0;
  let opened = false;
  for (; k >= 0 && steps < MAX_WALK; k--, steps++) {
    const t = tokens[k];
    const holder = covered(k);
    if (holder >= 0) return { sameAs: holder };
    // the counted noun of an earlier figure: "19 cents at $58.24"
    if (t.kind === "word" && tokens[k - 1] && covered(k - 1) >= 0 && tokens[k - 1].kind !== "sym" && !NP_STOP.has(t.lower) && !isVerbLike(t)) return { sameAs: covered(k - 1) };
    if (t.kind === "num") {
      if (tokens[k - 1]?.kind === "word" && tokens[k - 1].end === t.start) return npOrNull(nounPhraseEndingAt(text, tokens, k, covered));
      continue;
    }
    if (t.kind === "sym") {
      if (t.text === "(" && !opened) {
        opened = true; // a figure in brackets: what the bracket follows
        continue;
      }
      if (BREAKS.has(t.text)) return null;
      continue;
    }
    // a unit glued to a number ("6kW", "1.0l") or a lone letter
    if (tokens[k - 1]?.kind === "num" && tokens[k - 1].end === t.start) continue;
    if (t.text.length === 1 && t.lower !== "i") continue;
    if (SUBJECT_PRONOUNS.has(t.lower)) return null;
    if (CLAUSE_OPENERS.has(t.lower)) return null;
    if (SKIP.has(t.lower) || isVerbLike(t) || TEMPORAL.has(t.lower) || (/ly$/.test(t.lower) && t.lower.length > 4)) continue;
    if (NP_STOP.has(t.lower)) continue;
    if (afterModal(tokens, k) || afterCopula(tokens, k)) continue;
    return npOrNull(nounPhraseEndingAt(text, tokens, k, covered));
  }
  return null;
}

function npOrNull(np: string | null): ConceptRead {
  return np ? { text: np } : null;
}
