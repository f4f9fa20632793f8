/**
 * Who a sentence cites for its figures. Cues, within one sentence:
 *   "According to X[,–(]"            → X
 *   "X says/said/reported/... (that)"  → X, the words before the verb back to
 *                                       a clause boundary; "reports by X" → X
 *   ", said X." / ", X said."         → X (trailing cue)
 * A figure takes the nearest cue before it, else the first cue after it.
 * Pronoun subjects ("he said") give no attribution.
 */
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
const WEAK_SUBJECTS = new Set(["recent", "new", "latest", "earlier", "other", "such", "some", "many", "several", "the", "a", "an", "media"]);

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
  return s;
}

function isBreak(t: Token): boolean {
  return t.kind === "sym" && BREAK_SYMBOLS.has(t.text);
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
      while (j < tokens.length && !isBreak(tokens[j]) && !CLAUSE_BOUNDARY.has(tokens[j].lower) && j - first < 12) j++;
      if (j > first) {
        const source = trimSource(text.slice(tokens[first].start, tokens[j - 1].end));
        if (source) cues.push({ at: i, from: i, source });
      }
      continue;
    }
    // "an estimated 500", "the reported figure": adjectives, not verbs.
    const prev = tokens[i - 1];
    if (prev && (prev.lower === "an" || prev.lower === "the" || prev.lower === "a")) continue;

    // Subject before the verb.
    let j = i - 1;
    while (j >= 0 && tokens[j].kind === "word" && VERB_HELPERS.has(tokens[j].lower)) j--;
    const subjectEnd = j;
    while (j >= 0 && !isBreak(tokens[j]) && tokens[j].kind !== "num" && !CLAUSE_BOUNDARY.has(tokens[j].lower) && !isClauseAnd(tokens, j) && subjectEnd - j < 12) j--;
    if (subjectEnd > j) {
      const source = trimSource(text.slice(tokens[j + 1].start, tokens[subjectEnd].end));
      if (source) {
        cues.push({ at: i, from: j + 1, source });
        continue;
      }
    }
    // Inverted: '..., said police.' / '..." said John Smith, a spokesman.'
    if (prev && isBreak(prev) && (t.lower === "said" || t.lower === "says" || t.lower === "reported")) {
      let k = i + 1;
      const first = k;
      while (k < tokens.length && !isBreak(tokens[k]) && tokens[k].text !== "." && !CLAUSE_BOUNDARY.has(tokens[k].lower) && k - first < 8) k++;
      if (k > first) {
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
