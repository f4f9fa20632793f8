/**
 * What the claim rules share while they read one sentence: its tokens, the
 * figures found so far (rules look back at them: "another 135" takes the
 * unit of the count before it), and the masks of text that is never a figure.
 */
import type { AttributionCue } from "./attribution";
import type { DateMatch } from "./dates";
import { CALENDAR_WORDS } from "../lexicon/words";
import { codeMask, noiseMask, type Mask } from "./noise";
import { NUMBER_WORDS } from "./numbers";
import { ORDINAL_WORDS } from "./ordinals";
import { tagTokens } from "./pos";
import type { Sentence } from "./sentences";
import type { Token } from "./tokens";
import type { ClaimKind, ExtractedClaim } from "./types";

export class Scan {
  readonly drafts: Draft[] = [];
  /** The first word token (a capitalised number word there starts the sentence, it is no name). */
  readonly firstWord: number;
  readonly mask: Mask;
  /** Title case ("Gunman Kills Two In Office Shooting"): capitals mark no names, so the tokens are read folded to lower case. */
  readonly titleCase: boolean;
  readonly tokens: Token[];
  /** The tokens with their capitals as written (addresses are read from them). */
  readonly cased: Token[];
  /** Code and markup: no rule may start a figure there (clock times and dates included). */
  readonly code: Mask;
  cues: AttributionCue[] | null = null;
  private tagged: string[] | null = null;

  constructor(
    readonly text: string,
    readonly sentence: Sentence,
    tokens: Token[],
    /** The last count with a counted noun in the sentences before: what "the other three" may count. */
    readonly previousCount: CountedNoun | null = null,
  ) {
    this.firstWord = tokens.findIndex((t) => t.kind !== "sym");
    const digits = /\d/.test(sentence.text);
    this.code = digits ? codeMask(sentence.text, sentence.start) : [];
    this.mask = digits ? [...noiseMask(sentence.text, sentence.start), ...this.code] : [];
    this.titleCase = isTitleCase(tokens, this.firstWord);
    this.cased = tokens;
    this.tokens = this.titleCase ? foldFigureWords(tokens, this.firstWord) : tokens;
  }

  /** Universal POS tags of the sentence's tokens, tagged once on first use (tagging is ~10× slower than scanning). */
  tags(): string[] {
    this.tagged ??= tagTokens(this.text, this.sentence.start, this.sentence.end, this.tokens, this.titleCase);
    return this.tagged;
  }
}

/** A word that title case capitalised: not an acronym ("FBI", "U.S.") or a mixed-case name ("iPhone"). */
function isFoldable(t: Token): boolean {
  return t.kind === "word" && /^[A-Z][a-z'’-]*$/.test(t.text);
}

/**
 * In a title-case line, the number words and the word after each number
 * (what it counts: "Kills Two Women", "Three People Shot") in lower case, as
 * a sentence would write them. Other words keep their capitals: months,
 * street names and names still read as such.
 */
function foldFigureWords(tokens: readonly Token[], firstWord: number): Token[] {
  const isNumberWord = (t: Token | undefined) => !!t && t.kind === "word" && (NUMBER_WORDS.has(t.lower) || ORDINAL_WORDS[t.lower] !== undefined);
  return tokens.map((t, k) => {
    if (k === firstWord || !isFoldable(t) || CALENDAR_WORDS.has(t.lower)) return t;
    const afterNumber = tokens[k - 1]?.kind === "num" || isNumberWord(tokens[k - 1]);
    return isNumberWord(t) || afterNumber ? { ...t, text: t.lower } : t;
  });
}

const TITLE_CASE_MIN_WORDS = 3;
const TITLE_CASE_SHARE = 0.8;

/** Most words of four letters or more after the first are capitalised: a headline, not a sentence of names. */
function isTitleCase(tokens: readonly Token[], firstWord: number): boolean {
  let long = 0;
  let capitalised = 0;
  for (let k = firstWord + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || t.text.length < 4) continue;
    long++;
    if (isFoldable(t)) capitalised++;
  }
  return long >= TITLE_CASE_MIN_WORDS && capitalised / long >= TITLE_CASE_SHARE;
}

/** A counted noun, as a count's unit and the phrase it was read from. */
export interface CountedNoun {
  unit: string;
  subject: string | null;
}

/** The counted noun of the last count among `drafts` that has one, or null. */
export function countedNounIn(drafts: readonly Pick<Draft, "kind" | "unit" | "subject">[]): CountedNoun | null {
  for (let n = drafts.length - 1; n >= 0; n--) {
    const d = drafts[n];
    if (d.kind === "count" && d.unit) return { unit: d.unit, subject: d.subject };
  }
  return null;
}

/**
 * What an elliptical count counts: the counted noun of the last count with
 * one in this sentence, else in the sentence before; no noun when neither has one.
 */
export function lastCountedNoun(s: Scan): CountedNoun {
  return countedNounIn(s.drafts) ?? s.previousCount ?? { unit: "", subject: null };
}

/** A figure being read: token span and the claim's values (rule id included), before its concept and attribution. */
export interface Draft extends Pick<ExtractedClaim, "rule" | "kind" | "value" | "low" | "high" | "qualifier" | "unit" | "subject" | "precision" | "change"> {
  first: number;
  last: number;
  date?: DateMatch;
  /** The counted phrase holds a number of its own ("two new 737 Max jets"): scanning resumes after it. */
  skipTo?: number;
  /** The concept is fixed by the rule that read the figure ("the crowd at 70" → "crowd"). */
  concept?: string;
}

/** A number as written (digits or words) with its currency and scale, before its unit. */
export interface Amount {
  first: number;
  last: number;
  value: number;
  precision: number;
  currency: string | null;
  inWords: boolean;
  scaled: boolean;
  scale: number;
  /** Glued "m" not yet decided between million and metre. */
  gluedM: boolean;
  gluedUnit: { kind: ClaimKind; unit: string } | null;
}

/** The unit read after an amount. */
export interface UnitRead {
  kind: ClaimKind;
  unit: string;
  last: number;
  /** Token where the measured thing may be named. */
  next: number;
  /** The counted noun was glued by a hyphen ("a five-boat attack"): the unit is already read. */
  compound?: boolean;
  /** A scale read with the unit ("30 MUSD", "75 USD million"): the amount is multiplied by it. */
  scale?: number;
}

/** A claim whose date (if any) still needs its year. */
export interface ExtractedClaimDraft extends ExtractedClaim {
  date?: DateMatch;
}
