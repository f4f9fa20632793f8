// Saved web pages: the article body through Readability, metadata from the head.
import { Readability } from "@mozilla/readability";
import { readHtmlMetadata } from "./html-metadata";
import { blockText, parseDocument } from "./html-text";
import { outletFromUrl, splitTitleSuffix } from "./title";
import type { ExtractedArticle } from "./types";

/**
 * Page furniture removed before Readability looks for the article. Not <form>:
 * some sites wrap the whole page in one.
 */
const NOT_ARTICLE = [
  "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
  "button", "input", "select", "textarea", "nav", "aside", "footer",
  '[role="navigation"]', '[role="contentinfo"]', '[role="complementary"]', '[role="banner"]', '[aria-hidden="true"]',
].join(",");

function removeAll(root: ParentNode, selector: string): void {
  for (const element of Array.from(root.querySelectorAll(selector))) element.remove();
}

/**
 * Readability's time grows steeply with nesting depth (depth 2,000 takes over a
 * minute); real pages nest 20-60 deep. Past these limits the plain body text is used.
 */
const READABILITY_MAX_DEPTH = 250;
const READABILITY_MAX_ELEMENTS = 30_000;

function treeSize(root: Element): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [element, level] = stack.pop() as [Element, number];
    elements++;
    depth = Math.max(depth, level);
    for (const child of Array.from(element.children)) stack.push([child, level + 1]);
  }
  return { depth, elements };
}

function readabilityContent(document: Document): string | null {
  const { depth, elements } = treeSize(document.documentElement);
  if (depth > READABILITY_MAX_DEPTH || elements > READABILITY_MAX_ELEMENTS) return null;
  try {
    return new Readability(document.cloneNode(true) as Document, { charThreshold: 200 }).parse()?.content ?? null;
  } catch {
    return null; // Readability gives up on some broken trees; the plain body still works.
  }
}

function readableBody(document: Document): string {
  removeAll(document, NOT_ARTICLE);
  const content = readabilityContent(document);
  const fromReadability = content ? blockText(parseDocument(content).body) : "";
  if (fromReadability.trim()) return fromReadability;
  return document.body ? blockText(document.body) : "";
}

/** Last resort for markup linkedom cannot parse: drop tags, keep text. */
function strippedText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<\/(p|div|h[1-6]|li|tr|section|article|blockquote)\s*>|<br\s*\/?>/gi, "\n\n")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, " ");
}

export function extractHtml(html: string, givenUrl: string | null): ExtractedArticle {
  let document: Document;
  try {
    document = parseDocument(html);
  } catch {
    return { title: null, outlet: outletFromUrl(givenUrl), url: givenUrl, publishedAt: null, body: strippedText(html) };
  }
  const metadata = readHtmlMetadata(document, givenUrl);
  const url = givenUrl ?? metadata.url;
  const rawTitle = metadata.titles[0] ?? null;
  const fromTitle = rawTitle ? splitTitleSuffix(rawTitle, metadata.siteName) : null;
  let body: string;
  try {
    body = readableBody(document);
  } catch {
    body = strippedText(html);
  }
  return {
    title: fromTitle?.title ?? null,
    outlet: metadata.siteName ?? fromTitle?.outlet ?? splitTitleSuffixOutlet(metadata.titles) ?? outletFromUrl(url),
    url,
    publishedAt: metadata.publishedAt,
    body,
  };
}

/** og:title is usually bare; the <title> tag more often carries " | Outlet". */
function splitTitleSuffixOutlet(titles: string[]): string | null {
  for (const title of titles) {
    const { outlet } = splitTitleSuffix(title);
    if (outlet) return outlet;
  }
  return null;
}
