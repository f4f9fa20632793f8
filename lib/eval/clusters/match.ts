// Pairs each gold claim with at most one extracted claim of the same document:
// one whose figure overlaps the gold quote and whose value agrees with gold.
import { locateQuote, locateWithin, overlaps, type Span } from "./locate";
import type { EvalClaim, EvalDocument, MatchedClaim, QuoteSearch, ReferenceClaim, UnmatchedClaim } from "./types";
import { checkValue } from "./values";

export interface MatchResult {
  matched: MatchedClaim[];
  unmatched: UnmatchedClaim[];
}

interface Option {
  gold: ReferenceClaim;
  claim: EvalClaim;
  search: QuoteSearch;
  valueCheck: "agrees" | "unchecked";
  /** Higher is better, compared element by element. */
  rank: number[];
}

export function documentKey(source: string, cluster: string, file: string): string {
  return `${source}\u0000${cluster}\u0000${file}`;
}

function claimSpan(claim: EvalClaim): Span {
  return { start: claim.start, end: claim.end };
}

function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Candidate extracted claims for one gold claim, or why there are none. */
function optionsFor(
  gold: ReferenceClaim,
  text: string,
  claims: EvalClaim[],
): { options: Option[]; miss: UnmatchedClaim | null } {
  const hit = locateQuote(text, gold.quote);
  if (!hit) return { options: [], miss: { claim: gold, reason: "quote not found", extractedInQuote: [] } };
  const options: Option[] = [];
  const differing: string[] = [];
  for (const span of hit.spans) {
    const figureSpan = gold.figure ? locateWithin(text, span, gold.figure) : null;
    for (const claim of claims) {
      if (!overlaps(claimSpan(claim), span)) continue;
      const valueCheck = checkValue(gold.value, claim);
      if (valueCheck === "differs") {
        differing.push(claim.figure);
        continue;
      }
      const target = figureSpan ?? span;
      options.push({
        gold,
        claim,
        search: hit.search,
        valueCheck,
        rank: [
          valueCheck === "agrees" ? 1 : 0,
          figureSpan && overlaps(claimSpan(claim), figureSpan) ? 1 : 0,
          inside(claimSpan(claim), span) ? 1 : 0,
          -Math.abs(claim.start - target.start),
        ],
      });
    }
  }
  if (options.length > 0) return { options, miss: null };
  const reason = differing.length > 0 ? "value differs" : "not extracted";
  return { options, miss: { claim: gold, reason, extractedInQuote: [...new Set(differing)] } };
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

/**
 * Matches the gold claims of one document. Greedy, best option first, one to
 * one: two gold claims quoting the same sentence must not share one figure.
 */
export function matchDocument(
  goldClaims: ReferenceClaim[],
  document: EvalDocument,
  claims: EvalClaim[],
  groupOf: (claimId: number) => number,
): MatchResult {
  if (document.text === null) {
    return { matched: [], unmatched: goldClaims.map((claim) => ({ claim, reason: "document missing", extractedInQuote: [] })) };
  }
  const unmatched: UnmatchedClaim[] = [];
  const options: Option[] = [];
  for (const gold of goldClaims) {
    const found = optionsFor(gold, document.text, claims);
    if (found.miss) unmatched.push(found.miss);
    options.push(...found.options);
  }
  options.sort((a, b) => compareRanks(a.rank, b.rank) || a.gold.id.localeCompare(b.gold.id) || a.claim.id - b.claim.id);

  const takenGold = new Set<string>();
  const takenClaims = new Set<number>();
  const matched: MatchedClaim[] = [];
  for (const option of options) {
    if (takenGold.has(option.gold.id) || takenClaims.has(option.claim.id)) continue;
    takenGold.add(option.gold.id);
    takenClaims.add(option.claim.id);
    matched.push({
      claim: option.gold,
      extracted: option.claim,
      groupId: groupOf(option.claim.id),
      quoteSearch: option.search,
      valueCheck: option.valueCheck,
    });
  }
  // Had candidates, but each went to another gold claim quoting the same words.
  const withOptions = new Set(options.map((option) => option.gold.id));
  for (const gold of goldClaims) {
    if (withOptions.has(gold.id) && !takenGold.has(gold.id)) {
      unmatched.push({ claim: gold, reason: "not extracted", extractedInQuote: [] });
    }
  }
  return { matched, unmatched };
}
