import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** One word of a sentence as the comparison uses it. */
export interface Token {
  /** As written, lower-cased. */
  text: string;
  /** Lemma, lower-cased, synonyms mapped to their class ("troops" → soldier); plural proper nouns lose their "s" (Afghans → afghan). */
  lemma: string;
  /** The lemma before synonym classes ("troop"). */
  base: string;
  pos: string;
  stop: boolean;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  clauseBreak: boolean;
  /** Written in capitals, two letters or more ("US", "NATO"). */
  acronym: boolean;
}

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

/** Parts of speech that carry what a figure is about. */
const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);

/** Frequent in news sentences, yet saying nothing about which quantity is meant. */
const WEAK_LEMMAS = new Set([
  "be", "have", "do", "say", "tell", "report", "according", "accord", "also", "other", "new", "recent",
  "recently", "last", "next", "year", "month", "week", "day", "time", "today", "yesterday", "now", "number",
  "total", "figure", "some", "many", "more", "most", "less", "least", "few", "several", "about", "around",
  "approximately", "roughly", "nearly", "almost", "over", "under", "than", "least", "exceed", "reach",
  "amount", "include", "make", "take", "get", "go", "come", "give", "per", "cent", "percent", "thousand",
  "million", "billion", "hundred", "dozen", "lakh", "crore", "one", "two", "three", "first", "second",
  "will", "would", "could", "can", "may", "might", "must", "shall", "should", "mr", "ms", "mrs",
]);

/**
 * Words that name one thing or action in news reports, mapped to one
 * representative: general English synonyms and inflection classes, not
 * words of any particular story ("troops" meets "soldiers", "killed" meets
 * "died", "wounded" meets "injured").
 */
const SYNONYM_CLASSES: string[][] = [
  ["die", "dead", "death", "kill", "fatality", "perish", "fatal", "deadly"],
  ["injure", "injured", "injury", "wound", "wounded", "hurt"],
  ["flee", "cross", "escape", "fled", "refugee", "evacuate", "evacuee", "displace"],
  ["soldier", "troop", "serviceman", "servicemen", "servicemember"],
  ["withdraw", "withdrawal", "leave", "pullout", "retreat", "depart", "departure", "exit"],
  ["arrest", "detain", "detention", "apprehend", "capture", "nab", "arrestee"],
  ["crew", "crewman", "crewmen", "crewmember", "sailor", "seaman"],
  ["robber", "thief", "burglar", "raider", "bandit", "brigand", "pirate", "gunman", "assailant", "attacker", "perpetrator", "culprit"],
  ["shot", "round", "bullet", "gunshot"],
  ["protester", "protestor", "demonstrator", "marcher", "rioter"],
  ["protest", "demonstration", "rally", "march", "riot"],
  ["crowd", "gathering", "throng"],
  ["boat", "skiff", "dinghy"],
  ["ship", "vessel", "warship"],
  ["car", "vehicle", "truck", "lorry", "suv"],
  ["gun", "firearm", "rifle", "pistol", "handgun", "revolver", "weapon"],
  ["jewel", "jewellery", "jewelry", "gem", "gemstone"],
  ["steal", "theft", "rob", "robbery", "loot", "heist", "burglary", "stolen", "stole"],
  ["worth", "value", "valued"],
  ["fall", "plunge", "plummet", "tumble", "fell"],
  ["police", "policeman", "policemen", "officer", "cop"],
  ["child", "kid", "minor"],
  ["house", "home", "dwelling"],
  ["quake", "earthquake", "tremor"],
];
const SYNONYM = new Map<string, string>(SYNONYM_CLASSES.flatMap((words) => words.map((w): [string, string] => [w, words[0]])));

/**
 * Well-known exonyms and former names of places, mapped to one spelling. Data
 * of general knowledge, not of any corpus; string similarity of names (see
 * group.ts) covers misspellings.
 */
const PLACE_ALIASES: Record<string, string> = {
  salonika: "thessaloniki", salonica: "thessaloniki", saloniki: "thessaloniki",
  bombay: "mumbai", calcutta: "kolkata", madras: "chennai", peking: "beijing", canton: "guangzhou",
  rangoon: "yangon", burma: "myanmar", kiev: "kyiv", kharkov: "kharkiv", odessa: "odesa",
  leghorn: "livorno", munchen: "munich", "münchen": "munich", köln: "cologne", koln: "cologne",
  wien: "vienna", praha: "prague", warszawa: "warsaw", roma: "rome", firenze: "florence",
  napoli: "naples", venezia: "venice", lisboa: "lisbon", moskva: "moscow", athina: "athens",
  "den haag": "hague", "'s-gravenhage": "hague", bruxelles: "brussels", brussel: "brussels",
  antwerpen: "antwerp", genève: "geneva", geneve: "geneva", genf: "geneva", ceylon: "sri lanka",
  siam: "thailand", persia: "iran", "côte d'ivoire": "ivory coast", turkiye: "turkey", türkiye: "turkey",
  czechia: "czech republic", holland: "netherlands", "new delhi": "delhi", saigon: "ho chi minh city",
  mt: "mount",
};

/** One spelling of a place name (lower-case, possibly several words): "salonika" → "thessaloniki". */
export function placeAlias(name: string): string {
  const key = name.toLowerCase().replace(/^the\s+/, "");
  return PLACE_ALIASES[key] ?? key.split(" ").map((w) => PLACE_ALIASES[w] ?? w).join(" ");
}

/** Whether a lemma heads a synonym class that joins nouns and verbs of one event ("death", "die", "kill"). */
export function isSynonymClass(lemma: string): boolean {
  return SYNONYM.get(lemma) === lemma;
}

/** The class representative of a lemma: synonyms and aliases meet here. */
export function canonicalLemma(lemma: string): string {
  return SYNONYM.get(lemma) ?? PLACE_ALIASES[lemma] ?? lemma;
}

const cache = new Map<string, Token[]>();

function normalizeLemma(text: string, lemma: string, pos: string): string {
  const lower = lemma.toLowerCase();
  // The lemmatizer leaves proper nouns alone: "Afghans" must still meet "Afghan".
  if (pos === "PROPN" && lower === text && lower.length > 4 && /[^su]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** Tokens of a sentence with offsets (cached: many claims share a sentence). */
export function tokenize(sentence: string): Token[] {
  const cached = cache.get(sentence);
  if (cached) return cached;
  const tokens = nlp.readDoc(sentence).tokens();
  const values = tokens.out(its.value) as string[];
  // wink's typings declare `its.lemma` with an extra parameter; it works like the others.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const result: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    // Find the token in the original text; the tokenizer may normalise quotes or expand contractions.
    const found = sentence.indexOf(value, cursor);
    const start = found >= 0 && found - cursor < 40 ? found : cursor;
    const end = found >= 0 && found - cursor < 40 ? found + value.length : cursor;
    cursor = end;
    const text = value.toLowerCase();
    result.push({
      text,
      base: normalizeLemma(text, lemmas[i] ?? value, tags[i] ?? ""),
      lemma: canonicalLemma(normalizeLemma(text, lemmas[i] ?? value, tags[i] ?? "")),
      pos: tags[i] ?? "",
      stop: Boolean(stops[i]),
      start,
      end,
      clauseBreak: isClauseBreak(sentence, text, start, end),
      acronym: /^[A-Z]{2,6}$/.test(value) && sentence !== sentence.toUpperCase(),
    });
  });
  gerundModifiers(result);
  if (cache.size > 50_000) cache.clear(); // bound memory on very large runs
  cache.set(sentence, result);
  return result;
}

const verbLemmas = new Map<string, string | null>();

/** The verb an -ing word is a form of ("climbing" → climb), or null when it is not one. */
function verbOfGerund(word: string): string | null {
  let verb = verbLemmas.get(word);
  if (verb === undefined) {
    const probe = nlp.readDoc(`they were ${word}`).tokens();
    const tags = probe.out(its.pos) as string[];
    const lemmas = probe.out(its.lemma as unknown as typeof its.value) as string[];
    verb = tags[2] === "VERB" && lemmas[2] && lemmas[2].toLowerCase() !== word ? lemmas[2].toLowerCase() : null;
    verbLemmas.set(word, verb);
  }
  return verb;
}

/**
 * A gerund modifying a noun ("the climbing party", "a looting spree") names
 * the action its verb does ("were climbing", "looted"): it takes the verb's
 * lemma, so the two wordings meet. Its part of speech stays as tagged.
 */
function gerundModifiers(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if ((t.pos !== "NOUN" && t.pos !== "ADJ") || !/^[a-z]{3,}ing$/.test(t.text) || tokens[i + 1].pos !== "NOUN") continue;
    const verb = verbOfGerund(t.text);
    if (!verb) continue;
    t.base = verb;
    t.lemma = canonicalLemma(verb);
  }
}

/** A word that can tell one quantity from another. */
export function isContentToken(token: Token): boolean {
  // Acronyms name actors even when they spell a stop word ("US", "IT").
  if (token.acronym) return true;
  if (!CONTENT_POS.has(token.pos) || token.stop) return false;
  if (!/[a-z]/.test(token.lemma) || token.lemma.length < 2) return false;
  return !WEAK_LEMMAS.has(token.lemma);
}

/** Content lemmas of a short phrase (a subject, a unit noun). */
export function contentLemmas(phrase: string | null): string[] {
  if (!phrase) return [];
  return tokenize(phrase).filter(isContentToken).map((t) => t.lemma);
}

/** Common nouns of a phrase: "Afghan" (a name or demonym) is not one, "border" is. */
export function nounLemmas(phrase: string | null): string[] {
  if (!phrase) return [];
  return tokenize(phrase).filter((t) => t.pos === "NOUN" && isContentToken(t)).map((t) => t.lemma);
}

/**
 * Whether a token ends a clause inside a sentence: ; : ( ) dashes, and a
 * hyphen with spaces around it (commas are too frequent to count).
 */
function isClauseBreak(sentence: string, text: string, start: number, end: number): boolean {
  if (/^[;:()\u2014\[\]]+$/.test(text)) return true;
  // "-", "--" and an en dash join compounds ("Afghan-Tajik") unless spaced like a dash.
  return /^(-|--|\u2013)$/.test(text) && /\s/.test(sentence[start - 1] ?? "") && /\s/.test(sentence[end] ?? "");
}
