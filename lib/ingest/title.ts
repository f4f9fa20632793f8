// Page titles often end in the publisher's name: "Headline | Outlet",
// "Headline - Outlet", "Headline / News / News agency Inforos".
import { oneLine } from "./normalize";

const SEPARATOR = /\s+(?:\||-|–|—|\/|::|·|•)\s+/g;
const MAX_OUTLET_WORDS = 5;
const MAX_OUTLET_CHARS = 40;

function looksLikeOutlet(segment: string): boolean {
  const words = segment.split(/\s+/);
  if (segment.length > MAX_OUTLET_CHARS || words.length > MAX_OUTLET_WORDS) return false;
  if (/[.!?,;:"“”]$/.test(segment)) return false;
  // One token may be lower case ("i24news", "nytimes.com"); several words read like a name.
  return words.length === 1 ? /\p{L}/u.test(segment) : /^\p{Lu}/u.test(segment);
}

/** Splits off the last segment at " | ", " - ", " / " and the like. */
function lastSegment(text: string): { head: string; tail: string } | null {
  let cut: RegExpExecArray | null = null;
  for (const match of text.matchAll(SEPARATOR)) cut = match as RegExpExecArray;
  if (!cut) return null;
  return { head: text.slice(0, cut.index).trim(), tail: text.slice(cut.index + cut[0].length).trim() };
}

export interface TitleParts {
  title: string;
  outlet: string | null;
}

/**
 * "Headline | Outlet" → { title: "Headline", outlet: "Outlet" }. Short section
 * names left between headline and outlet ("/ News /") go too. A known outlet
 * (from page metadata) is removed whatever its length.
 */
export function splitTitleSuffix(raw: string, knownOutlet?: string | null): TitleParts {
  const text = oneLine(raw);
  const split = lastSegment(text);
  if (!split || split.head.length < 10) return { title: text, outlet: null };
  const known = knownOutlet?.trim().toLowerCase();
  const isKnown = known !== undefined && known !== "" && split.tail.toLowerCase() === known;
  if (!isKnown && !(looksLikeOutlet(split.tail) && split.head.length > split.tail.length)) {
    return { title: text, outlet: null };
  }
  let head = split.head;
  for (let next = lastSegment(head); next && next.head.length >= 10; next = lastSegment(head)) {
    const isSection = next.tail.split(/\s+/).length <= 2 && looksLikeOutlet(next.tail);
    if (!isSection) break;
    head = next.head;
  }
  return { title: head, outlet: split.tail };
}

export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\d?\./i, "");
    return host || null;
  } catch {
    return null;
  }
}

/** Titles are for lists and headers: one line, not a whole paragraph. */
export function shortenTitle(title: string, max = 200): string {
  const line = title.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

export function fileTitle(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "").replace(/[_-]+/g, " ").trim() || fileName;
}
