// Plain text: the first non-empty line is the title; a short dateline under it
// gives the publication date; optional "Key: value" header lines give metadata.
import { isChromeLine } from "./chrome-lines";
import { findDateline } from "./dates";
import { metadataFromFields, splitPlainHeader } from "./header-fields";
import { outletFromUrl, splitTitleSuffix } from "./title";
import type { ExtractedArticle } from "./types";

/** How many lines under the title may hold the dateline. */
const DATELINE_WINDOW = 6;

export function extractPlainText(source: string, givenUrl: string | null): ExtractedArticle {
  const { fields, body } = splitPlainHeader(source);
  const metadata = metadataFromFields(fields);
  const lines = body.split("\n").filter((line) => line.trim() !== "" && !isChromeLine(line));
  const fromTitle = lines.length > 0 ? splitTitleSuffix(lines[0], metadata.outlet) : null;
  const url = givenUrl ?? metadata.url;
  return {
    title: metadata.title ?? fromTitle?.title ?? null,
    outlet: metadata.outlet ?? fromTitle?.outlet ?? outletFromUrl(url),
    url,
    publishedAt: metadata.publishedAt ?? findDateline(lines.slice(1, 1 + DATELINE_WINDOW)),
    body,
  };
}
