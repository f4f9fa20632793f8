import { placeAlias, type Token } from "./text";
import { CALENDAR_WORDS } from "../lexicon/words";

/**
 * The place a figure is stated for: "10,000 marched in Athens" (Athens),
 * "3,000 in Salonika" (Thessaloniki), "the province of Attica" (Attica, a
 * part of a country), "nationwide" / "across the country" / "in total across
 * 12 cities" (a whole country). Figures for different places are different
 * quantities; a figure with no place of its own is comparable with any.
 */
export interface PlaceScope {
  /** Normalised names (exonyms mapped through the alias table); empty for an unnamed national scope. */
  names: string[];
  /** "national": the whole country; "subnational": marked as a province, region, city ...; null: a name, level unknown. */
  level: "national" | "subnational" | null;
}

/** Prepositions that put a figure somewhere. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "across", "throughout", "outside", "near"]);
/** Nouns that mark a place as part of a country ("Attica province", "the city of Thessaloniki"). */
const SUBNATIONAL_NOUNS = new Set([
  "province", "region", "state", "county", "district", "prefecture", "city", "town", "village", "municipality",
  "governorate", "oblast", "department", "canton", "borough", "island", "territory",
]);
/** Nouns after a name that still make it a place ("the Tasman Glacier area", "the East Flatbush neighborhood"). */
const AREA_NOUNS = new Set(["area", "neighborhood", "neighbourhood", "suburb", "valley", "coast", "peninsula", "basin"]);
/** Words a place name does not end with: the name was cut ("Aoraki/Mt."). */
const TRUNCATED_ENDINGS = new Set(["mount", "mt", "saint", "st", "lake", "port", "cape", "fort", "san", "santa", "new", "north", "south", "east", "west", "of"]);
/** Last words of names of venues within a place: a square or a building is no other place than its city. */
const VENUE_WORDS = new Set([
  "square", "street", "avenue", "road", "boulevard", "plaza", "park", "parliament", "building", "hall", "stadium",
  "arena", "bridge", "palace", "house", "church", "cathedral", "mosque", "temple", "university", "airport",
  "station", "hospital", "center", "centre", "embassy", "ministry", "court", "office", "port", "harbour", "harbor",
  "mall", "market", "school", "college", "prison", "camp", "base", "ave", "st", "rd", "blvd", "hotel", "hut", "store",
]);
/** Capitalised words after "in"/"at" that are not places ("in March", "in World War II", "at Reuters"). */
const NOT_PLACES = new Set([
  ...CALENDAR_WORDS, "war", "league", "cup",
  "operation", "congress", "senate", "games", "olympics", "championship", "act", "party", "i", "reuters", "english",
  "god", "christmas", "easter", "ramadan",
]);
/** Verbs that open or close a report of the figure: places around them belong to whoever reports. */
const SAYING_LEMMAS = new Set(["say", "tell", "report", "estimate", "announce", "claim", "state", "add", "confirm", "accord", "put", "count"]);
/** Words after which a clause speaks of something else ("..., while 5,000 in Thessaloniki"). */
const STOP_WORDS = new Set(["while", "whereas", "but", "that", "although", "though", "who", "whom", "whose", "which", "where"]);
const FORWARD_STOPS = new Set(["before", "after", "as", "because", "when", "since", "until", "following", "despite", "including", "and"]);
const NATIONAL = [
  /\b(?:nation|country)[- ]?wide\b/i,
  /\b(?:across|throughout|all over|around)\s+the\s+(?:whole\s+|entire\s+)?(?:country|nation)\b/i,
  /\bthe\s+(?:country|nation)['’]s\b/i,
  /\b(?:in\s+total\s+)?across\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|many|more\s+than\s+\d+)\s+(?:cities|towns|provinces|regions|states|districts|counties)\b/i,
  /\bnational\s+(?:total|tally|toll|count|figure)\b/i,
];

const isNumber = (t: Token | undefined) => t !== undefined && (t.pos === "NUM" || /^\d/.test(t.text));
const isSaying = (t: Token | undefined) => t !== undefined && (t.pos === "VERB" || t.text === "according") && SAYING_LEMMAS.has(t.base);

interface PlacePhrase {
  /** The preposition's index and the last token of the phrase. */
  first: number;
  last: number;
  scope: PlaceScope;
}

/** A place phrase opened by the preposition at `i`: "in (the northern city of) Thessaloniki (, Greece)", "in Attica province". */
function placePhraseAt(sentence: string, tokens: Token[], i: number): PlacePhrase | null {
  if (!PLACE_PREPOSITIONS.has(tokens[i]?.text ?? "")) return null;
  const capitalised = (t: Token | undefined) =>
    t !== undefined && /^\p{Lu}/u.test(sentence.slice(t.start, t.end)) && (t.pos === "PROPN" || t.pos === "NOUN" || t.acronym);
  let k = i + 1;
  let level: PlaceScope["level"] = null;
  if (tokens[k]?.text === "the") k++;
  // "the (northern) (port) city of X", "the province of X"
  let j = k;
  while (j < tokens.length && (tokens[j].pos === "ADJ" || tokens[j].pos === "NOUN") && !capitalised(tokens[j]) && !SUBNATIONAL_NOUNS.has(tokens[j].text.replace(/s$/, "")) && j - k < 3) j++;
  if (SUBNATIONAL_NOUNS.has(tokens[j]?.text ?? "") && tokens[j + 1]?.text === "of" && capitalised(tokens[j + 2])) {
    level = "subnational";
    k = j + 2;
  }
  const names: string[] = [];
  let last = -1;
  const upper = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(sentence.slice(t.start, t.end));
  // "Aoraki-Mount Cook", "Saint-Jean-Cap-Ferrat", "Aoraki/Mt. Cook": one name.
  const joiner = (i: number) => ["-", "/"].includes(tokens[i]?.text ?? "") && tokens[i - 1]?.end === tokens[i].start && tokens[i + 1]?.start === tokens[i].end && upper(tokens[i + 1]);
  while (capitalised(tokens[k])) {
    const run: Token[] = [];
    while (
      (run.length === 0 ? capitalised(tokens[k]) : upper(tokens[k])) ||
      (run.length > 0 && (tokens[k]?.text === "of" || joiner(k)) && upper(tokens[k + 1]))
    ) run.push(tokens[k++]);
    const words = sentence.slice(run[0].start, run[run.length - 1].end).toLowerCase().replace(/\./g, "").split(/[\s/-]+/).filter(Boolean);
    // "the Italian border", "the Pink Panther gang": a name modifying a noun that is no place.
    const next = tokens[k];
    if (next && next.pos === "NOUN" && !upper(next) && !SUBNATIONAL_NOUNS.has(next.text) && !AREA_NOUNS.has(next.text)) return null;
    if (AREA_NOUNS.has(next?.text ?? "")) k++;
    // "Attica province", "New York City": a part of a country.
    if (SUBNATIONAL_NOUNS.has(words[words.length - 1]) && words.length > 1) {
      level = "subnational";
      if (words[words.length - 1] !== "city") words.pop();
    }
    if (SUBNATIONAL_NOUNS.has(tokens[k]?.text ?? "") && tokens[k].pos === "NOUN") {
      level = "subnational";
      k++;
    }
    last = k - 1;
    const lastWord = words[words.length - 1];
    if (words.length > 1 && ["national", "park", "area"].includes(words[words.length - 1])) words.splice(words.length - (words[words.length - 2] === "national" ? 2 : 1));
    if (words.some((w) => NOT_PLACES.has(w))) return null;
    // A venue is inside its place: no scope of its own ("outside Syntagma Square in Athens" is Athens's).
    // "in the Aoraki-Mt." (a sentence cut at an abbreviation's dot): a name that cannot end there is no name.
    if (TRUNCATED_ENDINGS.has(words[words.length - 1])) return null;
    if (!VENUE_WORDS.has(lastWord)) {
      names.push(placeAlias(words.join(" ")));
      // "in Thessaloniki, Greece": the country only says where the place is.
      if (tokens[k]?.text === "," && capitalised(tokens[k + 1]) && tokens[k + 1].pos === "PROPN" && !isSaying(tokens[k + 2])) {
        k += 2;
        while (capitalised(tokens[k])) k++;
        last = k - 1;
      }
      break;
    }
    // "outside Syntagma Square in Athens": the venue's place follows.
    if (PLACE_PREPOSITIONS.has(tokens[k]?.text ?? "") && capitalised(tokens[k + 1])) k++;
    else break;
  }
  if (last < 0 || names.length === 0) return null;
  return { first: i, last, scope: { names, level } };
}

/**
 * Whether a place phrase belongs to whoever reports the figure: "police in
 * Athens said ...", "according to officials in Athens".
 */
function reportersPlace(tokens: Token[], phrase: PlacePhrase): boolean {
  let k = phrase.last + 1;
  while (k < tokens.length && (tokens[k].pos === "NOUN" || tokens[k].pos === "PROPN" || tokens[k].pos === "ADV" || tokens[k].pos === "AUX") && k - phrase.last <= 3) k++;
  if (isSaying(tokens[k])) return true;
  for (let i = phrase.first - 1; i >= 0 && tokens[i].text !== "," && !tokens[i].clauseBreak; i--) if (tokens[i].text === "according") return true;
  return false;
}

/**
 * The place scope of the figure at tokens [first, last]: a place phrase
 * right before it ("In Athens, some 10,000 ..."), else the first after it in
 * its clause ("10,000 marched in Athens"), else a national marker around it
 * ("nationwide", "across the country"), else a place phrase opening its
 * clause ("In the province of Attica, police arrested 300"). Scanning stops at
 * another figure, a clause break, a reporting verb, relative pronouns and
 * words that turn to another subject ("while", "but"); forward also at
 * subordinating words ("before fleeing ... in France"), so "10,000 in
 * Athens and 5,000 in Thessaloniki" gives each figure its own place, and
 * "police in Athens said 10,000 marched" gives none. Datelines ("ATHENS
 * (Reuters) -") have no preposition and sit in a clause of their own.
 */
export function placeScopeOf(sentence: string, tokens: Token[], first: number, last: number): PlaceScope | null {
  const boundary = (t: Token) => t.clauseBreak || STOP_WORDS.has(t.text) || t.text === ";" || isSaying(t);
  // After the figure, a subordinate clause or a gerund phrase tells of another action ("... before fleeing in a car in France").
  const forwardBoundary = (t: Token) => boundary(t) || FORWARD_STOPS.has(t.text);
  // Forward: phrases until another figure (not "across 12 cities": a number after a preposition).
  let end = last;
  const after: PlacePhrase[] = [];
  for (let i = last + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (forwardBoundary(t) || (isNumber(t) && tokens[i - 1]?.pos !== "ADP")) break;
    end = i;
    const phrase = placePhraseAt(sentence, tokens, i);
    if (phrase) {
      if (!reportersPlace(tokens, phrase)) after.push(phrase);
      i = phrase.last;
      end = phrase.last;
    }
  }
  // Backward: phrases until another figure or a reporting verb ("Police in Athens said 10,000 ...").
  let start = first;
  const before: PlacePhrase[] = [];
  for (let i = first - 1; i >= 0; i--) {
    const t = tokens[i];
    if (boundary(t) || isNumber(t)) break;
    start = i;
    const phrase = placePhraseAt(sentence, tokens, i);
    if (phrase && phrase.last < first && !reportersPlace(tokens, phrase)) before.push(phrase);
  }
  const adjacent = before.find((p) => tokens.slice(p.last + 1, first).every((t) => t.pos === "PUNCT" || t.pos === "DET" || t.pos === "ADV" || t.pos === "ADP" || t.pos === "ADJ"));
  if (adjacent) return adjacent.scope;
  if (after.length) return after[0].scope;
  const text = sentence.slice(tokens[start]?.start ?? 0, tokens[end]?.end ?? sentence.length);
  if (NATIONAL.some((re) => re.test(text))) return { names: [], level: "national" };
  // "In the province of Attica, police arrested 300": a place opening the clause frames it.
  const opening = before.find((p) => p.first === start);
  return opening?.scope ?? null;
}

/** Two spellings of one place: equal, or one edit apart when long enough (Thessaloniki, Thesaloniki). */
function samePlaceName(a: string, b: string, similar: (x: string, y: string) => boolean): boolean {
  if (a === b || similar(a, b)) return true;
  // "aoraki mount cook" and "mount cook", "central paris" and "paris": one name inside the other.
  const [short, long] = a.length <= b.length ? [a.split(" "), b.split(" ")] : [b.split(" "), a.split(" ")];
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, k) => similar(w, long[i + k]))) return true;
  return false;
}

/**
 * How the places of two figures relate:
 * - "same": a shared name (alias and spelling variants included), or both the whole country;
 * - "conflict": a whole country against a place marked as part of one, two
 *   places both marked as parts (provinces, cities) under different names, or
 *   two names some text of the story contrasts (see contrastedPlaces);
 * - "different": two names, levels unknown ("Athens", "Thessaloniki"). Outlets
 *   also name one event's place at different sizes ("at Mt Cook", "near the
 *   Tasman Glacier"), which no list of names here can tell apart, so this is
 *   strong evidence, not a rule;
 * - "unknown": either has no place, or a name against "nationwide" (it may be the country).
 */
export function placeRelation(
  a: PlaceScope | null,
  b: PlaceScope | null,
  similar: (x: string, y: string) => boolean,
  contrasts: ReadonlySet<string> = new Set(),
): "same" | "different" | "conflict" | "unknown" {
  if (!a || !b) return "unknown";
  if (a.level === "national" || b.level === "national") {
    if (a.level === b.level) return "same";
    return (a.level === "national" ? b : a).level === "subnational" ? "conflict" : "unknown";
  }
  if (a.names.some((x) => b.names.some((y) => samePlaceName(x, y, similar)))) return "same";
  if (a.level === "subnational" && b.level === "subnational") return "conflict";
  return a.names.some((x) => b.names.some((y) => contrasts.has(contrastKey(x, y)))) ? "conflict" : "different";
}

function contrastKey(x: string, y: string): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/**
 * Pairs of places one text gives separate figures of one kind for ("10,000
 * marched in Athens and 4,000 in Thessaloniki"): the text itself treats them
 * as two places, not one place named at two sizes. Figures are given as
 * [text id, place] of one block.
 */
export function contrastedPlaces(figures: Iterable<[document: number, place: PlaceScope | null]>, similar: (x: string, y: string) => boolean): Set<string> {
  const byDocument = new Map<number, Set<string>>();
  for (const [document, place] of figures) {
    if (!place || place.level === "national") continue;
    const names = byDocument.get(document) ?? new Set<string>();
    for (const name of place.names) names.add(name);
    byDocument.set(document, names);
  }
  const contrasts = new Set<string>();
  for (const names of byDocument.values()) {
    const list = [...names];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) if (!samePlaceName(list[i], list[j], similar)) contrasts.add(contrastKey(list[i], list[j]));
    }
  }
  return contrasts;
}

export function placeKey(scope: PlaceScope): string {
  return `${scope.level ?? ""}:${[...scope.names].sort().join("|")}`;
}
