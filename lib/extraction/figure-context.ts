/** The wording around a figure: its qualifier and interval, its change direction, and what it measures. */
import { BY_OBJECT_UP, BY_OBJECT_VERBS, DOWN_NOUNS, DOWN_WORDS, MEASURE_ADJECTIVES, PARTICLE_VERBS, RATE_DENOMINATORS, SUBJECT_PREPOSITIONS, UP_NOUNS, UP_WORDS } from "../lexicon/words";
import { intervalFor, qualifierAfter, qualifierBefore } from "./qualifiers";
import type { Draft, Scan } from "./scan-state";
import { isStopWord, lemmatize, nounPhraseAt } from "./subjects";
import type { ClaimKind } from "./types";
import { MEASURE_UNITS } from "./units";

/** Add the qualifier before/after, then the change direction; recompute the interval. */
export function qualify(s: Scan, d: Draft, floor: number, isRange = false): Draft {
  const tokens = s.tokens;
  if (!isRange) {
    const before = qualifierBefore(tokens, d.first, floor);
    if (before) {
      d.qualifier = before.qualifier;
      d.first = before.index;
    } else {
      const after = qualifierAfter(tokens, d.last + 1);
      if (after) {
        d.qualifier = after.qualifier;
        d.last = after.index;
      } else {
        // a conversion in brackets keeps the wording of the figure it restates: "more than 100 km (60 miles)"
        const joiner = tokens[d.first - 1]?.text;
        if (joiner === "(" || joiner === "/") {
          const earlier = s.drafts.find((e) => e.last === d.first - 2 || (joiner === "/" && e.last === d.first - 2));
          if (earlier && earlier.qualifier !== "exact" && earlier.qualifier !== "range" && (joiner === "(" || tokens.slice(0, d.first).some((t, k) => t.text === "(" && k < earlier.first))) d.qualifier = earlier.qualifier;
        }
      }
    }
    if (d.kind !== "date") {
      const interval = intervalFor(d.qualifier, d.value, d.kind);
      d.low = interval.low;
      d.high = interval.high;
    }
  }
  d.change = changeAround(s, d);
  return d;
}

function changeAround(s: Scan, d: Draft): "up" | "down" | null {
  const tokens = s.tokens;
  let b = d.first - 1;
  const viaBy = tokens[b]?.lower === "by";
  if (viaBy) b--;
  const verb = tokens[b]?.lower ?? "";
  if ((verb === "up" || verb === "down") && PARTICLE_VERBS.has(tokens[b - 1]?.lower ?? "")) return null;
  // "raised $5m" is money collected; "raised prices by 5%" is a change
  if (verb === "raised" && !viaBy && d.kind === "money") return null;
  if (UP_WORDS.has(verb)) return "up";
  if (DOWN_WORDS.has(verb)) return "down";
  if (viaBy) {
    // "grow sales by 35%", "cut its forecast by 2%": the verb before its object
    for (let k = b; k >= Math.max(0, b - 5); k--) {
      const w = tokens[k];
      if (w.kind !== "word" || s.drafts.some((e) => e.last === k)) break;
      if (BY_OBJECT_VERBS.has(w.lower)) return w.lower === "revised" || w.lower === "revise" ? (UP_WORDS.has(tokens[k + 1]?.lower ?? "") ? "up" : DOWN_WORDS.has(tokens[k + 1]?.lower ?? "") ? "down" : null) : BY_OBJECT_UP.has(w.lower) ? "up" : "down";
      if (UP_WORDS.has(w.lower) || DOWN_WORDS.has(w.lower)) break;
    }
    // "X were down 2.3%, Y by 2.6%": an elided verb takes the last figure's direction
    if (tokens[b]?.kind === "word" && tokens[b - 1]?.text === ",") {
      const earlier = [...s.drafts].reverse().find((e) => e.last < b);
      if (earlier?.change && earlier.kind === d.kind) return earlier.change;
    }
  }
  if (/^(lost|loses|losing|shed|sheds|shedding)$/.test(verb) && (d.kind !== "count" || d.unit === "point")) return "down";
  // a restatement of the figure before it shares its direction: "lost 190 points, or 0.6%", "rose 5% (€2m)"
  const joiner = tokens[d.first - 1];
  if (joiner && (joiner.lower === "or" || joiner.text === "(")) {
    let k = d.first - 2;
    if (tokens[k]?.text === ",") k--;
    // "grew by 125,600 jobs or 2.2%": the earlier figure's counted noun may stand between
    const earlier = s.drafts.find((e) => e.last === k || (e.last < k && e.last >= k - 3 && tokens.slice(e.last + 1, k + 1).every((t) => t.kind === "word" && !isStopWord(t.lower))));
    if (earlier?.change) return earlier.change;
  }
  if (tokens[d.first - 1]?.lower === "of") {
    const noun = tokens[d.first - 2]?.lower ?? "";
    if (UP_NOUNS.has(noun)) return "up";
    // "a loss of $5m" is an amount lost, not a fall; "a loss of 5%" is a fall
    if (DOWN_NOUNS.has(noun) && (noun !== "loss" || d.kind === "percent")) return "down";
  }
  // "a 4% drop", "a 7.5% pay rise" (one modifier word allowed)
  for (const k of [d.last + 1, d.last + 2]) {
    const after = tokens[k]?.lower ?? "";
    if (UP_NOUNS.has(after)) return "up";
    if (DOWN_NOUNS.has(after)) return "down";
    if (tokens[k]?.kind !== "word" || isStopWord(after)) break;
  }
  return null;
}

/** What a percent, length, money or age figure measures, read after it. */
export function subjectAfter(s: Scan, k: number, kind: ClaimKind): string | null {
  const tokens = s.tokens;
  let j = k;
  if (kind === "length" || kind === "area") {
    if (tokens[j]?.text === "-" && MEASURE_ADJECTIVES.has(tokens[j + 1]?.lower ?? "")) j += 2;
    else if (MEASURE_ADJECTIVES.has(tokens[j]?.lower ?? "")) j++;
  }
  // "8 miles (13 km) of new track": past a conversion in brackets
  if (tokens[j]?.text === "(") {
    let close = j + 1;
    while (close < tokens.length && close - j < 8 && tokens[close].text !== ")" && tokens[close].text !== "(") close++;
    if (tokens[close]?.text === ")" && tokens[close + 1]?.lower === "of" && tokens.slice(j + 1, close).some((t) => t.kind === "num")) j = close + 1;
  }
  // "800,000 barrels a day", "$5 a share": a rate after the unit is no subject ("barrels a day of crude": past it)
  if (/^(a|an|per|each)$/.test(tokens[j]?.lower ?? "") && RATE_DENOMINATORS.has(lemmatize(tokens[j + 1]?.lower ?? ""))) {
    if (tokens[j + 2]?.lower !== "of") return null;
    j += 2;
  }
  const word = tokens[j];
  if (!word) return null;
  if (SUBJECT_PREPOSITIONS.has(word.lower)) {
    // "5% of X", "20 km of road", but money is "for/on/in X" too ("$5m for new depots").
    if (word.lower !== "of" && kind !== "money") return null;
    if (kind === "age" || kind === "duration" || kind === "date" || kind === "temperature") return null;
    j++;
  } else if (kind === "money" || kind === "percent" || kind === "duration") {
    // Only "5% of X", "$5m for X": a bare word after money is usually a verb ("dollars flow").
    return null;
  }
  // Skip determiners, embedded figures and units: "of the 1,344 km long Afghan-Tajik border".
  while (j < tokens.length) {
    const t = tokens[j];
    const lower = t.lower;
    if (lower === "the" || lower === "a" || lower === "an" || lower === "its" || lower === "their" || t.kind === "num" || MEASURE_ADJECTIVES.has(lower) || MEASURE_UNITS[lower] || (t.text === "-" && tokens[j + 1] && MEASURE_ADJECTIVES.has(tokens[j + 1].lower))) j++;
    else break;
  }
  const np = nounPhraseAt(s.text, tokens, j, false);
  return np ? np.text : null;
}
