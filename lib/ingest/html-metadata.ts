// Article metadata from the page head: Open Graph, article:*, <time>, JSON-LD.
import { toIsoDate } from "./dates";

export interface HtmlMetadata {
  titles: string[];
  siteName: string | null;
  publishedAt: string | null;
  url: string | null;
}

function metaContent(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attribute of ["property", "name", "itemprop"]) {
      const value = document.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute("content")?.trim();
      if (value) return value;
    }
  }
  return null;
}

type JsonRecord = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks, @graph members included. Bad JSON is skipped. */
function jsonLdObjects(document: Document): JsonRecord[] {
  const objects: JsonRecord[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      objects.push(value as JsonRecord);
      visit((value as JsonRecord)["@graph"]);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken JSON-LD block is just missing metadata.
    }
  }
  return objects;
}

function firstString(objects: JsonRecord[], read: (object: JsonRecord) => unknown): string | null {
  for (const object of objects) {
    const value = read(object);
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return null;
}

function absoluteHttpUrl(value: string | null, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function readHtmlMetadata(document: Document, baseUrl: string | null): HtmlMetadata {
  const jsonLd = jsonLdObjects(document);
  const publisherName = (object: JsonRecord) => {
    const publisher = object.publisher;
    return publisher && typeof publisher === "object" ? (publisher as JsonRecord).name : undefined;
  };
  const titles = [
    metaContent(document, "og:title", "twitter:title"),
    firstString(jsonLd, (object) => object.headline),
    document.querySelector("title")?.textContent?.trim() || null,
    document.querySelector("h1")?.textContent?.trim() || null,
  ].filter((title): title is string => Boolean(title));
  const dateCandidates = [
    metaContent(document, "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued", "sailthru.date"),
    firstString(jsonLd, (object) => object.datePublished),
    document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null,
    metaContent(document, "article:modified_time"),
    firstString(jsonLd, (object) => object.dateModified),
  ];
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  return {
    titles,
    siteName: metaContent(document, "og:site_name", "application-name") ?? firstString(jsonLd, publisherName),
    publishedAt: dateCandidates.map(toIsoDate).find((date) => date !== null) ?? null,
    url:
      absoluteHttpUrl(canonical, baseUrl) ??
      absoluteHttpUrl(metaContent(document, "og:url"), baseUrl) ??
      absoluteHttpUrl(firstString(jsonLd, (object) => object.url), baseUrl),
  };
}
