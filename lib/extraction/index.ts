/**
 * Claim extraction: find the figures an article states, with the interval its
 * wording allows, the unit, what is counted, and who is cited.
 *
 * Tokenising choice: a hand-written single-pass scanner (tokens.ts,
 * sentences.ts, scanner.ts over the claim rules of rules/) rather than wink-nlp
 * for finding figures: it needs exact UTF-16 offsets and only tokenises
 * sentences that contain a digit or a number, month or ordinal word. wink-nlp
 * (lite English model) gives parts of speech, lazily and once per sentence,
 * where a figure needs its concept (concepts.ts) or a rule needs to know a
 * verb (pos.ts); its offsets are rebuilt from token values and preceding
 * spaces. `npm run bench -- extract` measures the speed.
 */
export type { ClaimKind, ExtractedClaim, ExtractOptions, Qualifier } from "./types";
export { extractClaims } from "./extract";
export { dateISO, daysFromISO } from "./dates";
export { splitSentences, type Sentence } from "./sentences";
