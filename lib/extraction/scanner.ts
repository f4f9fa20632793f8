/**
 * The claim scanner: one pass over a sentence's tokens. At each token that can
 * start a figure it tries the claim rules in order (rules/index.ts); the first
 * that reads a figure wins and scanning resumes after it. Then the concept
 * of each figure is read from its clause (concepts.ts) and its attribution
 * from the sentence's cues (attribution.ts).
 */
import { attributionFor, findCues } from "./attribution";
import { ConceptReader } from "./concepts";
import { MONTHS } from "./dates";
import { isMasked } from "./noise";
import { SMALL_NUMBER_WORDS, TENS_WORDS } from "./numbers";
import { ORDINAL_WORDS } from "./ordinals";
import { CLAIM_RULES } from "./rules";
import type { Draft, ExtractedClaimDraft, Scan } from "./scan-state";
import type { Token } from "./tokens";
import { CURRENCY_SYMBOLS, DOLLAR_PREFIXES, ISO_CURRENCIES } from "./units";
import { millionsCode } from "./unit-money";

/** Cheap pre-filter: a sentence without any of these cannot hold a claim. */
export const CANDIDATE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|thirds?|quarters?|fifths?|tenths?|scores|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|first\s+half|twice|thrice|an?\s+(?:(?:quarter|half)-)?(?:year|month|week|day|hour|minute|second|decade|century)|nobody|no\s+(?:one|[a-z]+s))\b/i;

/**
 * Words that can begin a claim (its number, currency, date or qualifier-free
 * vague amount). The scanner only tries the parsers at these tokens, at
 * numbers and at currency symbols; qualifiers are read backwards from there.
 */
const STARTER_WORDS = new Set<string>([
  ...Object.keys(SMALL_NUMBER_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(MONTHS),
  ...Object.keys(DOLLAR_PREFIXES), ...[...ISO_CURRENCIES].map((c) => c.toLowerCase()),
  "a", "an", "half", "quarter", "rs", "aged", "age", "early", "mid", "late", "end", "beginning", "start", "middle",
  "tens", "hundreds", "thousands", "millions", "billions", "trillions", "dozens", "scores", "several",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "twice", "thrice", "first", "no", "nobody",
  ...Object.keys(ORDINAL_WORDS),
]);

function canStartClaim(t: Token): boolean {
  if (t.kind === "num") return true;
  if (t.text === "PS" || t.text === "Y" || t.text === "RM" || millionsCode(t)) return true;
  if (t.kind === "sym") return CURRENCY_SYMBOLS[t.text] !== undefined;
  if (STARTER_WORDS.has(t.lower)) return true;
  // a possessive, "Monday's": the tokenizer keeps it inside the word
  const n = t.lower.length;
  return n > 3 && t.lower.charCodeAt(n - 1) === 115 && (t.lower[n - 2] === "'" || t.lower[n - 2] === "’") && STARTER_WORDS.has(t.lower.slice(0, -2));
}

/** Reads every figure of one sentence, then what each is about and who is cited for it. */
export function scanSentence(s: Scan): ExtractedClaimDraft[] {
  const tokens = s.tokens;
  let floor = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i < floor || !canStartClaim(tokens[i])) continue;
    if (tokens[i].kind === "num" && s.code.length > 0 && isMasked(s.code, tokens[i].start, tokens[i].end)) continue;
    let draft: Draft | null = null;
    for (const rule of CLAIM_RULES) {
      draft = rule.read(s, i, floor);
      if (draft) {
        draft.rule ??= rule.id;
        break;
      }
    }
    if (!draft) continue;
    const previous = s.drafts[s.drafts.length - 1];
    const compound = previous ? compoundDuration(s, previous, draft) : null;
    if (compound) s.drafts[s.drafts.length - 1] = compound;
    else s.drafts.push(draft);
    const placed = compound ?? draft;
    floor = Math.max(placed.last, placed.skipTo ?? -1) + 1;
    i = floor - 1;
  }
  const concepts: Array<string | null> = [];
  const alsos: string[][] = [];
  let reader: ConceptReader | null = null;
  for (let n = 0; n < s.drafts.length; n++) {
    const d = s.drafts[n];
    if (d.kind === "date" || d.concept) {
      concepts.push(d.concept ?? null);
      alsos.push([]);
      continue;
    }
    // Parts of speech only for sentences that hold a figure (tagging is ~10× slower than scanning).
    reader ??= new ConceptReader(s.text, s.tokens, s.tags(), (k, upTo) => figureAt(s, k, upTo));
    const read = reader.read({ first: d.first, last: d.last, attributive: isAttributive(s, d), age: d.kind === "age", count: d.kind === "count" && !!d.subject }, n);
    // a figure restating a measure ("8 miles (13 km) of track") shares what that measure is of, when it has no concept
    const holder = read !== null && "sameAs" in read ? s.drafts[read.sameAs] : undefined;
    const holderSubject = holder && holder.kind !== "count" && d.kind !== "count" ? holder.subject ?? null : null;
    concepts.push(read === null ? null : "text" in read ? read.text : concepts[read.sameAs] ?? holderSubject);
    const inherited = read !== null && "sameAs" in read ? alsos[read.sameAs] ?? [] : [];
    if (read !== null && "alsoOf" in read && read.alsoOf !== undefined && concepts[read.alsoOf]) inherited.push(concepts[read.alsoOf]!);
    alsos.push([...inherited, ...(read?.also ?? [])]);
  }
  return s.drafts.map((d, n) => finish(s, d, concepts[n], alsos[n] ?? []));
}

/** A figure that may modify the noun after it: any measure; a count only when its noun is glued ("five-boat"). */
function isAttributive(s: Scan, d: Draft): boolean {
  if (d.kind === "time" || d.kind === "rank") return false;
  if (d.kind !== "count" || d.unit === "point" || d.unit === "basis point") return true;
  const t = s.tokens;
  return d.last > d.first && t[d.last - 1]?.text === "-" && t[d.last].kind === "word" && t[d.last - 1].start === t[d.last - 2]?.end;
}

/** The index of the earlier figure (before `upTo`) holding token k, or -1. Dates are not figures here. */
function figureAt(s: Scan, k: number, upTo: number): number {
  for (let n = 0; n < upTo; n++) {
    const d = s.drafts[n];
    if (k >= d.first && k <= d.last) return d.kind === "date" ? -1 : n;
  }
  return -1;
}

function finish(s: Scan, d: Draft, concept: string | null, also: readonly string[]): ExtractedClaimDraft {
  const tokens = s.tokens;
  const start = tokens[d.first].start;
  const end = tokens[d.last].end;
  if (!s.cues) s.cues = findCues(s.text, tokens);
  return {
    start,
    end,
    figure: s.text.slice(start, end),
    sentence: s.sentence.text,
    sentenceStart: s.sentence.start,
    kind: d.kind,
    value: d.value,
    low: d.low,
    high: d.high,
    qualifier: d.qualifier,
    unit: d.unit,
    subject: d.subject,
    concept,
    rule: d.rule ?? "quantity",
    ...(also.length > 0 ? { concepts: [...new Set([...(concept ? [concept] : []), ...also])] } : {}),
    attribution: attributionFor(s.cues, d.first, d.last),
    precision: d.precision,
    change: d.change,
    date: d.date,
  };
}

/** How many of the next smaller time unit make one of these: "1hr 4 mins", "2 years and 3 months". */
const SMALLER_TIME_UNIT: Readonly<Record<string, [string, number]>> = {
  year: ["month", 12],
  week: ["day", 7],
  day: ["hour", 24],
  hour: ["minute", 60],
  minute: ["second", 60],
};

/** Two durations written as one ("1hr 4 mins", "2 hours and 30 minutes"): one figure in the smaller unit. */
function compoundDuration(s: Scan, a: Draft, b: Draft): Draft | null {
  if (a.kind !== "duration" || b.kind !== "duration" || b.qualifier !== "exact" || a.qualifier === "range") return null;
  const [smaller, factor] = SMALLER_TIME_UNIT[a.unit] ?? [];
  if (smaller !== b.unit || !factor || b.value >= factor) return null;
  const joined = b.first === a.last + 1 || (b.first === a.last + 2 && s.tokens[a.last + 1].lower === "and");
  if (!joined) return null;
  const value = a.value * factor + b.value;
  const scale = (bound: number | null) => (bound === null ? null : bound === a.value ? value : bound * factor + b.value);
  return { ...a, last: b.last, unit: smaller, value, low: scale(a.low), high: scale(a.high), precision: b.precision, rule: "quantity.compound-duration" };
}
