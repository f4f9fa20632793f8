// Display formatting for figures. Values arrive normalised by the extraction layer:
// percents in %, dates as days since 1970-01-01 (UTC), clock times as minutes after midnight,
// ranks as the ordinal number.
import type { Verdict } from "../lib/comparison/types";
import type { ClaimKind, Qualifier } from "../lib/extraction/types";
// The file, not lib/export's index: that one pulls the XLSX writer into the client bundle.
import { convert, unitFamily } from "../lib/comparison/units";
import { daysToIsoDate } from "../lib/export/dates";
import { clockTime } from "../lib/extraction/dates";
// The file, not the rules' index: that one pulls every claim rule into the client bundle.
import { isVagueAmountRule } from "../lib/extraction/rules/rule";
import { IRREGULAR_PLURAL_OF, NOT_MAN_COMPOUND } from "../lib/lexicon/words";
import type { ClaimRow, GroupRow } from "../lib/store/types";

// Shared with the server's sorting and source filter; re-exported for the pages that format with them.
export { conflictState, countCitedSources, countSources, sourceLabel, verdictSeverity } from "../lib/store/filter-groups";

const wholeNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const smallNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
// "240 million", "1.344 million": short, without rounding away the digits analysts compare.
const largeNumber = new Intl.NumberFormat("en-US", { notation: "compact", compactDisplay: "long", maximumSignificantDigits: 6 });

export function formatNumber(value: number): string {
  const size = Math.abs(value);
  if (size >= 1_000_000) return largeNumber.format(value);
  return (size < 10 ? smallNumber : wholeNumber).format(value);
}

/** How a kind reads: its bare value, whether its unit follows (pluralised for counted nouns), and the range dash. */
interface KindFormat {
  bare: (value: number) => string;
  unit: "none" | "plain" | "counted";
  /** Between the ends of an interval: spaced for numbers, tight for clock times ("14:45–15:15"). */
  dash: string;
}


/** Minutes after midnight → "14:45"; wraps around midnight ("around 00:05" allows 23:50). */
export const formatClockTime = clockTime;

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function formatOrdinal(value: number): string {
  const whole = Math.round(value);
  const lastTwo = Math.abs(whole) % 100;
  const last = Math.abs(whole) % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
  return `${wholeNumber.format(whole)}${suffix}`;
}

const numeric: KindFormat = { bare: formatNumber, unit: "plain", dash: " – " };

// A switch with no default: a kind added to ClaimKind fails to compile until it is handled here.
function kindFormat(kind: ClaimKind): KindFormat {
  switch (kind) {
    case "date":
      // Same conversion as the exports, so the table and a download show the same date.
      return { bare: (value) => daysToIsoDate(value) ?? String(value), unit: "none", dash: " – " };
    case "time":
      return { bare: formatClockTime, unit: "none", dash: "–" };
    case "rank":
      // "5th operation": the unit is the ranked noun, singular.
      return { bare: formatOrdinal, unit: "plain", dash: " – " };
    case "count":
    case "duration":
    case "age":
      return { ...numeric, unit: "counted" };
    case "percent":
    case "length":
    case "area":
    case "mass":
    case "volume":
    case "speed":
    case "temperature":
    case "money":
    case "measure":
      return numeric;
  }
}

/** One value without its unit: ISO for dates, HH:MM for clock times, "5th" for ranks, grouped digits otherwise. */
export function formatBareValue(kind: ClaimKind, value: number): string {
  return kindFormat(kind).bare(value);
}

const INVARIANT_NOUNS = new Set(["people", "police", "staff", "personnel", "cattle", "sheep", "deer", "fish", "aircraft", "livestock"]);

/** Units are stored as singular nouns ("soldier", "county"); counts of them read in the plural. */
export function pluralNoun(word: string): string {
  const lower = word.toLowerCase();
  if (!/^[a-z][a-z-]+$/i.test(word) || INVARIANT_NOUNS.has(lower)) return word;
  const irregular = IRREGULAR_PLURAL_OF[lower];
  if (irregular) return irregular;
  // "gunman" → "gunmen", "crewwoman" → "crewwomen"; "human" → "humans"
  if (/man$/.test(lower) && lower.length > 3 && !NOT_MAN_COMPOUND.test(lower)) return `${word.slice(0, -3)}men`;
  if (/s$/i.test(word)) return word;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

function withUnit(kind: ClaimKind, unit: string, text: string, isOne: boolean): string {
  const { unit: unitRule } = kindFormat(kind);
  if (unitRule === "none" || !unit) return text;
  return `${text} ${unitRule === "counted" && !isOne ? pluralNoun(unit) : unit}`;
}

/**
 * An interval as analysts read it: "1,000 – 1,500 people", "66.7 – 100 %", "≥ 1,000 soldiers",
 * "2021-07-01 – 2021-07-04", "14:45–15:15", "5th operation", "12 kW". Null bounds are open.
 */
export function formatInterval(kind: ClaimKind, unit: string, low: number | null, high: number | null): string {
  if (low === null && high === null) return "—";
  if (low !== null && high !== null) {
    const lowText = formatBareValue(kind, low);
    const highText = formatBareValue(kind, high);
    return withUnit(kind, unit, lowText === highText ? lowText : `${lowText}${kindFormat(kind).dash}${highText}`, low === 1 && high === 1);
  }
  if (low !== null) return withUnit(kind, unit, `≥ ${formatBareValue(kind, low)}`, false);
  return withUnit(kind, unit, `≤ ${formatBareValue(kind, high as number)}`, false);
}

/** The range of the figures as stated ("at least 1,500" states 1,500): what the outlets disagree on. */
export function formatStatedRange(group: Pick<GroupRow, "kind" | "unit" | "claims">): string | null {
  // Each figure in the group's unit: "609 metres" and "2,000 feet" are 1,998 – 2,000 ft, not "609 – 2,000 ft".
  // A figure in another family (another currency) has no rate here and is left out.
  const family = unitFamily(group.kind, group.unit);
  // A vague amount ("thousands") states no number: its midpoint is no figure of the text.
  const values = group.claims
    .filter((claim) => claim.value !== null && !isVagueAmountRule(claim.rule) && unitFamily(claim.kind, claim.unit) === family)
    .map((claim) => convert(claim.value!, claim.kind, claim.unit, group.unit));
  if (values.length === 0) return null;
  return formatInterval(group.kind, group.unit, Math.min(...values), Math.max(...values));
}

/** The interval every statement's wording allows together (open bounds stay open). */
export function formatSpread(group: Pick<GroupRow, "kind" | "unit" | "spreadLow" | "spreadHigh">): string {
  return formatInterval(group.kind, group.unit, group.spreadLow, group.spreadHigh);
}

export function formatClaimInterval(claim: Pick<ClaimRow, "kind" | "unit" | "low" | "high">): string {
  return formatInterval(claim.kind, claim.unit, claim.low, claim.high);
}

/** A claim's reading: a vague amount as its words with the interval they allow ("“thousands”: 2,000 – 9,999 officials"). */
export function formatClaimReading(claim: Pick<ClaimRow, "kind" | "unit" | "low" | "high" | "figure" | "rule">): string {
  const interval = formatClaimInterval(claim);
  return isVagueAmountRule(claim.rule) ? `“${claim.figure}”: ${interval}` : interval;
}

const qualifierLabels: Record<Qualifier, string> = {
  exact: "exact",
  about: "about",
  at_least: "at least",
  more_than: "more than",
  at_most: "at most",
  less_than: "less than",
  up_to: "up to",
  almost: "almost",
  range: "range",
};

export function formatQualifier(qualifier: Qualifier): string {
  return qualifierLabels[qualifier] ?? qualifier;
}

export const verdictLabels: Record<Verdict, string> = {
  contradiction: "Contradiction",
  discrepancy: "Discrepancy",
  rounding: "Rounding",
  consistent: "Consistent",
  superseded: "Superseded",
  single: "Single source",
};

export const verdictDescriptions: Record<Verdict, string> = {
  contradiction: "The figures exclude each other: both cannot be true.",
  discrepancy: "The figures differ, but their ranges overlap.",
  rounding: "The figures differ only by rounding.",
  consistent: "Every source gives the same figure.",
  superseded: "The figures differ because they were stated at different times; the later one replaces the earlier.",
  single: "Only one statement of this figure.",
};

export function claimHref(documentId: number, claimId: number): string {
  return `/documents/${documentId}#claim-${claimId}`;
}

export const statusLabels: Record<string, string> = {
  unreviewed: "Unreviewed",
  verified: "Verified",
  disputed: "Disputed",
  rejected: "Rejected",
};

export function formatWhen(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : "";
}
