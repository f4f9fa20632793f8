import { storyKeyOf, type ClaimFeatures } from "./features";
import type { Idf } from "./similarity";
import { isClockTime, isCountLike } from "./units";
import { contentLemmas, isContentToken, tokenize } from "./text";

const MEASURE_NOUN: Partial<Record<string, string>> = {
  length: "length",
  area: "area",
  mass: "mass",
  volume: "volume",
  speed: "speed",
  temperature: "temperature",
  duration: "duration",
  age: "age",
};
const MAX_SUBJECT_WORDS = 5;
const MAX_CONTEXT_WORDS = 3;

/** Lemmas present in more than half of the sets (all of them for a pair). */
function majority(sets: Iterable<string>[], size: number): Set<string> {
  const counts = new Map<string, number>();
  for (const set of sets) for (const lemma of new Set(set)) counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > size / 2).map(([lemma]) => lemma));
}

/** The words of a subject whose lemma is wanted, in reading order, as written. */
function subjectWords(subject: string, wanted: Set<string>): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const token of tokenize(subject)) {
    if (!isContentToken(token) || !wanted.has(token.lemma) || seen.has(token.lemma)) continue;
    seen.add(token.lemma);
    words.push(subject.slice(token.start, token.end));
  }
  return words;
}

function surfaceOf(members: ClaimFeatures[], lemma: string): string {
  for (const m of members) {
    const written = m.surface.get(lemma);
    if (written) return written;
  }
  return lemma;
}

/** The shared subject words, rendered from the member whose subject holds most of them. */
function sharedSubject(members: ClaimFeatures[]): string[] {
  const shared = majority(members.map((m) => m.subjectLemmas), members.length);
  if (shared.size === 0) return [];
  const held = (m: ClaimFeatures) => [...shared].filter((l) => m.subjectLemmas.has(l)).length;
  const best = members.filter((m) => m.claim.subject).sort((a, b) => held(b) - held(a))[0];
  return best ? subjectWords(best.claim.subject ?? "", shared).slice(0, MAX_SUBJECT_WORDS) : [];
}

/** The most telling context words the members share (near the figure, rare), cited sources left out. */
function sharedContext(members: ClaimFeatures[], idf: Idf): string[] {
  const sources = new Set(members.flatMap((m) => contentLemmas(m.claim.attribution)));
  const shared = majority(members.map((m) => m.context.keys()), members.length);
  const story = storyKeyOf(members[0]);
  const weight = (lemma: string) => members.reduce((sum, m) => sum + (m.context.get(lemma) ?? 0), 0) * idf(lemma, story);
  return [...shared]
    .filter((l) => !sources.has(l))
    .sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))
    .slice(0, MAX_CONTEXT_WORDS)
    .map((l) => surfaceOf(members, l));
}

/**
 * A short human label for a group: the subject words the members share
 * ("Afghan soldiers") with their shared predicate ("fled"), else the most
 * telling context words they share; then what is measured and its unit
 * ("border length (km)", "share of border (%)").
 */
export function labelFor(members: ClaimFeatures[], idf: Idf): string {
  const first = members[0].claim;
  let words = sharedSubject(members);
  if (words.length === 0) words = sharedContext(members, idf);
  if (isCountLike(first.kind) || first.kind === "money") {
    const verbs = majority(members.map((m) => m.verbs), members.length);
    const story = storyKeyOf(members[0]);
    const verb = [...verbs].sort((a, b) => idf(b, story) - idf(a, story) || a.localeCompare(b))[0];
    if (verb && !words.some((w) => w.toLowerCase() === verb)) words.push(surfaceOf(members, verb));
  }
  const phrase = words.join(" ") || first.subject || first.unit;
  if (isCountLike(first.kind)) return phrase;
  if (isClockTime(first.kind)) return `${phrase} (time of day)`;
  switch (first.kind) {
    case "count":
      return phrase;
    case "percent":
      return `share of ${phrase} (%)`;
    case "money":
    case "date":
      return `${phrase} (${first.unit})`;
    default: {
      const measure = MEASURE_NOUN[first.kind] ?? first.kind;
      return `${phrase} ${measure} (${first.unit})`;
    }
  }
}
