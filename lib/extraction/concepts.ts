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
 * the subject ("300 people attended") has none.
 */
import type { Token } from "./tokens";

/** Time words: "in the quarter", "last year", "on Monday" are when, not what. */
const TEMPORAL = new Set(
  ("year years month months week weeks day days quarter quarters decade decades hour hours minute minutes " +
    "time times period season seasons annual annually yearly monthly weekly daily " +
    "today yesterday tonight tomorrow morning afternoon evening night week-end weekend " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec am pm").split(" "),
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
export type ConceptRead = { text: string; also?: string[] } | { sameAs: number; also?: string[] } | null;

export interface ConceptQuery {
  first: number;
  last: number;
  /** Counts read their noun as the unit: no attributive reading, unless glued ("five-boat"). */
  attributive: boolean;
  /** An age: the noun after it may be a person's name ("the 68-year-old Smith"). */
  age?: boolean;
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
    if (!t || t.kind !== "word" || NP_STOP.has(t.lower)) return false;
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
        while (k > 0 && tokens[k - 1].end === tokens[k].start && tokens[k - 1].kind !== "sym") k--;
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
  private after(last: number, n: number, age: boolean): string | null {
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
      if (!glued && (!this.isModifier(k) || TEMPORAL.has(t.lower) || this.covered(k, n + 1) >= 0)) break;
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
  private beforeVerbGroup(k: number): { at: number; infinitive: boolean } {
    let j = k;
    let infinitive = false;
    while (j >= 0) {
      const tag = this.tags[j];
      const t = this.tokens[j];
      if (tag === "VERB" || tag === "AUX" || (tag === "PART" && t.lower !== "'s") || (tag === "ADV" && !RELATIVES.has(t.lower) && !CLAUSE_OPENERS.has(t.lower))) {
        if (t.lower === "to") infinitive = true;
        j--;
        continue;
      }
      break;
    }
    return { at: j, infinitive };
  }

  /** The concept of the n-th figure (tokens first..last), with the further concepts the sentence states. */
  read(q: ConceptQuery, n: number): ConceptRead {
    const read = this.readMain(q, n);
    const label = this.headingLabel(q.first);
    if (!label) return read;
    if (read === null) return { text: label };
    if ("text" in read && read.text.includes(label)) return read;
    return { ...read, also: [...(read.also ?? []), label] };
  }

  private readMain(q: ConceptQuery, n: number): ConceptRead {
    const tokens = this.tokens;
    if (q.attributive) {
      const np = this.after(q.last, n, !!q.age);
      if (np) return this.withClauseSubject(np, q.first - 1, n);
    }
    let k = q.first - 1;
    // Rule 2: "NP of <figure>"
    if (tokens[k]?.lower === "of") {
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
    return this.walk(k, n, false);
  }

  /**
   * A figure read with the noun it modifies or the noun it is "of" is often
   * the object of a clause whose subject says whose it is ("The firm
   * announced a $5m fund" → "fund", also "firm").
   */
  private withClauseSubject(np: string, from: number, n: number): ConceptRead {
    // only for a direct object: nothing but determiners, adjectives, adverbs or the figure between it and its verb
    let j = from;
    while (j >= 0 && this.tags[j] !== "VERB" && this.tags[j] !== "AUX") {
      const t = this.tokens[j];
      const tag = this.tags[j];
      if (!(OWNERS.has(t.lower) || tag === "DET" || tag === "ADJ" || tag === "NUM" || (tag === "ADV" && !RELATIVES.has(t.lower)) || this.covered(j, n + 1) >= 0 || t.text === "-")) return { text: np };
      j--;
    }
    if (j < 0) return { text: np };
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
        if (BREAKS.has(t.text)) return fallback ? { text: fallback } : null;
        continue;
      }
      const tag = this.tags[k];
      if (!fallback && (t.lower === "by" || t.lower === "to")) viaBy = true;
      if (CLAUSE_OPENERS.has(t.lower) && (tag === "SCONJ" || tag === "ADP")) {
        // "up 57% after plunging 65%": a participle clause shares the main clause's subject
        const nextWord = tokens[k + 1];
        if (!fallback && nextWord && this.tags[k + 1] === "VERB" && /ing$/.test(nextWord.lower)) continue;
        if (pronoun) continue;
        return fallback ? { text: fallback } : null;
      }
      if (tag === "VERB" || tag === "AUX") {
        const group = this.beforeVerbGroup(k);
        k = group.at + 1; // the loop's k-- lands on group.at
        if (group.infinitive) continue;
        if (objectOfChange && fallback) return { text: fallback };
        let s = group.at;
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
        if (subjectHolder >= 0) return { sameAs: subjectHolder };
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
          return np ? { text: np } : fallback ? { text: fallback } : null;
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
        return fallback ? { text: fallback } : null;
      }
      if (!fallback && (this.isNoun(k) || this.isNameNumber(k, n)) && !TEMPORAL.has(t.lower)) {
        const np = antecedent ? null : this.phraseEndingAt(k, n);
        if (np) {
          fallback = np;
          objectOfChange = viaBy;
        }
        const s = this.chunkStart(k, n);
        if (s >= 0 && s < k) k = s;
        continue;
      }
    }
    return fallback ? { text: fallback } : null;
  }
}
