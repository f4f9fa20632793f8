/**
 * Who a sentence cites for its figures. Cues, within one sentence:
 *   "According to X[,–(]"            → X
 *   "X says/said/reported/... (that)"  → X, the words before the verb back to
 *                                       a clause boundary; "reports by X" → X
 *   ", said X." / ", X said."         → X (trailing cue)
 * A figure takes the nearest cue before it, else the first cue after it.
 * Pronoun subjects ("he said") give no attribution.
 */
import { AUXILIARY_VERBS, BE_FORMS, CALENDAR_WORDS, DETERMINERS } from "../lexicon/words";
import { SCALE_WORDS, SMALL_NUMBER_WORDS, TENS_WORDS } from "./numbers";
import { ORDINAL_WORDS } from "./ordinals";
import { isStopWord } from "./subjects";
import type { Token } from "./tokens";

const REPORTING_VERBS = new Set([
  "say", "says", "said", "report", "reports", "reported", "told", "tells", "estimate", "estimates", "estimated",
  "claim", "claims", "claimed", "announce", "announces", "announced", "stated",
  "noted", "write", "writes", "wrote", "confirm", "confirms", "confirmed", "believe", "believes", "insist",
  "insists", "insisted", "warn", "warns", "warned", "added", "adds", "cited", "quoted", "show", "shows", "showed",
  "suggest", "suggests", "suggested", "according",
]);

/** Words between a subject and its verb that belong to neither: "has recently reported". */
const VERB_HELPERS = new Set([
  "has", "have", "had", "is", "was", "were", "are", "also", "recently", "reportedly", "previously", "earlier",
  "further", "later", "again", "already", "now", "publicly", "officially", "repeatedly", "just", "then", "had",
]);

/** Words that start a clause: the subject does not reach back past them. */
const CLAUSE_BOUNDARY = new Set([
  "that", "which", "who", "whom", "while", "when", "where", "because", "but", "as", "if", "although", "though",
  "since", "after", "before", "so", "whereas", "meanwhile", "however", "thus", "therefore",
]);

const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "one", "who", "which"]);

/** Subjects that are really adjectives left over ("recent reports" when "reports" was the noun). */
const WEAK_SUBJECTS = new Set(["recent", "new", "latest", "earlier", "other", "such", "some", "many", "several", "the", "a", "an", "media", "his", "her", "their", "its", "our", "my", "your"]);

/** Words that open no noun phrase naming a source: "no injuries", "only a month ago", "according to". */
const NOT_SOURCE_OPENERS = new Set(["no", "only", "according", "not", "never", "so", "also", "to", "ago"]);
/** Words of time, not of a source: a source of only these ("Tuesday", "last week") is the date of the telling. */
const TIME_WORDS = new Set([...CALENDAR_WORDS, "today", "yesterday", "tonight", "tomorrow", "last", "next", "this", "week", "month", "year", "morning", "night", "evening", "afternoon", "earlier", "later", "ago"]);

const BREAK_SYMBOLS = new Set([",", ";", ":", "(", ")", "–", "—", '"', "“", "”", "«", "»", "[", "]", "•"]);

export interface AttributionCue {
  /** Token index of the cue (verb or "according"). */
  at: number;
  /** First token of the source phrase when it stands before the verb. */
  from: number;
  source: string;
}

function trimSource(raw: string): string | null {
  let s = raw.trim().replace(/^[\s,'"“”‘’]+|[\s,'"“”‘’.]+$/g, "");
  const by = s.toLowerCase().lastIndexOf(" by ");
  if (by >= 0 && /report|stud|survey|statement|estimate|figure|data|analys/i.test(s.slice(0, by))) s = s.slice(by + 4);
  if (!s) return null;
  const lower = s.toLowerCase();
  if (PRONOUNS.has(lower) || WEAK_SUBJECTS.has(lower)) return null;
  return isSourcePhrase(s) ? s : null;
}

/** Pronouns that open a clause ("he was on the floor"); "one of the witnesses", "those close to him" are sources. */
const PERSONAL_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you", "who", "which", "her", "his", "its", "their", "our", "my", "your"]);
const NUMBER_WORDS = new Set([...Object.keys(SMALL_NUMBER_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS)]);

/**
 * Whether words read as the subject of a reporting verb can name a source: a
 * noun phrase (a name, an organisation, "a police source", "sources close to
 * the talks"), not a clause or a fragment of one. A clause holds an
 * auxiliary or a negation ("the conditions were severe", "investigators
 * didn't"), or a verb with its object (a lower-case word right before a
 * determiner that is not a preposition: "the men drove a car"); a fragment
 * opens with a pronoun, an adverb or a quantifier ("he was ...", "allegedly",
 * "no injuries") or ends in a function word ("officers told the suspect to").
 */
export function isSourcePhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/).map((w) => w.replace(/^[("'“‘]+|[)"'”’,.:;]+$/g, "")).filter(Boolean);
  if (words.length === 0) return false;
  const lower = words.map((w) => w.toLowerCase());
  const first = lower[0];
  if (PERSONAL_PRONOUNS.has(first) || NOT_SOURCE_OPENERS.has(first)) return false;
  if (words.length === 1 && (NUMBER_WORDS.has(first) || first === "first" || ORDINAL_WORDS[first] !== undefined)) return false; // "million", "first"
  if (/ly$/.test(first) && words[0] === first) return false; // "allegedly", "reportedly"
  if (lower.every((w) => TIME_WORDS.has(w))) return false;
  if (lower.some((w) => AUXILIARY_VERBS.has(w) || w === "not" || w === "never" || /n['’]t$/.test(w))) return false;
  if (isStopWord(lower[lower.length - 1]) && !/^[A-Z]/.test(words[words.length - 1])) return false;
  for (let k = 1; k < lower.length - 1; k++) {
    const w = lower[k];
    // a lower-case word taking a determiner: a verb with its object ("spotted a vehicle"), not "of the", "for the"
    if (DETERMINERS.has(lower[k + 1]) && words[k] === w && !isStopWord(w) && !REPORTING_VERBS.has(w) && !/^(?:close|next|due|prior|thanks|ahead)$/.test(w)) return false;
    if (REPORTING_VERBS.has(w) && /(?:ed|said|told|wrote)$/.test(w)) return false; // "the chief confirmed the toll"
  }
  return true;
}

function isBreak(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t.kind !== "sym") return false;
  if (BREAK_SYMBOLS.has(t.text)) return true;
  // a hyphen standing alone between spaces is a dash: "03.31 BST - Police said", "police -- the"
  if (t.text !== "-") return false;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return (!before || before.end < t.start || before.text === "-") && (!after || after.start > t.end || after.text === "-");
}

/** "and" joins two sources only between names ("Bloomberg and Reuters"); otherwise it starts a clause. */
function isClauseAnd(tokens: Token[], j: number): boolean {
  if (tokens[j].lower !== "and") return false;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  const capital = (t: Token | undefined) => !!t && t.kind === "word" && t.text[0] !== t.lower[0];
  return !(capital(before) && capital(after));
}

/** Find all attribution cues in one sentence's tokens. */
export function findCues(text: string, tokens: Token[]): AttributionCue[] {
  const cues: AttributionCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Capitalised mid-sentence it is a name: "the United States".
    if (t.kind !== "word" || !REPORTING_VERBS.has(t.lower) || (t.text[0] !== t.lower[0] && i > 0)) continue;

    if (t.lower === "according") {
      if (tokens[i + 1]?.lower !== "to") continue;
      let j = i + 2;
      const first = j;
      while (j < tokens.length && !isBreak(tokens, j) && !CLAUSE_BOUNDARY.has(tokens[j].lower) && j - first < 12) j++;
      if (j > first) {
        const source = trimSource(text.slice(tokens[first].start, tokens[j - 1].end));
        if (source) cues.push({ at: i, from: i, source });
      }
      continue;
    }
    // "an estimated 500", "the reported figure": adjectives, not verbs.
    const prev = tokens[i - 1];
    if (prev && (prev.lower === "an" || prev.lower === "the" || prev.lower === "a")) continue;

    // "added 64-bit chips", "adds two routes": "add" reports speech only without an object of its own
    if ((t.lower === "added" || t.lower === "adds") && tokens[i + 1] && !isBreak(tokens, i + 1) && tokens[i + 1].text !== "." && tokens[i + 1].lower !== "that") continue;
    // "watches estimated to be worth", "is said to have": the subject of a passive is what is told of, not who tells.
    if (tokens[i + 1]?.lower === "to" && /^(?:be|have|been)$/.test(tokens[i + 2]?.lower ?? "")) continue;

    // Subject before the verb.
    let j = i - 1;
    let passive = false;
    while (j >= 0 && tokens[j].kind === "word" && VERB_HELPERS.has(tokens[j].lower)) passive ||= BE_FORMS.has(tokens[j--].lower);
    if (passive) continue;
    const subjectEnd = j;
    while (j >= 0 && !isBreak(tokens, j) && tokens[j].kind !== "num" && !CLAUSE_BOUNDARY.has(tokens[j].lower) && !isClauseAnd(tokens, j) && subjectEnd - j < 12) j--;
    if (subjectEnd > j) {
      const source = trimSource(text.slice(tokens[j + 1].start, tokens[subjectEnd].end));
      if (source) {
        cues.push({ at: i, from: j + 1, source });
        continue;
      }
    }
    // Inverted: '..., said police.' / '..." said John Smith, a spokesman.'
    if (prev && isBreak(tokens, i - 1) && (t.lower === "said" || t.lower === "says" || t.lower === "reported")) {
      let k = i + 1;
      const first = k;
      while (k < tokens.length && !isBreak(tokens, k) && tokens[k].text !== "." && !CLAUSE_BOUNDARY.has(tokens[k].lower) && k - first < 8) k++;
      // the source ends the clause ("..., said police." / "..., said Jo Roe, a spokesman"); more words make it what was said
      const ended = k === tokens.length || isBreak(tokens, k) || tokens[k].text === ".";
      if (k > first && ended) {
        const source = trimSource(text.slice(tokens[first].start, tokens[k - 1].end));
        if (source) cues.push({ at: i, from: i, source });
      }
    }
  }
  return cues;
}

/**
 * The cue for a figure spanning tokens [first, last]. A cue whose subject
 * starts right at the figure is skipped: there the figure is what is said
 * ("50 percent of respondents said"), not who said it.
 */
export function attributionFor(cues: AttributionCue[], first: number, last: number): string | null {
  let before: AttributionCue | null = null;
  for (const cue of cues) {
    if (cue.at < first) before = cue;
    else if (before) return before.source;
    else if (cue.from > last + 3) return cue.source;
  }
  return before ? before.source : null;
}
