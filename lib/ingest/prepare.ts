import { cleanArticle } from "./boilerplate";
import { isChromeLine } from "./chrome-lines";
import { decodeBytes } from "./decode";
import { SUPPORTED_TYPES_HINT, ingestError, tooLargeError } from "./errors";
import { detectFormat, extensionOf, formatOfExtension } from "./format";
import { extractHtml } from "./html";
import { MAX_FILE_BYTES } from "./limits";
import { extractMarkdown } from "./markdown";
import { contentHash, normalizeText, oneLine } from "./normalize";
import { extractPlainText } from "./plain-text";
import { recogniseBinaryFormat } from "./sniff";
import { fileTitle, shortenTitle } from "./title";
import type { DocumentFormat, ExtractedArticle, IngestError, IngestFileInput, PreparedDocument } from "./types";

const EXTRACTORS: Record<DocumentFormat, (source: string, url: string | null) => ExtractedArticle> = {
  text: extractPlainText,
  markdown: extractMarkdown,
  html: extractHtml,
};

function cleanUrl(url: string | undefined): string | null {
  const trimmed = url?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Raw file → clean article snapshot, or an error saying what is wrong and what
 * to do. Pure: no file system, no network; markup is parsed, never executed.
 */
export function prepareDocument(input: IngestFileInput): PreparedDocument | IngestError {
  const { name, bytes } = input;
  if (bytes.length > MAX_FILE_BYTES) return tooLargeError(name, bytes.length);
  if (bytes.length === 0) return ingestError(name, "empty", `${name} is empty. Choose a file that contains the article text.`);

  const binaryFormat = recogniseBinaryFormat(bytes);
  if (binaryFormat) {
    return ingestError(
      name,
      "unsupported",
      `${name} looks like ${binaryFormat}, which Collate cannot read. ${SUPPORTED_TYPES_HINT}: copy the article text into a .txt file or save the web page as .html, then import that.`,
    );
  }
  const extension = extensionOf(name);
  const decoded = decodeBytes(bytes, { html: extension === "" || formatOfExtension(extension) === "html" });
  if (!decoded.ok) {
    return ingestError(name, decoded.code, `${name} cannot be imported: ${decoded.reason}. ${SUPPORTED_TYPES_HINT}, saved as UTF-8 text.`);
  }
  const source = normalizeText(decoded.text);
  if (source.trim() === "") {
    return ingestError(name, "empty", `${name} contains only whitespace. Choose a file that contains the article text.`);
  }
  const format = detectFormat(name, source);
  if (format === null) {
    return ingestError(name, "unsupported", `${name} has the extension "${extension}", which Collate does not read. ${SUPPORTED_TYPES_HINT}.`);
  }

  const extracted = EXTRACTORS[format](source, cleanUrl(input.url));
  // Without a title of its own, the article's first line serves, and then that
  // line alone is already article text; a title from metadata is not.
  const firstLine = extracted.body.split("\n").find((line) => line.trim() !== "" && !isChromeLine(line)) ?? null;
  const titleIsText = firstLine !== null && (format === "text" || extracted.title === null);
  const fullTitle = oneLine(extracted.title ?? firstLine ?? fileTitle(name));
  const text = cleanArticle(`${fullTitle}\n\n${extracted.body}`, fullTitle);
  const hasBody = titleIsText ? text !== "" : text.includes("\n");
  if (!hasBody) {
    return ingestError(
      name,
      "no_text",
      format === "html"
        ? `${name} has no readable article text (only navigation, scripts or page furniture). Save the article page itself, or copy its text into a .txt file.`
        : `${name} has no article text left after removing site navigation and widgets. Check that it holds the article itself.`,
    );
  }
  return {
    fileName: name,
    format,
    title: shortenTitle(fullTitle),
    outlet: extracted.outlet,
    url: extracted.url,
    publishedAt: extracted.publishedAt,
    text,
    contentHash: contentHash(text),
  };
}
