/**
 * The claim families, in the order the scanner tries them at each token: the
 * first that reads a figure wins. Narrow readings come before the general
 * quantity rule: "4.30am" is a clock time before it is 4.3, "May 2021" a date
 * before it is 2,021, ".38 caliber" a calibre before it is 0.38.
 */
import { ageRule } from "./age";
import { articleDurationRule } from "./article-duration";
import { calibreRule } from "./calibre";
import { clockTimeRule } from "./clock-time";
import { dateRule } from "./date";
import { fractionRule } from "./fraction";
import { multiplicativeRule } from "./multiplicative";
import { ordinalCountRule } from "./ordinal-count";
import { quantityRule } from "./quantity";
import { rankRule } from "./rank";
import type { ClaimRule } from "./rule";
import { vagueAmountRule } from "./vague-amount";
import { zeroCountRule } from "./zero-count";

export type { ClaimRule } from "./rule";
export { DATELINE, isDatelineRule, isVagueAmountRule, VAGUE_AMOUNT } from "./rule";

export const CLAIM_RULES: readonly ClaimRule[] = [
  clockTimeRule,
  dateRule,
  rankRule,
  vagueAmountRule,
  fractionRule,
  ordinalCountRule,
  multiplicativeRule,
  articleDurationRule,
  ageRule,
  zeroCountRule,
  calibreRule,
  quantityRule,
];

/** Every rule and variant id with what it means: the claim page's "why was this extracted". */
export function describeRule(id: string): string | null {
  for (const rule of CLAIM_RULES) {
    if (rule.id === id) return rule.description;
    const variant = rule.variants?.[id];
    if (variant) return `${rule.description} ${variant}`;
  }
  return null;
}
