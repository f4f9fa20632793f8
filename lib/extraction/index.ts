/**
 * Claim extraction: find the figures an article states, with the interval its
 * wording allows, the unit, what is counted, and who is cited.
 *
 * Tokenising choice: a hand-written single-pass scanner (tokens.ts,
 * sentences.ts) rather than wink-nlp. wink-nlp 2.4 with its lite model runs at
 * ~2.0 MB/s for tokens + sentences + POS alone on this machine and gives no
 * character offsets directly; the scanner needs exact UTF-16 offsets and only
 * tokenises sentences that contain a digit or a number/month word.
 * The parsers run only at tokens that can begin a claim. `npm run bench -- extract`
 * measures the speed (over 20 MB/s on one core on the sample articles).
 */
export type { ClaimKind, ExtractedClaim, ExtractOptions, Qualifier } from "./types";
export { extractClaims } from "./extract";
export { dateISO, daysFromISO } from "./dates";
export { splitSentences, type Sentence } from "./sentences";
