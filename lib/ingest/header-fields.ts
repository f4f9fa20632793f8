// "key: value" metadata: Markdown front matter and header lines atop plain text.
import { toIsoDate } from "./dates";

export type HeaderFields = Record<string, string>;

const FIELD_LINE = /^([A-Za-z][\w -]{0,30}?)\s*:\s*(.*)$/;

export function parseFieldLine(line: string): [string, string] | null {
  const match = FIELD_LINE.exec(line.trim());
  if (!match) return null;
  const value = match[2].trim().replace(/^(["'])(.*)\1$/, "$2").trim();
  return [match[1].trim().toLowerCase().replace(/[\s-]+/g, "_"), value];
}

/** YAML front matter between "---" lines; only flat "key: value" pairs are read. */
export function splitFrontMatter(text: string): { fields: HeaderFields; body: string } {
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { fields: {}, body: text };
  const fields: HeaderFields = {};
  for (const line of match[1].split("\n")) {
    if (/^\s/.test(line)) continue; // nested YAML: not metadata Collate uses
    const field = parseFieldLine(line);
    if (field && field[1]) fields[field[0]] = field[1];
  }
  return { fields, body: text.slice(match[0].length) };
}

const PLAIN_HEADER_KEYS = new Set(["title", "outlet", "source", "publisher", "site", "url", "link", "date", "published", "author", "by"]);

/**
 * Optional header lines at the very top of a plain-text file ("Title: ...",
 * "Source: ...", "Date: ...", "URL: ..."), ended by a blank line.
 */
export function splitPlainHeader(text: string): { fields: HeaderFields; body: string } {
  const lines = text.split("\n");
  const fields: HeaderFields = {};
  let index = 0;
  for (; index < lines.length && lines[index].trim() !== ""; index++) {
    const field = parseFieldLine(lines[index]);
    if (!field || !PLAIN_HEADER_KEYS.has(field[0]) || !field[1]) return { fields: {}, body: text };
    fields[field[0]] = field[1];
  }
  if (index === 0 || index >= lines.length) return { fields: {}, body: text };
  return { fields, body: lines.slice(index + 1).join("\n") };
}

export interface FieldMetadata {
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
}

const isUrl = (value: string | undefined): value is string => value !== undefined && /^https?:\/\/\S+$/i.test(value);

export function metadataFromFields(fields: HeaderFields): FieldMetadata {
  const source = fields.outlet ?? fields.source ?? fields.publisher ?? fields.site ?? fields.site_name;
  const url = [fields.url, fields.link, fields.canonical, fields.source_url, source].find(isUrl) ?? null;
  const date = fields.date ?? fields.published ?? fields.publishedat ?? fields.published_at ?? fields.pubdate ?? fields.published_time;
  return {
    title: fields.title || null,
    outlet: source && !isUrl(source) ? source : null,
    url,
    publishedAt: toIsoDate(date),
  };
}
