// Subscription walls: a strong marker ("Keep reading for free", "Already a
// subscriber?") starts the wall; the promotional lines after it go with it.

const STRONG_MARKERS = [
  /keep reading for free/i,
  /subscribe (?:now|today)\b/i,
  /already (?:a subscriber|subscribed|have an account)/i,
  /get (?:instant|unlimited|full) access/i,
  /to continue reading/i,
  /continue reading (?:with|for)\b/i,
  /sign up (?:for|to) (?:our|the) (?:free )?newsletter/i,
  /subscribe to (?:continue|read|unlock)/i,
  /(?:this (?:article|story|content) is )?(?:exclusive(?:ly)? (?:to|for)|only (?:for|available to)) (?:subscribers|members)/i,
  /subscribers only/i,
  /(?:log|sign) in to (?:continue|read)/i,
  /start your free trial/i,
  /(?:create a free account|register) to (?:continue|read)/i,
  /you(?:'|’)ve (?:reached|used) your (?:free )?(?:article|monthly) limit/i,
  /become a (?:member|subscriber) (?:today|now)/i,
];
const MARKER_MAX_CHARS = 300;

const PROMO_WORDS =
  /\b(?:subscri\w*|newsletters?|sign(?:ing)? ?up|log ?in|sign in|access|free|trial|ad-free|premium|members?(?:hip)?|accounts?|offers?|unlimited|e-?mails?|inbox|articles?|deliver\w*|exclusive)\b/i;
const SECOND_PERSON = /\b(?:you|your|you(?:'|’)ll|yours)\b/i;
const PROMO_MAX_CHARS = 400;
const MID_ARTICLE_PROMO_MAX_CHARS = 200;
/** A tail counts as a promo block when at least this share of its lines is promotional. */
const PROMO_SHARE = 0.6;

export function isPaywallMarker(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= MARKER_MAX_CHARS && STRONG_MARKERS.some((marker) => marker.test(trimmed));
}

function isPromoLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > PROMO_MAX_CHARS) return false;
  return isPaywallMarker(trimmed) || PROMO_WORDS.test(trimmed) || SECOND_PERSON.test(trimmed);
}

/** Mid-article, only short promotional lines go: the article resumes after them. */
function isShortPromoOrBlank(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === "" || (trimmed.length <= MID_ARTICLE_PROMO_MAX_CHARS && isPromoLine(trimmed));
}

/** counts[i] = how many of lines[i..] satisfy `test`; counts[lines.length] = 0. */
export function suffixCounts(lines: string[], test: (line: string) => boolean): number[] {
  const counts = new Array<number>(lines.length + 1).fill(0);
  for (let index = lines.length - 1; index >= 0; index--) counts[index] = counts[index + 1] + (test(lines[index]) ? 1 : 0);
  return counts;
}

/**
 * Removes every subscription wall. The whole rest of the text goes when it is
 * mostly promotion; otherwise (a newsletter box in mid-article) only the marker
 * line and the short promotional lines right after it.
 */
export function removePaywalls(lines: string[]): string[] {
  const linesAfter = suffixCounts(lines, (line) => line.trim() !== "");
  const promoAfter = suffixCounts(lines, (line) => line.trim() !== "" && isPromoLine(line));
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!isPaywallMarker(lines[index])) {
      kept.push(lines[index]);
      continue;
    }
    const rest = linesAfter[index + 1];
    if (rest === 0 || promoAfter[index + 1] / rest >= PROMO_SHARE) break;
    while (index + 1 < lines.length && isShortPromoOrBlank(lines[index + 1])) index++;
  }
  return kept;
}
