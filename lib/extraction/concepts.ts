/**
 * What a figure is about (its "referred concept"), read with parts of speech
 * (pos.ts) on the sentence that holds it.
 *
 * The rule is what an analyst asks of a figure: "the figure of what?" — the
 * noun phrase the figure measures, with its modifiers and its of/in/for/from
 * attachments ("life expectancy for men in Glasgow"). Tried in order:
 *   1. Attributive: a figure that modifies the noun after it
 *      ("a $800 pizza oven" → "pizza oven", "a 25% stake in the club" →
 *      "stake in the club"). Not for counts, whose next noun is what is
 *      counted (their unit), unless the count is glued by a hyphen
 *      ("a five-boat pirate attack" → "pirate attack").
 *   2. "NP of <figure>" → NP ("a fine of $2m" → "fine"); "a total of",
 *      "an average of" are skipped.
 *   3. The clause subject: walk left from the figure to the verb that governs
 *      it ("rose", "has", "was up", "will cost"), then read the noun phrase
 *      before that verb group, with its prepositional attachments
 *      ("Revenue from the region grew 5%" → "Revenue from the region";
 *      "Ford, which has 13,000 workers" → "Ford"). An infinitive ("to end
 *      at") or a coordinated verb ("... and offers 536 hp") passes the walk on
 *      to the verb before it. A personal-pronoun subject ("they", "it")
 *      names nothing: null. Without a governing verb in reach, the first
 *      noun phrase met on the way is taken ("S&P 500 +0.3%").
 *   Reaching an earlier figure first (or its counted noun) gives that
 *   figure's concept: "87 mph (140 km/h)", "up 19 cents at $58.24".
 * For counts the counted noun is the unit, so the concept is what the count
 * belongs to ("Ford has 13,000 workers" → "Ford"); a count that is itself
 * the subject is about its counted noun's of-phrase or its verb's object
 * ("14 players left the club" → "club"), and has none without them
 * ("300 people attended").
 * Further readings: a superlative apposition ("rose 0.3%, the biggest
 * increase in 18 months") and a participle clause after a comma or a time
 * phrase ("last year, having increased by $4bn") take the concept of the
 * clause they hang on; "under the age of N" is the age of the noun before it;
 * an apposition naming a change ("fell to $9, a 4% drop") lists what changed
 * as a further concept; the clause subject is listed through up to two
 * prepositions ("Britain can borrow at a rate of 1.4%" → "rate", "Britain"),
 * not for passives, relatives or bare infinitives.
 */
import type { Token } from "./tokens";
import { CALENDAR_WORDS, isSuperlative } from "../lexicon/words";

/** Time words: "in the quarter", "last year", "on Monday" are when, not what. */
const TEMPORAL = new Set(
  ("year years month months week weeks day days quarter quarters decade decades hour hours minute minutes " +
    "time times period season seasons annual annually yearly monthly weekly daily " +
    "today yesterday tonight tomorrow morning afternoon evening night week-end weekend am pm").split(" ").concat([...CALENDAR_WORDS]),
);

/** Words that never belong to a noun phrase read here, whatever their tag. */
const NP_STOP = new Set(
  ("a an the this that these those its their his her our my your to of in on at by for from with without into onto " +
    "and or but nor so yet as if than then because while when where who whom whose which what how why " +
    "not no only also just even still already more most less least very too such per each every other another " +
    "it they them he she we you i us him me there here said says say told according ago later earlier " +
    "now today yesterday tomorrow some any all both many much few several including instead respectively " +
    "nearly almost roughly approximately about around over under up down out off back total estimated record " +
    "however meanwhile overall").split(" "),
);

/** Heads that only carry the figure ("a total of", "the number of"): look past them. */
const CARRIER_HEADS = /^(one|some|all|most|many|each|none|both|any|half|part|total|number|amount|sum|average|level|rate|figure|value|price|cost|worth|tune|excess|upwards|region|order|range|close|high|low|peak|maximum|minimum)$/i;
/**
 * Carrier heads that still name a measure ("the price of gold", "the rate on
 * loans", "a sum of $10m"): kept as the head of an "of" phrase, while pure
 * carriers ("a total of", "the number of") are looked past.
 */
const MEASURE_HEADS = /^(price|cost|value|worth|rate|level|average|sum|figure)$/i;

/**
 * Verb forms the tagger often reads as nouns ("the index rose 3%": a flower;
 * "sales fell 2%"), taken as verbs when a figure or a figure's wording follows.
 */
const CHANGE_VERBS = new Set(
  ("rose fell rise rises falls slid slips slipped dipped dips climbed climbs jumped jumps dropped drops gained gains lost " +
    "surged surges plunged plunges tumbled tumbles soared soars edged eased eases sank sinks stay stays stood stands " +
    "totalled totaled totals topped tops hit hits grew grows shed sheds added adds declined declines " +
    "cost costs measure measures weigh weighs reach reaches exceed exceeds earn earns pay pays employ employs").split(" "),
);
const FIGURE_WORDING = new Set(["by", "to", "about", "around", "nearly", "almost", "more", "less", "over", "under", "some", "roughly", "an", "a", "just", "up", "down", "at", "as", "from"]);
const PRONOUN_SUBJECTS = new Set(["it", "they", "he", "she"]);

/** Participles that describe the noun before them ("claims, ranging from $200 to $4m"), not the clause subject. */
const DESCRIBING_PARTICIPLES = new Set(["ranging", "totalling", "totaling", "amounting", "numbering", "measuring", "weighing", "costing", "including", "excluding", "involving", "containing", "comprising", "covering", "spanning", "stretching", "lasting", "equalling", "equaling", "representing", "accounting"]);
const COPULAS = new Set(["is", "are", "was", "were", "be", "been", "being", "am", "become", "became", "remain", "remained", "seem", "seemed"]);
/** Finite verbs that need a subject before them. */
const FINITE = new Set(["has", "have", "had", "is", "are", "was", "were", "will", "would", "says", "said", "employs", "owns", "operates", "runs", "sold", "sells", "reported", "reports", "posted", "raised", "plans", "expects"]);
/** Negative adverbs that invert subject and verb: "Never has the index fallen 30%". */
const INVERTING = new Set(["never", "rarely", "seldom", "hardly", "scarcely", "nowhere", "little", "only", "nor", "neither", "so", "such", "thus", "hence"]);
const PATH_PREPOSITIONS = new Set(["at", "with", "for", "in", "on", "by", "from", "to", "under", "over", "of"]);
const PARTICLES = new Set(["up", "off", "out", "down", "over", "in", "on", "back"]);
/** Superlatives: "the biggest increase in 18 months" restates the figure before it. */
/** Prepositions before "the age of N": "children under the age of 5" (whose age: the children). */
const AGE_PREPOSITIONS = new Set(["under", "over", "above", "below", "at", "from", "past", "beyond", "until"]);

/** Participles that state a result of the clause they follow ("..., creating 400 jobs"). */
const RESULT_PARTICIPLES = new Set(["creating", "adding", "generating", "bringing", "cutting", "eliminating", "raising", "lifting", "boosting", "pushing", "sending", "taking", "leaving", "making", "wiping", "putting"]);

/** Clause openers: the figure's concept is not before them. */
const CLAUSE_OPENERS = new Set(["while", "when", "whereas", "although", "though", "because", "since", "if", "unless", "whether", "after", "before"]);
const RELATIVES = new Set(["which", "who", "that", "whose"]);
const ATTACHMENTS = new Set(["of", "in", "for", "from", "at", "on", "to", "per", "across", "among", "near"]);
const MONTH_NAMES = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
const OWNERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]);
const CONTRACTIONS = /^(it|that|what|there|here|he|she|who|let|where)['’]s$/;
const BREAKS = new Set([";", ":", "[", "]", "—", "–", '"', "“", "”", "?", "!", "."]);

const MAX_CHUNK_WORDS = 6;
const MAX_CONCEPT_WORDS = 10;
const MAX_WALK = 30;

/** `also`: further concepts the sentence states for the figure (the clause subject of an object, a heading label). */
/** `alsoOf`: the concept of that earlier figure is a further concept ("fell 4%, a $9m drop" → "drop", and what fell). */
export type ConceptRead = { text: string; also?: string[]; alsoOf?: number } | { sameAs: number; also?: string[] } | null;

export interface ConceptQuery {
  first: number;
  last: number;
  /** Counts read their noun as the unit: no attributive reading, unless glued ("five-boat"). */
  attributive: boolean;
  /** An age: the noun after it may be a person's name ("the 68-year-old Smith"). */
  age?: boolean;
  /** A count whose counted noun follows it: when it opens its clause, what it is about is read after it. */
  count?: boolean;
}

/** Reads concepts for the figures of one sentence. */
export class ConceptReader {
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly tags: string[],
    /** The index of the earlier figure holding token k (before the one asked about), or -1. */
    private readonly covered: (k: number, upTo: number) => number,
  ) {
    for (let k = 1; k < tokens.length - 1; k++) {
      const t = tokens[k];
      if (!CHANGE_VERBS.has(t.lower) || t.text[0] !== t.lower[0] || (tags[k] !== "NOUN" && tags[k] !== "PROPN" && tags[k] !== "ADJ")) continue;
      const next = tokens[k + 1];
      if (next.kind === "num" || (next.kind === "sym" && /^[$£€¥]$/.test(next.text)) || FIGURE_WORDING.has(next.lower)) tags[k] = "VERB";
    }
    // "Duly has 900 doctors": a capitalised first word right before a finite verb is the subject, a name
    // whatever its tag (an adverb cannot open a clause before its verb; inversions after negatives excepted)
    const w0 = tokens[0];
    if (w0 && w0.kind === "word" && w0.text[0] !== w0.lower[0] && w0.text.length > 1 && !NP_STOP.has(w0.lower) && !INVERTING.has(w0.lower)
      && tags[0] !== "NOUN" && tags[0] !== "PROPN" && tags[0] !== "PRON" && tags[0] !== "DET" && tags[0] !== "SCONJ" && tags[0] !== "CCONJ" && tags[0] !== "ADP"
      && FINITE.has(tokens[1]?.lower ?? "")) tags[0] = "PROPN";
    // "prices range from $5 to $9"
    for (let k = 1; k < tokens.length - 1; k++) {
      if ((tokens[k].lower === "range" || tokens[k].lower === "ranges") && tags[k] === "NOUN" && (tokens[k + 1].lower === "from" || tokens[k + 1].lower === "between") && tags[k - 1] === "NOUN") tags[k] = "VERB";
    }
    // "the condos, which range from ...": the word after a relative pronoun is its verb
    for (let k = 1; k < tokens.length; k++) {
      if (tags[k] === "NOUN" && RELATIVES.has(tokens[k - 1].lower) && tokens[k - 1].lower !== "that" && tokens[k].text[0] === tokens[k].lower[0]) tags[k] = "VERB";
    }
    // "the particle robots measure between ...", "the buildings cost about ...": a noun after a plural noun,
    // right before a figure's wording, is the verb
    for (let k = 2; k < tokens.length - 1; k++) {
      if (tags[k] !== "NOUN" || tags[k - 1] !== "NOUN" || !/[^s]s$/.test(tokens[k - 1].lower) || tokens[k].text[0] !== tokens[k].lower[0]) continue;
      const next = tokens[k + 1];
      if (next.kind === "num" || (next.kind === "sym" && /^[$£€¥]$/.test(next.text)) || FIGURE_WORDING.has(next.lower) || next.lower === "between") tags[k] = "VERB";
    }
  }

  private isNoun(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.kind !== "word") return false;
    // a particle closing a hyphenated compound noun: "start-up", "sell-off", "write-down"
    if (PARTICLES.has(t.lower) && this.tokens[k - 1]?.text === "-" && this.tokens[k - 1].start === this.tokens[k - 2]?.end && this.tokens[k - 1].end === t.start && this.tokens[k - 2].kind === "word") return true;
    if (NP_STOP.has(t.lower)) return false;
    const tag = this.tags[k];
    if (tag === "NOUN" || tag === "PROPN") return true;
    // a capitalised name the tagger took for a verb ("Ford (F) which has"), not at the start of a plain clause
    return tag === "VERB" && t.text[0] !== t.lower[0] && t.text.length > 1 && (k > 0 || this.tokens[k + 1]?.text === "(" || this.tags[k + 1] === "PROPN");
  }

  /** A word that may sit inside a noun phrase before its head: adjectives, nouns, names. */
  private isModifier(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.kind !== "word" || NP_STOP.has(t.lower)) return false;
    const tag = this.tags[k];
    if (tag === "NOUN" || tag === "PROPN" || tag === "ADJ") return true;
    // a possessive inside the phrase: "Apple One's Individual plan", "the company's new model"
    if (/\p{L}['’]s$/u.test(t.text) && !CONTRACTIONS.test(t.lower)) return true;
    // a participle opening the phrase: "the refurbished speaker", "of dried flower products"
    const before = this.tokens[k - 1];
    return tag === "VERB" && /(ed|ing)$/.test(t.lower) && t.lower.length >= 5 && !!before && (OWNERS.has(before.lower) || this.tags[k - 1] === "ADP");
  }

  /** A number that is part of a name: "S&P 500", "TA-125", "i4 M50", "Galaxy S23". */
  private isNameNumber(k: number, n: number): boolean {
    const t = this.tokens[k];
    if (!t || t.kind !== "num" || this.covered(k, n) >= 0) return false;
    const prev = this.tokens[k - 1];
    if (!prev) return false;
    if (prev.end === t.start && prev.kind === "word") return true; // "S23", "M50"
    if (prev.text === "-" && prev.end === t.start && this.tokens[k - 2]?.end === prev.start && this.tokens[k - 2].kind === "word") return true; // "TA-125"
    if (this.tags[k - 1] === "PROPN" && /[A-Z&]/.test(prev.text) && prev.text.length <= 4 && prev.text === prev.text.toUpperCase()) return true;
    // an index name written in lower case, as a subject: "the sp 500 was down"
    if (prev.kind === "word" && this.tokens[k - 2]?.lower === "the" && /^\d{2,4}$/.test(t.text) && (this.tags[k + 1] === "VERB" || this.tags[k + 1] === "AUX") && (this.tags[k - 1] === "NOUN" || this.tags[k - 1] === "PROPN")) return true;
    // a short whole number after a name that is no figure: "Stoxx 600", "iPhone 14 Pro", "Keytruda's 2018 sales"
    return prev.kind === "word" && /[A-Z]/.test(prev.text) && (this.tags[k - 1] === "PROPN" || this.tags[k - 1] === "NOUN") && /^\d{1,4}$/.test(t.text);
  }

  /** Index of the first token of the noun chunk ending at `end`, or -1. */
  private chunkStart(end: number, n: number): number {
    const tokens = this.tokens;
    let k = end;
    if (this.isNameNumber(k, n)) {
      k--;
      while (k > 0 && (tokens[k].text === "-" || tokens[k].text === "&") && tokens[k - 1].end === tokens[k].start) k--;
      if (tokens[k].kind === "word" && tokens[k].text.length <= 3 && tokens[k].text !== tokens[k].lower) {
        // a short glued name ("S8", "A2", "i4 M50"), then what stands before it ("the new i4 M50")
        // (glued "&" and "/" belong to the name: "S&P 500", "S&P/ASX 200")
        while (k > 0 && tokens[k - 1].end === tokens[k].start && (tokens[k - 1].kind !== "sym" || (/^[&/]$/.test(tokens[k - 1].text) && tokens[k - 2]?.end === tokens[k - 1].start))) k--;
        if (!this.isModifier(k - 1) && !this.isNameNumber(k - 1, n)) return k;
      }
    }
    if (!this.isNoun(k) || this.covered(k, n) >= 0) return -1;
    let words = 1;
    while (k - 1 >= 0 && words < MAX_CHUNK_WORDS) {
      const p = tokens[k - 1];
      // glued hyphen, slash or ampersand: "Afghan-Tajik", "S&P", "P/TSX"
      if ((p.text === "-" || p.text === "&" || p.text === "/") && p.end === tokens[k].start && tokens[k - 2] && tokens[k - 2].end === p.start && (tokens[k - 2].kind === "word" || tokens[k - 2].kind === "num")) {
        k -= 2;
        continue;
      }
      if (p.text === "&" && this.isModifier(k - 2)) {
        k -= 2;
        words++;
        continue;
      }
      if (this.isNameNumber(k - 1, n) && (this.tags[k] === "PROPN" || this.tokens[k - 2]?.end === p.start || (this.tags[k - 2] === "PROPN" && /[A-Z]/.test(this.tokens[k - 2].text)))) {
        k--; // "TA-35 index", "S&P 500", "i4 M50": take the number, then what it is glued to
        while (k > 0 && tokens[k - 1].end === tokens[k].start && (tokens[k - 1].kind === "word" || tokens[k - 1].text === "-" || tokens[k - 1].text === "&")) k--;
        words++;
        continue;
      }
      // a month naming a contract or an edition is part of the phrase ("September crude contract")
      const monthName = MONTH_NAMES.test(p.lower) && p.text[0] !== p.lower[0];
      if (!this.isModifier(k - 1) || this.covered(k - 1, n) >= 0 || (TEMPORAL.has(p.lower) && !monthName)) break;
      k--;
      words++;
    }
    // a leading adjective that is not capitalised and is followed by nothing nominal is fine; trim ADJ-only chunks
    return k;
  }

  /** The noun chunk ending at `end` extended leftwards over "of/in/for/from ... " attachments. */
  private phraseEndingAt(end: number, n: number): string | null {
    const tokens = this.tokens;
    // "exports in the quarter", "sales last year": a time phrase is when, not what
    for (let guard = 0; guard < 2 && tokens[end] && TEMPORAL.has(tokens[end].lower); guard++) {
      let j = end - 1;
      while (j >= 0 && (OWNERS.has(tokens[j].lower) || this.tags[j] === "ADJ" || this.tags[j] === "NUM")) j--;
      if (j >= 0 && ATTACHMENTS.has(tokens[j].lower)) j--;
      end = j;
    }
    if (end < 0) return null;
    let start = this.chunkStart(end, n);
    if (start < 0) return null;
    let words = this.wordCount(start, end);
    start = this.coordinated(start, end, n, words);
    words = this.wordCount(start, end);
    for (let hop = 0; hop < 3; hop++) {
      let j = start - 1;
      while (j >= 0 && OWNERS.has(tokens[j].lower)) j--;
      if (j < 1 || !ATTACHMENTS.has(tokens[j].lower)) break;
      let s = this.chunkStart(j - 1, n);
      const head = tokens[j - 1].lower;
      if (s < 0 || (CARRIER_HEADS.test(head) && !MEASURE_HEADS.test(head))) break;
      s = this.coordinated(s, j - 1, n, 0);
      const w = this.wordCount(s, j - 1);
      if (words + w + 1 > MAX_CONCEPT_WORDS) break;
      words += w + 1;
      start = s;
    }
    this.lastStart = start;
    return this.text.slice(tokens[start].start, tokens[end].end);
  }

  /** The first token of the phrase phraseEndingAt last returned. */
  private lastStart = -1;

  /**
   * Coordinated noun phrases read as one: "Urban Outfitters and Ross",
   * "fats and oils", "Britain, France and Italy". Like joins like (names with
   * names, plurals with plurals); a comma joins only before an "and"/"or".
   */
  private coordinated(start: number, end: number, n: number, words: number): number {
    const tokens = this.tokens;
    const capital = (k: number) => tokens[k].text[0] !== tokens[k].lower[0];
    const plural = (k: number) => /[^s]s$/.test(tokens[k].lower) && this.tags[k] === "NOUN";
    let sawConjunction = false;
    for (let c = 0; c < 4; c++) {
      const conj = tokens[start - 1];
      if (!conj) break;
      const isAnd = conj.lower === "and" || conj.lower === "or";
      if (!isAnd && !(conj.text === "," && sawConjunction)) break;
      const e = start - 2;
      if (e < 0 || !this.isNoun(e) || this.covered(e, n) >= 0 || TEMPORAL.has(tokens[e].lower)) break;
      if (!(capital(start) && capital(e)) && !(plural(end) && plural(e))) break;
      const s = this.chunkStart(e, n);
      if (s < 0) break;
      const w = this.wordCount(s, e);
      if (words + w + 1 > MAX_CONCEPT_WORDS) break;
      words += w + 1;
      start = s;
      sawConjunction ||= isAnd;
    }
    return start;
  }

  private wordCount(from: number, to: number): number {
    let n = 0;
    for (let k = from; k <= to; k++) if (this.tokens[k].kind === "word") n++;
    return n;
  }

  /** Attributive reading: the noun phrase right after the figure, with one attachment. */
  private after(last: number, n: number, age: boolean, determined = false): string | null {
    const tokens = this.tokens;
    let k = last + 1;
    // a rate between the figure and its noun: "a $3,500 a month mortgage"
    if ((tokens[k]?.lower === "a" || tokens[k]?.lower === "per") && TEMPORAL.has(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.kind === "word") k += 2;
    // "a 15 year-old pupil": the age's "-old" is part of the figure
    if (tokens[k]?.text === "-" && tokens[k + 1]?.lower === "old") k += 2;
    else if (tokens[k]?.lower === "old") k++;
    // "-130 degrees Fahrenheit", "30 km/h": the rest of the unit is no noun of the figure
    if (/^(fahrenheit|celsius|centigrade|c|f)$/.test(tokens[k]?.lower ?? "") && /^(degrees?|deg|°)$/i.test(tokens[last].text)) k++;
    if (tokens[k]?.text === "/" && tokens[k].start === tokens[last].end) return null;
    // a conversion in brackets before the noun: "a 1.2 billion-mile (1.9bn km) voyage"
    if (tokens[k]?.text === "(") {
      let close = k + 1;
      while (close < tokens.length && close - k < 8 && tokens[close].text !== ")" && tokens[close].text !== "(") close++;
      if (tokens[close]?.text === ")" && tokens.slice(k + 1, close).some((t) => t.kind === "num")) k = close + 1;
    }
    const first = k;
    let end = -1;
    let words = 0;
    while (k < tokens.length && words < MAX_CHUNK_WORDS) {
      const t = tokens[k];
      if ((t.text === "-" || t.text === "&" || t.text === "/") && t.start === tokens[k - 1].end && tokens[k + 1]?.start === t.end) {
        k++;
        continue;
      }
      // inside a hyphenated compound any word goes: "loan-to-value"
      const glued = k > first && tokens[k - 1].text === "-" && tokens[k - 1].end === t.start && t.kind === "word";
      // "a 5% pay rise": after a determined figure, a bare verb form before a noun is a noun modifier
      const verbModifier = determined && k === first && this.tags[k] === "VERB" && t.kind === "word" && !NP_STOP.has(t.lower) && !/(s|ed|ing)$/.test(t.lower) && this.tags[k + 1] === "NOUN";
      if (!glued && !verbModifier && (!this.isModifier(k) || TEMPORAL.has(t.lower) || this.covered(k, n + 1) >= 0)) break;
      if (this.isNoun(k)) end = k;
      words++;
      k++;
    }
    if (end < 0 || end !== k - 1) return null;
    if (!age && first === end && this.tags[first] === "PROPN" && tokens[first].text[0] !== tokens[first].lower[0] && tokens[first + 1]?.lower !== "of") {
      // a single capitalised name after a figure is usually a new subject ("... $5 Tesla said")
      return null;
    }
    // one attachment: "a 51% stake in a vocational school"
    let stop = end;
    const prep = tokens[end + 1];
    if (prep && (prep.lower === "of" || prep.lower === "in" || prep.lower === "for" || prep.lower === "on")) {
      let j = end + 2;
      while (j < tokens.length && OWNERS.has(tokens[j].lower)) j++;
      let e = -1;
      let w = 0;
      while (j < tokens.length && w < MAX_CHUNK_WORDS && this.isModifier(j) && !TEMPORAL.has(tokens[j].lower) && this.covered(j, n + 1) < 0) {
        if (this.isNoun(j)) e = j;
        j++;
        w++;
      }
      if (e >= 0 && e === j - 1) stop = e;
    }
    return this.text.slice(tokens[first].start, tokens[stop].end);
  }

  /** The end of the verb group ending at k: skips auxiliaries, adverbs, particles. Returns the index before it. */
  private beforeVerbGroup(k: number): { at: number; infinitive: boolean; participle: boolean } {
    let j = k;
    while (j >= 0) {
      const tag = this.tags[j];
      const t = this.tokens[j];
      if (tag === "VERB" || tag === "AUX" || (tag === "PART" && t.lower !== "'s") || (tag === "ADV" && !RELATIVES.has(t.lower) && !CLAUSE_OPENERS.has(t.lower))) {
        j--;
        continue;
      }
      break;
    }
    // an infinitive in the group ("to end at", "is poised to drop"); an -ing participle leading it ("having increased")
    let lead = j + 1;
    while (lead < k && this.tags[lead] === "ADV") lead++;
    const first = this.tokens[lead];
    let infinitive = false;
    for (let m = j + 1; m <= k; m++) if (this.tokens[m].lower === "to") infinitive = true;
    const participle = !!first && this.tags[lead] === "VERB" && /ing$/.test(first.lower) && first.lower.length > 4;
    return { at: j, infinitive, participle };
  }

  /** The concept of the n-th figure (tokens first..last), with the further concepts the sentence states. */
  read(q: ConceptQuery, n: number): ConceptRead {
    let read = this.readMain(q, n);
    const head = this.listHead(q.first, n);
    if (head) {
      if (read === null) read = { text: head };
      else if (!("text" in read && read.text.includes(head))) read = { ...read, also: [...(read.also ?? []), head] };
    }
    const label = this.headingLabel(q.first);
    if (!label) return read;
    if (read === null) return { text: label };
    if ("text" in read && read.text.includes(label)) return read;
    return { ...read, also: [...(read.also ?? []), label] };
  }

  private readMain(q: ConceptQuery, n: number): ConceptRead {
    const tokens = this.tokens;
    if (q.attributive) {
      let np = this.after(q.last, n, !!q.age, OWNERS.has(tokens[q.first - 1]?.lower ?? ""));
      // an adjective before the figure qualifies the noun after it: "a sharp 3% drop" → "sharp drop"
      const adj = this.tokens[q.first - 1];
      if (np && adj && this.tags[q.first - 1] === "ADJ" && adj.kind === "word" && !NP_STOP.has(adj.lower) && OWNERS.has(this.tokens[q.first - 2]?.lower ?? "")) np = `${adj.text} ${np}`;
      if (np) return this.withClauseSubject(np, q.first - 1, n);
    }
    // "a 65-year-old would take 3%": an age used as a noun is the person itself, with no concept of its own
    if (q.age && OWNERS.has(tokens[q.first - 1]?.lower ?? "") && tokens[q.last]?.lower === "old") return null;
    let k = q.first - 1;
    // Rule 2: "NP of <figure>"
    if (tokens[k]?.lower === "of") {
      // "pupils under the age of 11": the age is the pupils'
      if (tokens[k - 1]?.lower === "age" && tokens[k - 2]?.lower === "the" && AGE_PREPOSITIONS.has(tokens[k - 3]?.lower ?? "")) {
        const whose = this.phraseEndingAt(k - 4, n);
        if (whose) return { text: whose };
      }
      const np = this.phraseEndingAt(k - 1, n);
      const head = tokens[k - 1]?.lower ?? "";
      if (np && (!CARRIER_HEADS.test(head) || MEASURE_HEADS.test(head))) return this.withClauseSubject(np, this.lastStart - 1, n);
      k--;
      while (k >= 0 && (CARRIER_HEADS.test(tokens[k].lower) || OWNERS.has(tokens[k].lower))) k--;
    }
    // "Total cost: $72,370", "(base price: $59,995)": a noun phrase labelling the figure
    if (tokens[k]?.text === ":" && this.isNoun(k - 1)) {
      const np = this.phraseEndingAt(k - 1, n);
      if (np) return { text: np };
    }
    const read = this.walk(k, n, false);
    if (read === null && q.count) return this.countSubject(q, n);
    return read;
  }

  /**
   * A count that is its clause's subject ("14 players left the club", "Five
   * new seasons of the show will air") is about the thing its counted noun
   * is "of", or else the direct object of its verb: "show", "club". Null
   * when something stands before the count (it is no subject), for a copula
   * or a passive with no object.
   */
  private countSubject(q: ConceptQuery, n: number): ConceptRead {
    const tokens = this.tokens;
    // "Seven bedrooms and 8.5 bathrooms finish off the house": counts coordinated as one subject;
    // the nouns before this count must each follow an earlier count
    let needFigure = false;
    for (let k = q.first - 1; k >= 0; k--) {
      const t = tokens[k];
      if (BREAKS.has(t.text) || t.text === "—" ) break;
      if (this.covered(k, n) >= 0) {
        needFigure = false;
        continue;
      }
      if (t.text === "," || t.lower === "and" || t.lower === "or") {
        if (needFigure) return null;
        continue;
      }
      if (t.kind !== "word") return null;
      const tag = this.tags[k];
      if ((tag === "NOUN" || tag === "ADJ") && (needFigure || tokens[k + 1]?.lower === "and" || tokens[k + 1]?.lower === "or" || tokens[k + 1]?.text === ",")) {
        needFigure = true;
        continue;
      }
      if (tag === "NOUN" || tag === "PROPN" || tag === "VERB" || tag === "AUX" || tag === "PRON" || RELATIVES.has(t.lower)) return null;
    }
    if (needFigure) return null;
    // the counted phrase: modifiers and nouns, hyphen compounds glued
    let j = q.last + 1;
    let head = -1;
    for (let w = 0; j < tokens.length && w < MAX_CHUNK_WORDS; j++) {
      const t = tokens[j];
      if (t.text === "-" && t.start === tokens[j - 1].end && tokens[j + 1]?.start === t.end) continue;
      if (!this.isModifier(j) || this.covered(j, n + 1) >= 0) break;
      if (this.isNoun(j)) head = j;
      w++;
    }
    if (head < 0 || head !== j - 1) return null;
    // past the counts coordinated after it, to the verb they share
    while ((tokens[j]?.lower === "and" || tokens[j]?.lower === "or" || tokens[j]?.text === ",") && tokens[j + 1]?.kind === "num") {
      j += 2;
      while (j < tokens.length && tokens[j].kind === "num") j++;
      let w = 0;
      while (j < tokens.length && w < MAX_CHUNK_WORDS && this.isModifier(j)) {
        j++;
        w++;
      }
      if (w === 0) return null;
    }
    if (tokens[j]?.lower === "of") {
      let o = j + 1;
      while (o < tokens.length && OWNERS.has(tokens[o].lower)) o++;
      const np = this.after(o - 1, n, false);
      return np ? { text: np } : null;
    }
    // the verb group, then its direct object
    let v = j;
    let verb = false;
    while (v < tokens.length && (this.tags[v] === "VERB" || this.tags[v] === "AUX" || this.tags[v] === "ADV" || this.tags[v] === "PART" || (v > j && PARTICLES.has(tokens[v].lower) && this.tags[v - 1] === "VERB"))) {
      if (this.tags[v] === "VERB" && !COPULAS.has(tokens[v].lower)) verb = true;
      if (this.tags[v] === "AUX" && COPULAS.has(tokens[v].lower) && this.tags[v + 1] === "VERB") return null; // a passive: "were killed"
      v++;
    }
    if (!verb || v === j) return null;
    let o = v;
    while (o < tokens.length && OWNERS.has(tokens[o].lower)) o++;
    if (o === v && !this.isModifier(o)) return null;
    const np = this.after(o - 1, n, false);
    return np ? { text: np } : null;
  }

  /**
   * A figure read with the noun it modifies or the noun it is "of" is often
   * the object of a clause whose subject says whose it is ("The firm
   * announced a $5m fund" → "fund", also "firm").
   */
  private withClauseSubject(np: string, from: number, n: number): ConceptRead {
    // for a direct object (nothing but determiners, adjectives, adverbs or the figure between it and its verb),
    // or through up to two prepositions and one object noun phrase ("offered a plan with a 60GB cap")
    // "Ethereum fell from $2,415 to $2,315, a 4.2 percent drop": an apposition naming the change of the
    // figure before the comma; what changed is that figure's concept
    let a = from;
    while (a >= 0 && (OWNERS.has(this.tokens[a].lower) || this.tags[a] === "ADJ" || this.tags[a] === "DET")) a--;
    if (this.tokens[a]?.text === "," && a < from + 1) {
      const holder = this.covered(a - 1, n + 1);
      if (holder >= 0 && holder < n) return { text: np, alsoOf: holder };
    }
    let j = from;
    let hops = 0;
    let objects = 0;
    while (j >= 0 && this.tags[j] !== "VERB" && this.tags[j] !== "AUX") {
      const t = this.tokens[j];
      const tag = this.tags[j];
      if (OWNERS.has(t.lower) || tag === "DET" || tag === "ADJ" || tag === "NUM" || (tag === "ADV" && !RELATIVES.has(t.lower)) || this.covered(j, n + 1) >= 0 || t.text === "-") {
        j--;
        continue;
      }
      // through a preposition: "can borrow for fifty years at an interest rate of 1.38pc", "offered a plan with a 60GB cap"
      if (tag === "ADP" && PATH_PREPOSITIONS.has(t.lower) && hops < 2) {
        hops++;
        j--;
        continue;
      }
      if (hops > 0 && objects === 0 && this.isNoun(j) && !TEMPORAL.has(t.lower)) {
        const s0 = this.chunkStart(j, n);
        if (s0 < 0) return { text: np };
        objects++;
        j = s0 - 1;
        continue;
      }
      return { text: np };
    }
    if (j < 0) return { text: np };
    if (hops > 0) {
      // through a preposition only to an active verb whose subject stands right before its group:
      // "Britain can borrow ... at an interest rate of", not "shares were tendered to the offer of",
      // "a motor, which is linked to a battery", nor a bare infinitive
      const group = this.beforeVerbGroup(j);
      let passive = false;
      for (let m = group.at + 1; m < j; m++) if (COPULAS.has(this.tokens[m].lower) && /(ed|en)$/.test(this.tokens[j].lower)) passive = true;
      const s0 = group.at;
      if (passive || this.tokens[group.at + 1]?.lower === "to" || s0 < 0 || !(this.isNoun(s0) || this.isNameNumber(s0, n)) || TEMPORAL.has(this.tokens[s0].lower)) return { text: np };
      const subject = this.phraseEndingAt(s0, n);
      return subject && !np.includes(subject) && !subject.includes(np) ? { text: np, also: [subject] } : { text: np };
    }
    const subject = this.walk(j, n, true);
    if (subject && "text" in subject && !np.includes(subject.text) && !subject.text.includes(np)) return { text: np, also: [subject.text] };
    return { text: np };
  }

  /** The noun phrase before a comma-bounded insert ending at the comma `close`, or null. */
  private beforeInsert(close: number, n: number): string | null {
    const tokens = this.tokens;
    for (let r = close - 1; r > 0 && close - r <= 12; r--) {
      const t = tokens[r];
      if (BREAKS.has(t.text) || this.covered(r, n) >= 0 || (this.tags[r] === "VERB" && !/(ing|ed)$/.test(t.lower))) return null;
      if (t.text !== ",") continue;
      if (r === close - 1) return null;
      return this.isNoun(r - 1) ? this.phraseEndingAt(r - 1, n) : null;
    }
    return null;
  }

  /** "Walmart — Shares of the retailer rose 2%": a name heading the sentence labels what follows. */
  private headingLabel(first: number): string | null {
    const tokens = this.tokens;
    for (let k = 0; k < Math.min(first, 7); k++) {
      const t = tokens[k];
      if (t.text === "—" || t.text === "–") {
        if (k === 0) return null;
        for (let j = 0; j < k; j++) if (tokens[j].kind === "word" && tokens[j].text[0] === tokens[j].lower[0]) return null;
        return this.text.slice(tokens[0].start, tokens[k - 1].end);
      }
      if (t.kind === "sym" && t.text !== "&" && t.text !== "." && t.text !== "-") return null;
    }
    return null;
  }

  /** The first figure of the sentence before token k (dates excluded), or -1. */
  private firstFigure(k: number, n: number): number {
    for (let m = 0; m < k; m++) {
      const holder = this.covered(m, n);
      if (holder >= 0) return holder;
    }
    return -1;
  }

  /**
   * "will bring a factory to Michigan creating 400 jobs": a participle of
   * result right after the object of a preposition states what the clause's
   * subject does, as if a comma stood before it. `at` is the token before it.
   */
  private resultAfterPlace(at: number, n: number): boolean {
    const participle = this.tokens[at + 1]?.lower ?? "";
    if (!RESULT_PARTICIPLES.has(participle) || !this.isNoun(at)) return false;
    const s = this.chunkStart(at, n);
    let p = s - 1;
    while (p >= 0 && OWNERS.has(this.tokens[p].lower)) p--;
    return s > 0 && this.tags[p] === "ADP" && this.tokens[p].lower !== "of";
  }

  /**
   * "Properties including: 9 Elm St, worth $5m, ...": a figure in a list
   * introduced by "including" is about the noun the list belongs to. Null
   * when a verb of its own (a new clause) stands between.
   */
  private listHead(first: number, n: number): string | null {
    const tokens = this.tokens;
    for (let k = first - 1; k > 0; k--) {
      const t = tokens[k];
      if (t.text === ";" || t.text === "." || t.text === "?" || t.text === "!") return null;
      if (t.lower === "including") {
        let h = k - 1;
        if (tokens[h]?.text === ",") h--;
        return h >= 0 && this.isNoun(h) ? this.phraseEndingAt(h, n) : null;
      }
      if ((this.tags[k] === "VERB" || this.tags[k] === "AUX") && t.text[0] === t.lower[0]) return null;
    }
    return null;
  }

  /**
   * Rule 3: walk left from token k to the governing verb, then its subject.
   * `subjectOnly`: the clause subject alone, no noun met on the way.
   */
  private walk(k: number, n: number, subjectOnly: boolean): ConceptRead {
    const tokens = this.tokens;
    let fallback: string | null = null;
    /** Past a pronoun subject ("Acme said it would hire 50"): its antecedent is the subject of the clause before. */
    let antecedent = subjectOnly;
    let pronoun = false;
    /** The fallback is the object the figure changes: "boost the range by 35 miles", "cut jobs to 500". */
    let objectOfChange = false;
    let viaBy = false;
    let opened = false;
    let superlative: string | null = null;
    let sawVerb = false;
    for (let steps = 0; k >= 0 && steps < MAX_WALK; k--, steps++) {
      const t = tokens[k];
      const holder = this.covered(k, n);
      if (holder >= 0) return fallback ? { text: fallback } : { sameAs: holder };
      // the counted noun of an earlier figure: "19 cents at $58.24"
      if (t.kind === "word" && k > 0 && this.covered(k - 1, n) >= 0 && tokens[k - 1].kind !== "sym" && this.isNoun(k) && !fallback) return { sameAs: this.covered(k - 1, n) };
      if (t.kind === "sym") {
        if (t.text === "(" && !opened) {
          opened = true;
          continue;
        }
        if (t.text === ";" && !fallback && !sawVerb) {
          // "Homes under $1m sell in 70 days; $1m to $2m, 99 days": an item of a list after a semicolon
          // with no verb of its own repeats the frame of the first clause, and its subject
          const first = this.firstFigure(k, n);
          if (first >= 0) return { sameAs: first };
        }
        if (BREAKS.has(t.text)) return fallback ? { text: fallback } : superlative ? { text: superlative } : null;
        continue;
      }
      const tag = this.tags[k];
      if (!fallback && (t.lower === "by" || t.lower === "to")) viaBy = true;
      if (CLAUSE_OPENERS.has(t.lower) && (tag === "SCONJ" || tag === "ADP")) {
        // "up 57% after plunging 65%": a participle clause shares the main clause's subject
        const nextWord = tokens[k + 1];
        if (!fallback && nextWord && this.tags[k + 1] === "VERB" && /ing$/.test(nextWord.lower)) continue;
        if (pronoun) continue;
        return fallback ? { text: fallback } : superlative ? { text: superlative } : null;
      }
      if (tag === "VERB" || tag === "AUX") {
        sawVerb = true;
        const group = this.beforeVerbGroup(k);
        k = group.at + 1; // the loop's k-- lands on group.at
        // past a pronoun ("... is expected to announce it will cut 300"), the infinitive's own subject is the antecedent
        if (group.infinitive && !pronoun) continue;
        if (objectOfChange && fallback) return { text: fallback };
        // "..., having increased by $43.6 billion", "last year, rising 5%": a participle clause after a comma
        // or a time phrase shares the subject of the clause it hangs on
        const before = tokens[group.at];
        // also after a clause opener ("up 57% after plunging 65%", "before inching back up to 4.8%") and, with
        // no comma, for a participle stating a result after a prepositional phrase ("bring a plant to Ohio
        // creating 400 jobs")
        const opener = !!before && CLAUSE_OPENERS.has(before.lower) && (this.tags[group.at] === "SCONJ" || this.tags[group.at] === "ADP");
        if (group.participle && before && (before.text === "," || TEMPORAL.has(before.lower) || opener || this.resultAfterPlace(group.at, n)) && !DESCRIBING_PARTICIPLES.has(tokens[group.at + 1]?.lower ?? "")) {
          antecedent = true;
          fallback = null;
          continue;
        }
        let s = group.at;
        // "Exports in 2022 grew 3%": a year between the subject and its verb
        if (/^\d{4}$/.test(tokens[s]?.text ?? "") && this.covered(s, n) < 0 && /^(in|during|since|for)$/.test(tokens[s - 1]?.lower ?? "") && this.isNoun(s - 2)) s -= 2;
        // "Dell Technologies Inc. is cutting", "West Texas Intermediate (WTI) peaked"
        if (tokens[s]?.text === "." && tokens[s - 1]?.kind === "word" && tokens[s - 1].end === tokens[s].start && tokens[s - 1].text[0] !== tokens[s - 1].lower[0]) s--;
        if (tokens[s]?.text === ")") {
          let r = s - 1;
          while (r >= 0 && tokens[r].text !== "(" && s - r < 6) r--;
          if (tokens[r]?.text === "(") s = r - 1;
        }
        const st = tokens[s];
        if (!st) break;
        const subjectHolder = this.covered(s, n);
        if (subjectHolder >= 0) {
          // "a 60-year-old might withdraw 2.7%": an age used as a noun names the person the figure is about
          let f = s;
          while (f > 0 && this.covered(f - 1, n) === subjectHolder) f--;
          if (st.lower === "old" && OWNERS.has(tokens[f - 1]?.lower ?? "")) return { text: this.text.slice(tokens[f].start, st.end) };
          return { sameAs: subjectHolder };
        }
        if (this.isNoun(s) || this.isNameNumber(s, n)) {
          const np = this.phraseEndingAt(s, n);
          if (np) return { text: np };
        }
        if (RELATIVES.has(st.lower)) {
          // "Ford (F), which has 13,000 workers"
          let r = s - 1;
          if (tokens[r]?.text === ",") r--;
          if (tokens[r]?.text === ")") {
            while (r >= 0 && tokens[r].text !== "(") r--;
            r--;
          }
          const np = r >= 0 ? this.phraseEndingAt(r, n) : null;
          return np ? { text: np } : fallback ? { text: fallback } : superlative ? { text: superlative } : null;
        }
        if (this.tags[s] === "PRON") {
          if (!PRONOUN_SUBJECTS.has(st.lower) || pronoun) return null;
          pronoun = true;
          antecedent = true;
          fallback = null;
          continue;
        }
        if (st.text === "," && !fallback && !antecedent) {
          // "Global debt, excluding banks, was $113 trillion", "Acme, the biggest builder, is hiring 50":
          // the subject stands before the comma-bounded insert
          const np = this.beforeInsert(s, n);
          if (np) return { text: np };
        }
        if (st.lower === "and" || st.lower === "but" || st.lower === "or" || st.text === ",") continue;
        return fallback ? { text: fallback } : superlative ? { text: superlative } : null;
      }
      if (!fallback && (this.isNoun(k) || this.isNameNumber(k, n)) && !TEMPORAL.has(t.lower)) {
        const np = antecedent ? null : this.phraseEndingAt(k, n);
        const s = this.chunkStart(k, n);
        if (np && s >= 0 && isSuperlative(tokens[s].lower) && OWNERS.has(tokens[s - 1]?.lower ?? "")) {
          // "rose 0.3% in June, the biggest increase in 18 months": an apposition restating the figure
          // before it, whose concept it shares; the superlative's own noun only when nothing else is found
          superlative ??= np;
        } else if (np) {
          fallback = np;
          objectOfChange = viaBy;
        }
        if (s >= 0 && s < k) k = s;
        continue;
      }
    }
    return fallback ? { text: fallback } : superlative ? { text: superlative } : null;
  }
}
