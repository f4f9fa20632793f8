/**
 * Parts of speech for the scanner's tokens, from wink-nlp's English lite
 * model (Universal POS tags: NOUN, PROPN, VERB, AUX, ADP, ...).
 *
 * Tagging costs far more than scanning (~2 MB/s against ~20 MB/s), so it is
 * lazy: extract.ts asks for tags only for a sentence in which it has found a
 * figure that needs a concept, and each sentence is tagged at most once.
 *
 * wink gives token values and the whitespace before each token, not offsets;
 * the values concatenated with their preceding spaces rebuild the text
 * exactly, so offsets are reconstructed by accumulation (with a search as a
 * fallback should the two ever disagree). Each scanner token takes the tag
 * of the wink token that holds its first character ("S&P" is one wink token,
 * three scanner tokens, all PROPN).
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Token } from "./tokens";

const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;

/** Tags aligned with `tokens` (tokens of `text` between `from` and `to`); `foldCase` tags the text in lower case. */
export function tagTokens(text: string, from: number, to: number, tokens: readonly Token[], foldCase = false): string[] {
  // A title-case headline is tagged as a sentence would be written: "Kills" is a verb there, not a name.
  const written = text.slice(from, to);
  const slice = foldCase && written.toLowerCase().length === written.length ? written.toLowerCase() : written;
  const doc = nlp.readDoc(slice).tokens();
  const values = doc.out(its.value) as string[];
  const spaces = doc.out(its.precedingSpaces) as string[];
  const tags = doc.out(its.pos) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    let start = cursor + (spaces[i]?.length ?? 0);
    if (slice.slice(start, start + values[i].length) !== values[i]) {
      const found = slice.indexOf(values[i], cursor);
      start = found >= 0 ? found : cursor;
    }
    starts.push(from + start);
    ends.push(from + start + values[i].length);
    cursor = start + values[i].length;
  }
  const out: string[] = new Array(tokens.length);
  let w = 0;
  for (let k = 0; k < tokens.length; k++) {
    const at = tokens[k].start;
    while (w < values.length - 1 && ends[w] <= at) w++;
    out[k] = starts[w] !== undefined && starts[w] <= at && at < ends[w] ? tags[w] : "X";
  }
  return out;
}
