import type { ClaimKind, ExtractedClaim } from "../../extraction/types";
import { maximumMatchingOfRight } from "../newsquant/score";
import type { CaseOutcome, SpecCase, SpecModel, SpecResult } from "./types";
import {
  canonicalCurrency,
  canonicalDimensionUnit,
  CURRENCY_NAME_TO_ISO,
  MINOR_CURRENCY,
} from "./units";

/**
 * Lenient pass rule (documented in the report; the suite's own rule also
 * demands exact spans, which a claim extractor does not share):
 *
 * 1. Relevant claims: those of the kinds the model covers (number: every
 *    non-date claim; percent: percent; currency: money, plus counted cents;
 *    dimension: length, area, mass, volume, speed).
 * 2. Every expected result must be matched by a distinct relevant claim (slot) with
 *    the same value (relative tolerance 1e-6) and, for currency and
 *    dimension, the same unit after mapping both sides to one id. A range
 *    claim ("5 to 10 km") offers its two ends; a percent claim offers value/100
 *    to the number model (Collate writes "two-thirds" as 66.67%, compared at
 *    the claim's stated precision).
 * 3. No spurious claims: every claim of the model's own kind (number: count;
 *    percent: percent; currency: money; dimension: the dimension kinds) must
 *    be matched. So "29km" is no spurious *number*, and a case expecting
 *    nothing passes when no claim of that kind is produced.
 */
export function evaluateCase(specCase: SpecCase, model: SpecModel, claims: readonly ExtractedClaim[]): CaseOutcome {
  const relevant = claims.filter((claim) => isRelevant(claim, model));
  // A range claim offers two slots (its ends), any other claim one.
  const slots = relevant.flatMap((claim, claimIndex) => offeredValues(claim).map((value) => ({ claim, claimIndex, value })));
  const expected = specCase.Results;
  const edges = expected.map((result) =>
    slots.flatMap((slot, index) => (claimMatches(result, slot.claim, slot.value, model) ? [index] : [])),
  );
  const partnerOfSlot = maximumMatchingOfRight(edges, slots.length);
  const matched = partnerOfSlot.filter((partner) => partner >= 0).length;
  const usedClaims = new Set(slots.filter((_, index) => partnerOfSlot[index] >= 0).map((slot) => slot.claimIndex));
  const input = specCase.Input;
  if (matched < expected.length) {
    const missing = expected.filter((_, i) => edges[i].length === 0).map(describeExpected);
    const got = relevant.map(describeClaim).join(", ") || "no claims";
    return { input, passed: false, reason: `expected ${missing.join(", ") || "distinct matches"}; got ${got}` };
  }
  const spurious = relevant.filter((claim, index) => !usedClaims.has(index) && isOwnKind(claim, model));
  if (spurious.length > 0) {
    return { input, passed: false, reason: `spurious: ${spurious.map(describeClaim).join(", ")}` };
  }
  return { input, passed: true };
}

const DIMENSION_KINDS = new Set<ClaimKind>(["length", "area", "mass", "volume", "speed"]);

function isRelevant(claim: ExtractedClaim, model: SpecModel): boolean {
  switch (model) {
    case "number":
      return claim.kind !== "date";
    case "percent":
      return claim.kind === "percent";
    case "currency":
      return claim.kind === "money" || (claim.kind === "count" && isMinorUnitWord(claim.unit));
    case "dimension":
      return DIMENSION_KINDS.has(claim.kind);
  }
}

function isOwnKind(claim: ExtractedClaim, model: SpecModel): boolean {
  return model === "number" ? claim.kind === "count" : isRelevant(claim, model);
}

function isMinorUnitWord(unit: string): boolean {
  return MINOR_CURRENCY[unit.trim().toLowerCase()] !== undefined || unit.trim().toLowerCase() === "cents";
}

/** The numbers a claim offers: both ends of a range, else its value. */
function offeredValues(claim: ExtractedClaim): number[] {
  if (claim.qualifier === "range" && claim.low !== null && claim.high !== null) return [claim.low, claim.high];
  return [claim.value];
}

/** Does `claim`, offering `offered` (its value or one end of its range), answer `result`? */
export function claimMatches(result: SpecResult, claim: ExtractedClaim, offered: number, model: SpecModel): boolean {
  const expectedValue = parseExpectedValue(result);
  if (expectedValue === undefined) return overlapsSpan(result, claim);
  const hasValue = (value: number) => closeEnough(offered, value);
  switch (model) {
    case "number":
      return hasValue(expectedValue) || (claim.kind === "percent" && percentOffersFraction(claim, offered, expectedValue));
    case "percent":
      return hasValue(expectedValue);
    case "currency":
      return currencyMatches(result, claim, expectedValue, hasValue);
    case "dimension": {
      const unit = result.Resolution?.unit;
      return unit !== undefined && canonicalDimensionUnit(unit) === canonicalDimensionUnit(claim.unit) && hasValue(expectedValue);
    }
  }
}

function currencyMatches(
  result: SpecResult,
  claim: ExtractedClaim,
  expectedValue: number,
  hasValue: (value: number) => boolean,
): boolean {
  const name = (result.Resolution?.unit ?? "").trim().toLowerCase();
  const minor = MINOR_CURRENCY[name];
  if (minor) {
    // "5 cents": Collate may say 0.05 USD or count 5 "cent".
    if (claim.kind === "count") return hasValue(expectedValue);
    return canonicalCurrency(claim.unit) === minor[0] && hasValue(expectedValue * minor[1]);
  }
  const iso = result.Resolution?.isoCurrency ?? CURRENCY_NAME_TO_ISO[name];
  if (claim.kind !== "money" || iso === undefined) return false;
  return canonicalCurrency(claim.unit) === canonicalCurrency(iso) && hasValue(expectedValue);
}

/** "100%" → 100; "48200000" → 48200000; missing or non-numeric → undefined. */
export function parseExpectedValue(result: SpecResult): number | undefined {
  const raw = result.Resolution?.value;
  if (raw === undefined || raw === null) return undefined;
  const value = Number(raw.replace(/%$/, "").replace(/,/g, ""));
  return Number.isFinite(value) ? value : undefined;
}

/** Collate writes "two thirds" as 66.67 (%): compare at the precision it states. */
function percentOffersFraction(claim: ExtractedClaim, percent: number, fraction: number): boolean {
  const tolerance = Math.max(claim.precision / 2, 0.005);
  return Math.abs(percent - fraction * 100) <= tolerance + 1e-9;
}

function closeEnough(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
}

function overlapsSpan(result: SpecResult, claim: ExtractedClaim): boolean {
  if (result.Start === undefined || result.End === undefined) return false;
  return claim.start <= result.End && claim.end > result.Start;
}

function describeExpected(result: SpecResult): string {
  const unit = result.Resolution?.unit ? ` ${result.Resolution.unit}` : "";
  return `"${result.Text}" = ${result.Resolution?.value ?? "?"}${unit}`;
}

function describeClaim(claim: ExtractedClaim): string {
  return `"${claim.figure}" = ${claim.value} ${claim.unit} (${claim.kind})`.replace(/ +\(/, " (");
}
