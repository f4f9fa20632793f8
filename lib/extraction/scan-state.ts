/**
 * What the claim rules share while they read one sentence: its tokens, the
 * figures found so far (rules look back at them: "another 135" takes the
 * unit of the count before it), and the masks of text that is never a figure.
 */
import type { AttributionCue } from "./attribution";
import type { DateMatch } from "./dates";
import { noiseMask, type Mask } from "./noise";
import type { Sentence } from "./sentences";
import type { Token } from "./tokens";
import type { ClaimKind, ExtractedClaim, Qualifier } from "./types";

export class Scan {
  readonly drafts: Draft[] = [];
  /** The first word token (a capitalised number word there starts the sentence, it is no name). */
  readonly firstWord: number;
  readonly mask: Mask;
  cues: AttributionCue[] | null = null;

  constructor(
    readonly text: string,
    readonly sentence: Sentence,
    readonly tokens: Token[],
  ) {
    this.firstWord = tokens.findIndex((t) => t.kind !== "sym");
    this.mask = /\d/.test(sentence.text) ? noiseMask(sentence.text, sentence.start) : [];
  }
}

/** A figure being read: token span and values, before its concept and attribution. */
export interface Draft {
  first: number;
  last: number;
  /** The id of the rule that read it (see rules/index.ts). */
  rule?: string;
  kind: ClaimKind;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string;
  subject: string | null;
  precision: number;
  change: "up" | "down" | null;
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
