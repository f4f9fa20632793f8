// Whole lines that are site chrome, not article: comment prompts, post
// navigation, share and rating widgets, ad labels, typo-report widgets.
// Each pattern must match the entire (trimmed) line, so article sentences that
// merely mention these words are never touched.

const WHOLE_LINE_CHROME: RegExp[] = [
  // Comment prompts and forms.
  /^(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|write a comment|comments?|\d+ comments?|no comments(?: yet)?|view comments|show comments|join the (?:conversation|discussion)|cancel reply)$/i,
  /^your email address will not be published\.?(?: required fields are marked \*?)?$/i,
  /^required fields are marked \*?$/i,
  // Post navigation: "Previous Post Next Post", "« Older", "Next article".
  /^(?:(?:previous|next|prev|older|newer)(?: (?:post|article|story|entry|posts|articles))?\s*[|/]?\s*){1,2}$/i,
  /^(?:skip to (?:main )?content|toggle navigation|back to top|scroll to top|main menu|menu)$/i,
  // Share and rating widgets.
  /^(?:rate (?:it|this(?: article| post| story)?)|share(?: this(?: article| story| post)?)?(?: on \w+)?|tweet|print|e-?mail|whatsapp|facebook|twitter|linkedin|pinterest|telegram|reddit|copy link|follow us(?: on \w+)?|\d+ (?:shares|views|likes))$/i,
  // Advertising labels.
  /^(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?)$/i,
  // Typo-report widgets (Russian sites: "Report a spelling error", "Selected text is too long").
  /^(?:сообщите об (?:орфографической )?ошибке|выделенный текст слишком длинный|нашли (?:опечатку|ошибку)\??.*ctrl\s*\+\s*enter.*)$/i,
  /^(?:report a (?:typo|spelling error)|found a (?:typo|mistake)\?.*)$/i,
];

const SHORT_LINE_CHROME: RegExp[] = [
  // Teasers for other articles: "See also  Headline", "Also read: Headline", "Related: ...".
  /^(?:see also|also read|read also)\b/i,
  /^(?:read more|related(?: articles| stories| posts)?|more on this(?: story)?|recommended)\s*:/i,
  /^(?:tags?|topics?|filed under|categories)\s*:/i,
  /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}))/i,
  /\ball rights reserved\.?$/i,
];
const SHORT_LINE = 200;

/** Decorations around a label: "« Previous", "Rate it:", "Comments (3)". */
function bareLabel(line: string): string {
  return line
    .trim()
    .replace(/^[«‹<>›»•·|\s-]+|[«‹<>›»•·|\s]+$/g, "")
    .replace(/\s*\(\d+\)$/, "")
    .replace(/[:!.…]+$/, "")
    .replace(/\s+/g, " ");
}

export function isChromeLine(line: string): boolean {
  if (line.length > SHORT_LINE) return false;
  const label = bareLabel(line);
  if (label === "" || isTeaserHeading(line)) return false; // teaser headings are handled with what follows them
  if (WHOLE_LINE_CHROME.some((pattern) => pattern.test(label))) return true;
  return SHORT_LINE_CHROME.some((pattern) => pattern.test(line.trim()));
}

const TEASER_HEADING =
  /^(?:also read|read also|read more|see also|related(?: articles| stories| posts| news| coverage)?|more (?:on this(?: story)?|stories|news)|recommended(?: for you)?|you (?:may|might) also like|trending(?: now)?|most read|popular (?:posts|stories)|latest news)$/i;

/** A standalone heading that introduces links to other articles: "Also read:", "Related stories". */
export function isTeaserHeading(line: string): boolean {
  return line.length <= SHORT_LINE && TEASER_HEADING.test(bareLabel(line));
}
