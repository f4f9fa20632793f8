// Display formatting for figures. Values arrive normalised by the extraction layer:
// percents in %, dates as days since 1970-01-01 (UTC).
import type { Verdict } from "../lib/comparison/types";
import type { ClaimKind, Qualifier } from "../lib/extraction/types";
// The file, not lib/export's index: that one pulls the XLSX writer into the client bundle.
import { daysToIsoDate } from "../lib/export/dates";
import type { ClaimRow, GroupRow } from "../lib/store/types";

const wholeNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const smallNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
// "240 million", "1.344 million": short, without rounding away the digits analysts compare.
const largeNumber = new Intl.NumberFormat("en-US", { notation: "compact", compactDisplay: "long", maximumSignificantDigits: 6 });

export function formatNumber(value: number): string {
  const size = Math.abs(value);
  if (size >= 1_000_000) return largeNumber.format(value);
  return (size < 10 ? smallNumber : wholeNumber).format(value);
}

/** One value without its unit: ISO for dates, grouped digits otherwise. */
export function formatBareValue(kind: ClaimKind, value: number): string {
  // Same conversion as the exports, so the table and a download show the same date.
  return kind === "date" ? (daysToIsoDate(value) ?? String(value)) : formatNumber(value);
}

const INVARIANT_NOUNS = new Set(["people", "police", "staff", "personnel", "cattle", "sheep", "deer", "fish", "aircraft", "livestock"]);

/** Units are stored as singular nouns ("soldier", "county"); counts of them read in the plural. */
function pluralNoun(word: string): string {
  const lower = word.toLowerCase();
  if (!/^[a-z][a-z-]+$/i.test(word) || INVARIANT_NOUNS.has(lower) || /s$/i.test(word)) return word;
  if (lower === "person") return "people";
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

const NOUN_UNIT_KINDS: ReadonlySet<ClaimKind> = new Set(["count", "duration", "age"]);

function withUnit(kind: ClaimKind, unit: string, text: string, isOne: boolean): string {
  if (kind === "date" || !unit || unit === "date") return text;
  return `${text} ${NOUN_UNIT_KINDS.has(kind) && !isOne ? pluralNoun(unit) : unit}`;
}

/**
 * An interval as analysts read it: "1,000 – 1,500 people", "66.7 – 100 %", "≥ 1,000 soldiers",
 * "2021-07-01 – 2021-07-04". Null bounds are open.
 */
export function formatInterval(kind: ClaimKind, unit: string, low: number | null, high: number | null): string {
  if (low === null && high === null) return "—";
  if (low !== null && high !== null) {
    const lowText = formatBareValue(kind, low);
    const highText = formatBareValue(kind, high);
    return withUnit(kind, unit, lowText === highText ? lowText : `${lowText} – ${highText}`, low === 1 && high === 1);
  }
  if (low !== null) return withUnit(kind, unit, `≥ ${formatBareValue(kind, low)}`, false);
  return withUnit(kind, unit, `≤ ${formatBareValue(kind, high as number)}`, false);
}

/** The range of the figures as stated ("at least 1,500" states 1,500): what the outlets disagree on. */
export function formatStatedRange(group: Pick<GroupRow, "kind" | "unit" | "claims">): string | null {
  const values = group.claims.map((claim) => claim.value).filter((value): value is number => value !== null);
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

/** Higher is more severe; used to sort the verdict column. */
export const verdictSeverity: Record<Verdict, number> = {
  contradiction: 4,
  discrepancy: 3,
  rounding: 2,
  consistent: 1,
  superseded: 1.5,
  single: 0,
};

/** Distinct documents stating the figure (one outlet can publish several articles). */
export function countSources(group: Pick<GroupRow, "claims">): number {
  return new Set(group.claims.map((claim) => claim.document.id)).size;
}

export function claimHref(documentId: number, claimId: number): string {
  return `/documents/${documentId}#claim-${claimId}`;
}

/**
 * A short name for where a claim comes from: the outlet, else the URL's host, else the
 * title's first words. Callers show the full title in a tooltip.
 */
export function sourceLabel(document: { outlet: string | null; url: string | null; title: string }): string {
  const outlet = document.outlet?.trim();
  if (outlet) return outlet;
  if (document.url) {
    try {
      const host = new URL(document.url).hostname.replace(/^www\./, "");
      if (host) return host;
    } catch {
      // Not a URL: fall through to the title.
    }
  }
  const words = document.title.trim().split(/\s+/);
  return words.length > 4 ? `${words.slice(0, 4).join(" ")}…` : document.title.trim() || "Untitled";
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
