import type { ComparableClaim, Verdict } from "./types";
import { MONTH_NAMES, WEEKDAYS } from "../lexicon/words";

/**
 * Figures that change over time (a death toll through the day): statements
 * made for different times are not in conflict when the later ones replace
 * the earlier ones. Each figure's as-of time is the one its text states ("by
 * Friday evening", "as of 6 pm", "on July 3"), ordered within the
 * publication date of its document.
 */

const PARTS = ["morning", "midday", "noon", "afternoon", "evening", "night", "midnight"];

const AS_OF = new RegExp(
  String.raw`\b(?:as of|as at|by|so far (?:on|this)|until|on|at|late on|early on|this)\s+` +
    String.raw`((?:${WEEKDAYS.join("|")})(?:\s+(?:${PARTS.join("|")}))?` +
    String.raw`|(?:${MONTH_NAMES.join("|")})\s+\d{1,2}` +
    String.raw`|\d{1,2}\s+(?:${MONTH_NAMES.join("|")})` +
    String.raw`|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?` +
    String.raw`|(?:${PARTS.join("|")}))\b`,
  "i",
);

/** The as-of phrase a claim states: its own field, else the time phrase in its sentence. */
export function asOfOf(claim: Pick<ComparableClaim, "asOf" | "sentence">): string | null {
  if (claim.asOf) return claim.asOf;
  const match = AS_OF.exec(claim.sentence);
  return match ? match[0].trim() : null;
}

/** A sortable rank for an as-of phrase, or null when it gives no order ("this morning" has one: 0 of the day). */
export function asOfRank(phrase: string, publishedAt?: string | null): number | null {
  const text = phrase.toLowerCase();
  const day = publishedAt ? Math.floor(Date.parse(publishedAt) / 86_400_000) : 0;
  let rank: number | null = null;
  const month = MONTH_NAMES.findIndex((m) => text.includes(m));
  const dayOfMonth = /\b(\d{1,2})\b(?!\s*[:.]?\d*\s*[ap]\.?m)/.exec(text);
  if (month >= 0 && dayOfMonth) rank = (month * 31 + Number(dayOfMonth[1])) * 24;
  const weekday = WEEKDAYS.findIndex((w) => text.includes(w));
  if (rank === null && weekday >= 0) rank = (day + ((weekday + 3) % 7)) * 24; // epoch day 0 was a Thursday
  const clock = /(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m/.exec(text);
  const part = PARTS.findIndex((p) => text.includes(p));
  const hour = clock ? (Number(clock[1]) % 12) + (clock[3] === "p" ? 12 : 0) + Number(clock[2] ?? 0) / 60 : part >= 0 ? [8, 12, 12, 15, 19, 22, 24][part] : null;
  if (rank === null && hour === null) return null;
  return (rank ?? day * 24) + (hour ?? 12);
}

/**
 * `superseded` when a conflicting group's figures are each stated for a
 * different time and, in time order, only ever rise (a toll being updated);
 * otherwise the verdict as judged.
 */
export function withSupersession(claims: ComparableClaim[], verdict: Verdict): Verdict {
  if (verdict !== "discrepancy" && verdict !== "contradiction") return verdict;
  if (claims[0]?.kind !== "count") return verdict;
  const timed = claims.map((c) => {
    const phrase = asOfOf(c);
    return { value: c.value, rank: phrase ? asOfRank(phrase, c.publishedAt) : null };
  });
  if (timed.some((t) => t.rank === null)) return verdict;
  // One value per time; different values at different times, rising with time.
  const byRank = new Map<number, number>();
  for (const t of timed) {
    const seen = byRank.get(t.rank!);
    if (seen !== undefined && seen !== t.value) return verdict;
    byRank.set(t.rank!, t.value);
  }
  const ordered = [...byRank].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  if (ordered.length < 2) return verdict;
  for (let i = 1; i < ordered.length; i++) if (ordered[i] < ordered[i - 1]) return verdict;
  return "superseded";
}
