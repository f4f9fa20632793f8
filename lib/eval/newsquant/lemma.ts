/**
 * A small English lemmatizer for unit and concept nouns, enough to land on
 * the spellings CQE's gold uses (spaCy lemmas: "soldiers" → "soldier",
 * "people" stays "people", "fishermen" → "fisherman").
 */

const IRREGULAR: Record<string, string> = {
  buses: "bus",
  men: "man",
  women: "woman",
  children: "child",
  feet: "foot",
  teeth: "tooth",
  mice: "mouse",
  geese: "goose",
  lives: "life",
  wives: "wife",
  knives: "knife",
  halves: "half",
  leaves: "leaf",
  thieves: "thief",
  wolves: "wolf",
  shelves: "shelf",
  indices: "index",
  criteria: "criterion",
  phenomena: "phenomenon",
  analyses: "analysis",
  crises: "crisis",
  theses: "thesis",
  series: "series",
  species: "species",
  news: "news",
};

// Words ending in "s" that are not plurals.
const KEEP_WORDS = new Set(["gas", "bus", "plus", "yes", "this", "its", "was", "has", "less", "miss", "lens", "chaos", "corps", "kudos", "tennis", "physics", "economics"]);

// "-ies" plurals of nouns ending in "ie" (not "y").
const IE_NOUNS = new Set(
  "calories movies cookies rookies zombies selfies goalies hoodies prairies smoothies aussies lies ties pies".split(" "),
);

export function singularize(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower] !== undefined) return matchCase(word, IRREGULAR[lower]);
  if (lower.length > 2 && lower.endsWith("men") && !lower.endsWith("omen") && lower !== "amen") {
    return word.slice(0, -3) + "man";
  }
  if (lower.length <= 3 || !lower.endsWith("s")) return word;
  if (/(?:ss|us|is|ics|ous)$/.test(lower) || KEEP_WORDS.has(lower)) return word;
  if (/(?:ir|on|mp|pl|ns)uses$/.test(lower)) return word.slice(0, -2); // viruses, bonuses, campuses
  if (lower.endsWith("ies") && lower.length > 4) {
    return IE_NOUNS.has(lower) ? word.slice(0, -1) : word.slice(0, -3) + "y";
  }
  if (/(?:sses|shes|ches|xes|zzes|oes)$/.test(lower) && !lower.endsWith("shoes")) return word.slice(0, -2);
  return word.slice(0, -1);
}


function matchCase(original: string, replacement: string): string {
  return original[0] === original[0].toUpperCase() && original[0] !== original[0].toLowerCase()
    ? replacement[0].toUpperCase() + replacement.slice(1)
    : replacement;
}

/** English stopwords as CQE drops them from noun units and concepts. */
export const STOPWORDS = new Set(
  (
    "a an the of in on at to for from by with about as into over under than and or but nor so yet " +
    "this that these those its their his her our your my which who whom whose what where when " +
    "is are was were be been being has have had do does did it they them he she we you i " +
    "some any all each every other such own more most less few many much very also just only " +
    "per up down out off"
  ).split(" "),
);

/** Lemmatized content words of a noun phrase, stopwords removed: "categories of products" → "category product". */
export function lemmatizePhrase(phrase: string): string {
  return contentWords(phrase).map(singularize).join(" ");
}

export function contentWords(phrase: string): string[] {
  return phrase
    .split(/[\s,;:()"“”]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}$%]+|[^\p{L}\p{N}%]+$/gu, ""))
    .filter((word) => word.length > 0 && !STOPWORDS.has(word.toLowerCase()));
}
