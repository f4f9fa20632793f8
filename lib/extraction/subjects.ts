/**
 * What a figure counts or measures, without a POS tagger: the noun phrase
 * right after the figure (or after "of"), read word by word until a function
 * word or punctuation. For counts the phrase ends at its first plural noun,
 * optionally extended by "and/or <more words> <plural>"
 * ("1,500 Afghan government soldiers and civilians fled" → "Afghan government
 * soldiers and civilians").
 *
 * Unit rule for counts: the singular, lower-case head noun of that phrase
 * ("soldiers" → "soldier", "counties" → "county"); person/persons/people all
 * become "people". No noun found → unit "" (unknown).
 */
import type { Token } from "./tokens";

/** Words that end a noun phrase: prepositions, conjunctions, pronouns, auxiliaries, wh-words, common verbs. */
const STOP_WORDS = new Set(
  (
    "a an the this that these those its their his her our my your to of in on at by for from with without into onto " +
    "across through over under after before during since until about against between among along around near " +
    "behind beneath beside besides underneath alongside atop " +
    "below above beyond within upon toward towards via amid despite except inside outside like unlike " +
    "and or but nor so yet as if than then because while when where who whom whose which what how why " +
    "is are was were be been being am has have had do does did will would shall should can could may might must " +
    "not no only also just even still already more most less least very too such per each every other another " +
    "it they them he she we you i us him me there here said says say told according ago later earlier " +
    "now today yesterday tomorrow away long wide high tall deep old north south east west up down out off back"
  ).split(" "),
);

/** Plural nouns not ending in -s, and -s words that are not plurals. */
const IRREGULAR_PLURALS: Record<string, string> = {
  people: "people", persons: "people", person: "people", men: "man", women: "woman", children: "child",
  police: "police", personnel: "personnel", staff: "staff", cattle: "cattle", sheep: "sheep", fish: "fish",
  aircraft: "aircraft", feet: "foot", teeth: "tooth", mice: "mouse", geese: "goose", militia: "militia",
  media: "media", data: "data", crew: "crew", livestock: "livestock", infantry: "infantry",
};

const NOT_PLURAL = /(ss|us|is|ics|ous|'s|’s)$/;

/** "fishermen", "firemen", "businesswomen": compounds of man/woman; not "specimen", "abdomen". */
const MEN_PLURAL = /[a-z](?:wo)?men$/;
const NOT_MEN_PLURAL = /(?:speci|abdo|regi|sta|hy|a|se|acu|bitu|albu|lu|ra|o|do|ger|ya|lin|sal|ca|ste|no)men$/;

/** Discourse nouns: "three reasons", "two sides" are rhetoric, not figures ("sentence" is not one: in news it is a prison term). */
export const DISCOURSE_NOUNS = new Set([
  "reason", "way", "thing", "side", "point", "question", "example", "factor", "option", "word", "step",
  "aspect", "lesson", "issue", "part", "kind", "type", "idea", "goal", "priority", "stage", "phase",
  "pillar", "principle", "scenario", "argument", "possibility", "answer", "paragraph", "chapter",
]);

export function isStopWord(lower: string): boolean {
  return STOP_WORDS.has(lower);
}

export function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS[lower] !== undefined) return lower !== "person";
  if (STOP_WORDS.has(lower)) return false;
  if (MEN_PLURAL.test(lower) && lower.length > 4 && !NOT_MEN_PLURAL.test(lower)) return true;
  return lower.length > 2 && lower.endsWith("s") && !NOT_PLURAL.test(lower);
}

/** Singular lower-case form; person/people → "people". */
export function lemmatize(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, "");
  const irregular = IRREGULAR_PLURALS[lower];
  if (irregular) return irregular;
  if (!isPluralNoun(lower)) return lower;
  if (lower.endsWith("men")) return lower.slice(0, -3) + "man";
  // "calories", "movies", "rookies": singulars in -ie
  if (/(?:calor|mov|cook|zomb|rook|self|prair|hood|goal|smooth|brown|aunt|sort|lingers|newb|foodi|junk|book|budg|pix|specs)ies$/.test(lower)) return lower.slice(0, -1);
  if (lower.endsWith("ies") && lower.length > 4) return lower.slice(0, -3) + "y";
  if (/(ches|shes|sses|xes|zes)$/.test(lower) || (/(?:ir|on|mp|pl|ns)uses$/.test(lower))) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

export interface NounPhrase {
  text: string;
  /** Head noun, for the unit. */
  head: string;
  first: number;
  last: number;
}

const MAX_WORDS = 6;

function isWordLike(t: Token | undefined): boolean {
  return !!t && t.kind === "word";
}

/**
 * Read a noun phrase starting at tokens[i] (hyphenated words stay together).
 * It ends at its first plural noun ("of Afghans live ..." → "Afghans").
 * `countable`: a plural head is required (counts); otherwise, without one,
 * the whole run of content words is taken ("of the border area").
 */
export function nounPhraseAt(text: string, tokens: Token[], i: number, countable: boolean): NounPhrase | null {
  let j = i;
  const end = tokens.length;
  // Skip a leading determiner ("of the border area").
  while (j < end && (tokens[j].lower === "the" || tokens[j].lower === "its" || tokens[j].lower === "their" || tokens[j].lower === "his" || tokens[j].lower === "her" || tokens[j].lower === "our" || tokens[j].lower === "these" || tokens[j].lower === "those")) j++;
  // "500 more tents", "20,000 additional troops": the comparative is not part of the thing counted
  if (countable && (tokens[j]?.lower === "more" || tokens[j]?.lower === "additional" || tokens[j]?.lower === "extra" || tokens[j]?.lower === "other")) j++;
  const first = j;
  let words = 0;
  let lastContent = -1;
  let head = "";
  while (j < end && words < MAX_WORDS) {
    const t = tokens[j];
    // coordinated modifiers of one plural head: "Kia and Hyundai vehicles", "digital and physical sales"
    if ((t?.lower === "and" || t?.lower === "or") && lastContent >= 0 && words <= 2 && isWordLike(tokens[j + 1]) && !STOP_WORDS.has(tokens[j + 1].lower)) {
      const more = nounPhraseAt(text, tokens, j + 1, true);
      if (more && more.first === j + 1 && more.last - more.first <= 3 && isPluralNoun(more.head)) {
        return { text: text.slice(tokens[first].start, tokens[more.last].end), head: more.head, first, last: more.last };
      }
    }
    // a model number inside the phrase: "new 737 Max jets"
    if (t?.kind === "num" && lastContent >= 0 && /^\d{1,4}$/.test(t.text) && isWordLike(tokens[j + 1]) && tokens[j + 1].text[0] !== tokens[j + 1].lower[0]) {
      j++;
      continue;
    }
    if (!isWordLike(t) || STOP_WORDS.has(t.lower)) break;
    // glue hyphenated words: "Afghan-Tajik"
    let k = j;
    while (tokens[k + 1]?.text === "-" && tokens[k + 1].start === tokens[k].end && isWordLike(tokens[k + 2]) && tokens[k + 2].start === tokens[k + 1].end) k += 2;
    // a model name with its number: "AK 47 rifles", "AK-47 rifles", "Boeing 737 jets"
    if (t.text[0] !== t.lower[0] && tokens[k + 1]) {
      const n1 = tokens[k + 1];
      if (n1.kind === "num" && /^\d{1,4}$/.test(n1.text) && isWordLike(tokens[k + 2])) k++;
      else if (n1.text === "-" && n1.start === tokens[k].end && tokens[k + 2]?.kind === "num" && tokens[k + 2].start === n1.end && isWordLike(tokens[k + 3])) k += 2;
    }
    lastContent = k;
    head = tokens[k].lower;
    words++;
    j = k + 1;
    // "three Texas counties", "two Athens hotels": a name in -s modifies the plural noun after it
    const after = tokens[j];
    const nameModifier = t.text[0] !== t.lower[0] && k === j - 1 && isWordLike(after) && after.text === after.lower && !STOP_WORDS.has(after.lower) && isPluralNoun(after.lower);
    if (isPluralNoun(head) && !nameModifier) {
      // "soldiers and civilians": extend through a conjunction to another plural.
      const conj = tokens[j]?.lower;
      if ((conj === "and" || conj === "or") && isWordLike(tokens[j + 1])) {
        const more = nounPhraseAt(text, tokens, j + 1, true);
        if (more && isPluralNoun(more.head) && more.first === j + 1) {
          return { text: text.slice(tokens[first].start, tokens[more.last].end), head, first, last: more.last };
        }
      }
      return { text: text.slice(tokens[first].start, tokens[lastContent].end), head, first, last: lastContent };
    }
  }
  if (lastContent < 0 || countable) return null;
  return { text: text.slice(tokens[first].start, tokens[lastContent].end), head, first, last: lastContent };
}
