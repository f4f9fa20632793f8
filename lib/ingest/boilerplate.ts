// Turns a readable body into the article snapshot: the title once at the top,
// no site chrome, no teasers for other articles, no subscription wall.
import { isChromeLine, isTeaserHeading } from "./chrome-lines";
import { comparable, normalizeText } from "./normalize";
import { removePaywalls, suffixCounts } from "./paywall";
import { splitTitleSuffix } from "./title";

/** Title repeats are looked for among the first lines only, before the article proper. */
const HEAD_LINES = 8;
const HEAD_ENDS_AT_CHARS = 300;
const PROSE_MIN_CHARS = 120;
/** A teaser block at the end may be at most this share of the text before it. */
const TEASER_TAIL_SHARE = 0.35;
const TEASER_TAIL_MAX_LINES = 8;
const LABEL_MAX_WORDS = 5;
const LABEL_MAX_CHARS = 60;
const HEADLINE_MAX_WORDS = 25;
const HEADLINE_MAX_CHARS = 200;

const isBlank = (line: string) => line.trim() === "";

function isProse(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > HEAD_ENDS_AT_CHARS || (trimmed.length >= PROSE_MIN_CHARS && /[.!?…"”’)»]$/.test(trimmed));
}

/** Keeps the title once (in its bare form, without " | Outlet") and drops its repeats. */
function dropRepeatedTitle(lines: string[], title: string): string[] {
  const wanted = new Set([comparable(title), comparable(splitTitleSuffix(title).title)]);
  const kept: string[] = [];
  let seenTitle = false;
  let inHead = true;
  let headLines = 0;
  for (const line of lines) {
    if (isBlank(line)) {
      kept.push(line);
      continue;
    }
    headLines++;
    if (headLines > HEAD_LINES) inHead = false;
    const isTitle = () =>
      line.length <= HEAD_ENDS_AT_CHARS + title.length &&
      (wanted.has(comparable(line)) || wanted.has(comparable(splitTitleSuffix(line).title)));
    if (inHead && isTitle()) {
      if (!seenTitle) kept.push(title);
      seenTitle = true;
      continue;
    }
    // The first paragraph of real prose ends the head: later repeats are the article's own words.
    if (isProse(line)) inHead = false;
    kept.push(line);
  }
  return kept;
}

/** "Also read:" and what follows: all of it when it is a short tail, else the heading and its headline. */
function dropTeasers(lines: string[]): string[] {
  // Running totals keep this linear even for a file full of teaser headings.
  const charsBefore = [0];
  for (const line of lines) charsBefore.push(charsBefore[charsBefore.length - 1] + line.trim().length);
  const linesAfter = suffixCounts(lines, (line) => !isBlank(line));
  const total = charsBefore[lines.length];
  const dropped = new Set<number>();
  for (let index = 1; index < lines.length; index++) {
    if (!isTeaserHeading(lines[index])) continue;
    const tailChars = total - charsBefore[index + 1];
    if (linesAfter[index + 1] <= TEASER_TAIL_MAX_LINES && tailChars <= charsBefore[index] * TEASER_TAIL_SHARE) {
      return lines.slice(0, index).filter((_, at) => !dropped.has(at));
    }
    dropped.add(index);
    let headline = index + 1;
    while (headline < lines.length && isBlank(lines[headline])) headline++;
    if (headline < lines.length && isLabelLike(lines[headline], HEADLINE_MAX_WORDS, HEADLINE_MAX_CHARS)) dropped.add(headline);
  }
  return lines.filter((_, at) => !dropped.has(at));
}

/** Not a sentence: few words and no closing punctuation ("Google Tech News", "Tags"). */
function isLabelLike(line: string, maxWords = LABEL_MAX_WORDS, maxChars = LABEL_MAX_CHARS): boolean {
  const trimmed = line.trim();
  return trimmed.split(/\s+/).length <= maxWords && trimmed.length <= maxChars && !/[.!?…"”’»)\]]$/.test(trimmed);
}

/** Category names, site names and widget labels left after the last sentence (the title line aside). */
function dropTrailingLabels(lines: string[]): string[] {
  for (let index = lines.length - 1; index >= 1; index--) {
    if (!isBlank(lines[index]) && !isLabelLike(lines[index])) return lines.slice(0, index + 1);
  }
  return lines;
}

/**
 * Cleans an article body. `title` is the bare, one-line title; the first of its
 * occurrences near the top is kept (in bare form), later repeats there go.
 */
export function cleanArticle(body: string, title: string): string {
  let lines = normalizeText(body).split("\n");
  lines = lines.map((line) => (isChromeLine(line) ? "" : line));
  lines = dropTeasers(lines);
  lines = removePaywalls(lines);
  lines = dropRepeatedTitle(lines, title);
  lines = dropTrailingLabels(lines);
  return normalizeText(lines.join("\n"));
}
