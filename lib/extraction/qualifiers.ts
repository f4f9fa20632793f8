/**
 * Qualifiers: the wording that turns a stated figure v into an interval.
 *
 *   exact                      [v, v]
 *   at least / no fewer than   [v, open]
 *   more than / over / exceeds [v, open]        (percent: [v, 100])
 *   about / some / around      [0.9v, 1.1v]     ("about 9 thousand" → 8100..9900)
 *   almost / nearly            [0.9v, v]
 *   up to / as many as         [0, v]
 *   at most / no more than     [0, v]
 *   less than / under          [0, v]
 *   range  "between 10 and 15" [10, 15]
 *
 * Open ends are null. Non-negative quantities take 0 as their natural floor and
 * percentages 100 as their natural ceiling; dates have neither.
 */
import { clean } from "./numbers";
import type { Token } from "./tokens";
import type { ClaimKind, Qualifier } from "./types";

interface Phrase {
  words: string[];
  qualifier: Qualifier;
}

function phrases(qualifier: Qualifier, list: string[]): Phrase[] {
  return list.map((p) => ({ words: p.split(" "), qualifier }));
}

/** Phrases before a figure, longest first so "no more than" beats "more than". */
const PREFIX_PHRASES: Phrase[] = [
  ...phrases("at_least", ["no fewer than", "no less than", "not less than", "not fewer than", "a minimum of", "at least"]),
  ...phrases("at_most", ["no more than", "not more than", "a maximum of", "at most", "at the most"]),
  ...phrases("more_than", ["more than", "greater than", "higher than", "larger than", "bigger than", "longer than", "in excess of", "upwards of", "just over", "well over", "over", "above", "exceeds", "exceeded", "exceeding", "exceed", "surpassed", "topped"]),
  ...phrases("less_than", ["fewer than", "less than", "lower than", "smaller than", "shorter than", "just under", "under", "below", "sub -"]),
  ...phrases("up_to", ["up to", "as many as", "as much as", "as high as", "as long as", "as far as"]),
  ...phrases("almost", ["close to", "almost", "nearly", "just shy of", "approaching"]),
  ...phrases("about", ["an estimated", "approximately", "approx", "roughly", "around", "about", "some", "circa", "estimated", "~"]),
].sort((a, b) => b.words.length - a.words.length);

/** Phrases after a figure: "1,500 or more", "300 or so", "500-plus". */
const SUFFIX_PHRASES: Phrase[] = [
  ...phrases("at_least", ["or more", "- plus", "plus", "+"]),
  ...phrases("at_most", ["or fewer", "or less"]),
  ...phrases("about", ["or so"]),
];

export interface QualifierMatch {
  qualifier: Qualifier;
  /** First token of the phrase (prefix) or last token (suffix). */
  index: number;
}

/** Look for a qualifier ending right before tokens[first]; `floor` is the first usable token. */
export function qualifierBefore(tokens: Token[], first: number, floor: number): QualifierMatch | null {
  for (const p of PREFIX_PHRASES) {
    const begin = first - p.words.length;
    if (begin < floor) continue;
    let ok = true;
    for (let k = 0; k < p.words.length; k++) {
      if (tokens[begin + k].lower !== p.words[k]) {
        ok = false;
        break;
      }
    }
    // "sub-300": the hyphen must be glued on both sides
    if (ok && p.words[1] === "-" && !(tokens[begin].end === tokens[begin + 1].start && tokens[begin + 1].end === tokens[first].start)) ok = false;
    if (ok) return { qualifier: p.qualifier, index: begin };
  }
  return null;
}

/** Look for a qualifier starting at tokens[next] (right after the figure). */
export function qualifierAfter(tokens: Token[], next: number): QualifierMatch | null {
  for (const p of SUFFIX_PHRASES) {
    let ok = true;
    for (let k = 0; k < p.words.length; k++) {
      if (tokens[next + k]?.lower !== p.words[k]) {
        ok = false;
        break;
      }
    }
    // "+" and "-plus" must be glued to the figure.
    if (ok && (p.words[0] === "+" || p.words[0] === "-") && tokens[next - 1]?.end !== tokens[next].start) ok = false;
    if (ok) return { qualifier: p.qualifier, index: next + p.words.length - 1 };
  }
  return null;
}

/** The interval a qualifier allows around value v. */
export function intervalFor(qualifier: Qualifier, v: number, kind: ClaimKind): { low: number | null; high: number | null } {
  const floor = kind === "date" ? null : 0;
  const ceiling = kind === "percent" ? 100 : null;
  switch (qualifier) {
    case "exact":
    case "range":
      return { low: v, high: v };
    case "at_least":
    case "more_than":
      return { low: v, high: ceiling !== null && v < ceiling ? ceiling : null };
    case "about":
      return { low: clean(v * 0.9), high: clean(v * 1.1) };
    case "almost":
      return { low: clean(v * 0.9), high: v };
    case "up_to":
    case "at_most":
    case "less_than":
      return { low: floor, high: v };
  }
}
