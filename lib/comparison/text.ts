import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** One word of a sentence as the comparison uses it. */
export interface Token {
  /** As written, lower-cased. */
  text: string;
  /** Lemma, lower-cased; plural proper nouns lose their "s" (Afghans → afghan). */
  lemma: string;
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
      lemma: normalizeLemma(text, lemmas[i] ?? value, tags[i] ?? ""),
      pos: tags[i] ?? "",
      stop: Boolean(stops[i]),
      start,
      end,
      clauseBreak: isClauseBreak(sentence, text, start, end),
      acronym: /^[A-Z]{2,6}$/.test(value) && sentence !== sentence.toUpperCase(),
    });
  });
  if (cache.size > 50_000) cache.clear(); // bound memory on very large runs
  cache.set(sentence, result);
  return result;
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
