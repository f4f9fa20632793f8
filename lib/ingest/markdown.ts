// Markdown → plain text: rendered with marked, then read back as text, so
// headings, emphasis, links (their text), lists and tables keep their words and
// images disappear. Embedded HTML is parsed like any page, never rendered.
import { Marked } from "marked";
import { metadataFromFields, splitFrontMatter } from "./header-fields";
import { blockText, parseDocument } from "./html-text";
import { outletFromUrl, splitTitleSuffix } from "./title";
import type { ExtractedArticle } from "./types";

const markdown = new Marked({ gfm: true, async: false });

export function extractMarkdown(source: string, givenUrl: string | null): ExtractedArticle {
  const { fields, body } = splitFrontMatter(source);
  const metadata = metadataFromFields(fields);
  const document = parseDocument(markdown.parse(body) as string);
  const text = blockText(document.body);
  const heading = document.querySelector("h1")?.textContent?.trim() || null;
  const rawTitle = metadata.title ?? heading;
  const fromTitle = rawTitle ? splitTitleSuffix(rawTitle, metadata.outlet) : null;
  const url = givenUrl ?? metadata.url;
  return {
    title: fromTitle?.title ?? null,
    outlet: metadata.outlet ?? fromTitle?.outlet ?? outletFromUrl(url),
    url,
    publishedAt: metadata.publishedAt,
    body: text,
  };
}
