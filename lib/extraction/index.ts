/**
 * Claim extraction: find the figures an article states, with the interval its
 * wording allows, the unit, what is counted, and who is cited.
 *
 * Tokenising choice: a hand-written single-pass scanner (tokens.ts,
 * sentences.ts) rather than wink-nlp for finding figures: it needs exact UTF-16
 * offsets and only tokenises sentences that contain a digit or a number,
 * month or ordinal word. wink-nlp (lite English model) is used only for parts
 * of speech, lazily, on sentences where a figure was found, to read each
 * figure's concept (concepts.ts, pos.ts); its offsets are rebuilt from token
 * values and preceding spaces. `npm run bench -- extract` measures the speed
 * (about 8 MB/s on one core on the sample articles; ~20 MB/s without tagging).
 */
export type { ClaimKind, ExtractedClaim, ExtractOptions, Qualifier } from "./types";
export { extractClaims } from "./extract";
export { dateISO, daysFromISO } from "./dates";
export { splitSentences, type Sentence } from "./sentences";
