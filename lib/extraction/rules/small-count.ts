/** Small counts in words whose noun is elsewhere: "two of them", "one of the suspects", "one person". */
import { isSuperlative, PHRASE_END_WORDS } from "../../lexicon/words";
import { qualify } from "../figure-context";
import { countedNounIn, lastCountedNoun, type Amount, type Draft, type Scan, type UnitRead } from "../scan-state";
import { DISCOURSE_NOUNS, isPluralNoun, isStopWord, lemmatize, nounPhraseAt } from "../subjects";
import { TIME_UNITS } from "../units";

/**
 * A small number in words with its noun elsewhere: "two of them managed to
 * escape" (the noun is the last count's, if any), "three of the guards",
 * "There were four in the climbing party". Not "the two", "all three".
 */
export function smallCount(s: Scan, a: Amount, u: UnitRead): { unit: string; subject: string | null; rule?: string } | null {
  const tokens = s.tokens;
  if (isElliptical(s, a, u, true)) return { ...lastCountedNoun(s), rule: "quantity.elliptical" };
  const prev = tokens[a.first - 1]?.lower ?? "";
  if (/^(the|all|both|these|those|their|his|her|its|our|my|your|every|each|last|first|other|another|only)$/.test(prev)) return null;
  const next = tokens[u.next];
  if (next?.lower === "of") {
    const pronoun = tokens[u.next + 1]?.lower ?? "";
    if (pronoun === "them" || pronoun === "us" || pronoun === "those") {
      return countedNounIn(s.drafts) ?? { unit: "", subject: null };
    }
    const group = groupAfterOf(s, u.next);
    return group ? { unit: lemmatize(group.head), subject: group.text } : null;
  }
  // "There were four in the party", "there are three on board"
  const p1 = tokens[a.first - 1]?.lower ?? "";
  const p2 = tokens[a.first - 2]?.lower ?? "";
  if (/^(were|are|was)$/.test(p1) && p2 === "there" && (next === undefined || /^(in|on|of|aboard|inside|among|at)$/.test(next.lower) || next.text === "." || next.text === ",")) {
    return { unit: "", subject: null };
  }
  return null;
}

/** "of the suspects", "of his brothers": the group a small number is picked from (plural, no superlative). */
function groupAfterOf(s: Scan, ofIndex: number): { text: string; head: string } | null {
  const tokens = s.tokens;
  let j = ofIndex + 1;
  if (!/^(the|his|her|its|their|our|those|these|my|your)$/.test(tokens[j]?.lower ?? "") && !/['’]s$/.test(tokens[j]?.lower ?? "")) return null;
  if (/['’]s$/.test(tokens[j].lower) || /^(the|his|her|its|their|our|those|these|my|your)$/.test(tokens[j].lower)) j++;
  for (let k = j; k < Math.min(tokens.length, j + 4); k++) if (isSuperlative(tokens[k].lower)) return null;
  const np = nounPhraseAt(s.text, tokens, j, true);
  if (!np || DISCOURSE_NOUNS.has(lemmatize(np.head))) return null;
  return { text: np.text, head: np.head };
}

/**
 * "one" as a count: "one [noun]" counts one of that noun ("One person
 * was arrested", "one solution"). Not "one of the [plural]" (a pick from a
 * group), not a pronoun
 * ("the one", "no one", "one another", "one could"), not a compound ("one-time").
 */
export function oneOf(s: Scan, a: Amount, u: UnitRead, first: number, floor: number): Draft | null {
  const tokens = s.tokens;
  if (isElliptical(s, a, u, false)) {
    const { unit, subject } = lastCountedNoun(s);
    return qualify(s, { first, last: a.last, kind: "count", value: 1, low: 1, high: 1, qualifier: "exact", unit, subject, precision: 1, change: null, rule: "quantity.elliptical" }, floor);
  }
  const prev = tokens[a.first - 1]?.lower ?? "";
  if (/^(the|no|any|every|each|this|that|which|last|only|another|anyone|someone|everyone)$/.test(prev)) return null;
  const next = tokens[u.next];
  if (!next || next.kind !== "word" || (tokens[a.last + 1]?.text === "-")) return null;
  let np: ReturnType<typeof nounPhraseAt>;
  // "One of the suspects fled" states that one suspect fled: a count of 1 suspect.
  // Not a pick from a ranking ("one of the largest banks") nor a description
  // after a copula or a comma ("is one of the suspects", ", one of the owners").
  if (next.lower === "of") {
    const group = groupAfterOf(s, u.next);
    if (!group) return null;
    const before = tokens[a.first - 1];
    if (before && (before.text === "," || /^(is|was|are|were|be|been|being|remains|remained|become|became|as|among|like|named|called)$/.test(before.lower))) return null;
    return qualify(s, { first, last: a.last, kind: "count", value: 1, low: 1, high: 1, qualifier: "exact", unit: lemmatize(group.head), subject: group.text, precision: 1, change: null }, floor);
  } else {
    if (isStopWord(next.lower) || next.lower.endsWith("ly")) return null;
    // "One Australian and one English climber": the name is an adjective whose noun is stated once, after the second count
    np = sharedNoun(s, u.next) ?? nounPhraseAt(s.text, tokens, u.next, false);
    if (!np || isPluralNoun(np.head)) return null;
  }
  // "One lorry overturned": the phrase ends before a past-tense verb
  const words = np.text.split(/\s+/);
  while (words.length > 1 && /ed$/i.test(words[words.length - 1])) words.pop();
  const unit = lemmatize(words[words.length - 1]);
  if (DISCOURSE_NOUNS.has(unit) || TIME_UNITS[unit]) return null;
  return qualify(s, { first, last: a.last, kind: "count", value: 1, low: 1, high: 1, qualifier: "exact", unit, subject: words.join(" "), precision: 1, change: null }, floor);
}

/**
 * A number in words whose noun is understood from what came before: the
 * object of a verb ("shot three people, killing one", "Gunman Kills Two In
 * Office"), the rest of a set ("the other three"), or the subject of a clause
 * ("Two managed to escape", not for "one"). Only where no noun follows it.
 */
function isElliptical(s: Scan, a: Amount, u: UnitRead, asSubject: boolean): boolean {
  const tokens = s.tokens;
  const next = tokens[u.next];
  const prev = tokens[a.first - 1];
  if (!a.inWords || a.scaled || (next && next.text === "-")) return false;
  // (token tests first: tagging a sentence costs ten times its scan; "of" opens a partitive, read apart: "two of the guards")
  const endsPhrase = next === undefined || (next.kind === "sym" && next.text !== "-") || PHRASE_END_WORDS.has(next.lower);
  if (endsPhrase && prev?.lower === "other" && tokens[a.first - 2]?.lower === "the") return true;
  if (endsPhrase && prev?.kind === "word" && !isStopWord(prev.lower) && s.tags()[a.first - 1] === "VERB") return true;
  // (not "One must wonder": "one" as a subject is the pronoun)
  return asSubject && a.first === s.firstWord && next?.kind === "word" && !endsPhrase && (s.tags()[u.next] === "VERB" || s.tags()[u.next] === "AUX");
}

/**
 * A lone capitalised word after a count, coordinated with a second count whose
 * phrase pairs another capitalised word with a common noun ("one Australian
 * and one English climber", "one Danish and two Dutch sailors"): the first
 * count's noun is elided and is that common noun. The phrase returned joins
 * the adjective to it ("Australian climber").
 */
function sharedNoun(s: Scan, at: number): { text: string; head: string; first: number; last: number } | null {
  const tokens = s.tokens;
  const adjective = tokens[at];
  const last = at;
  if (adjective?.kind !== "word" || adjective.text[0] === adjective.lower[0]) return null;
  const conj = tokens[last + 1]?.lower;
  const count = tokens[last + 2];
  if ((conj !== "and" && conj !== "or") || !count || (count.kind !== "num" && !/^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(count.lower))) return null;
  const other = nounPhraseAt(s.text, tokens, last + 3, false);
  if (!other) return null;
  // the phrase ends before a past-tense verb ("English climber died")
  let end = other.last;
  while (end > other.first && /ed$/i.test(tokens[end].text)) end--;
  if (end === other.first) return null;
  const lead = tokens[other.first];
  const noun = tokens[end];
  if (lead.text[0] === lead.lower[0] || noun.text[0] !== noun.lower[0]) return null;
  const singular = lemmatize(noun.lower);
  return { text: `${adjective.text} ${singular}`, head: singular, first: at, last };
}
