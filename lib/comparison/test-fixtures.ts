// Test helpers: build ComparableClaim fixtures from a text and a quote, the way
// an extractor would (sentence, offsets), so tests need not count characters.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ClaimKind, Qualifier } from "../extraction/types";
import type { ComparableClaim } from "./types";
import { comparablePairs, prepareClaims } from "./group";
import type { PairFeatures } from "./pair-features";

export const SAMPLES_DIR = join(__dirname, "..", "..", "samples");

const textCache = new Map<string, string>();
export function sampleText(file: string): string {
  let text = textCache.get(file);
  if (text === undefined) {
    text = readFileSync(join(SAMPLES_DIR, file), "utf8");
    textCache.set(file, text);
  }
  return text;
}

const ABBREVIATIONS = /(?:^|\s)(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+|etc|vs)$/;

/** The sentence around `index`: bounded by . ! ? followed by a space, or a line break. */
export function sentenceAt(text: string, index: number): { sentence: string; sentenceStart: number } {
  const isEnd = (i: number): boolean => {
    const ch = text[i];
    if (ch === "\n") return true;
    if (!/[.!?]/.test(ch) || !/\s/.test(text[i + 1] ?? " ")) return false;
    return ch !== "." || !ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i));
  };
  let start = index;
  while (start > 0 && !isEnd(start - 1)) start--;
  while (/\s/.test(text[start])) start++;
  let end = index;
  while (end < text.length && !isEnd(end)) end++;
  if (end < text.length && text[end] !== "\n") end++;
  return { sentence: text.slice(start, end).trimEnd(), sentenceStart: start };
}

export interface ClaimSpec {
  /** The text holding the claim, or a sample file name when `file` is set. */
  text?: string;
  file?: string;
  /** An exact substring containing the figure (defaults to the figure itself). */
  quote?: string;
  figure: string;
  kind?: ClaimKind;
  value: number;
  low?: number | null;
  high?: number | null;
  qualifier?: Qualifier;
  unit?: string;
  subject?: string | null;
  attribution?: string | null;
  precision?: number;
  change?: "up" | "down" | null;
  documentId?: number;
  source?: string;
  storyId?: string | number | null;
}

let nextId = 1;
export function resetIds(start = 1): void {
  nextId = start;
}

const documentIds = new Map<string, number>();
function documentIdFor(key: string): number {
  let id = documentIds.get(key);
  if (id === undefined) {
    id = documentIds.size + 1;
    documentIds.set(key, id);
  }
  return id;
}

/** A claim as an extractor would emit it, located by its quote in the text. */
export function claim(spec: ClaimSpec): ComparableClaim {
  const text = spec.file ? sampleText(spec.file) : (spec.text ?? spec.quote ?? spec.figure);
  const quote = spec.quote ?? spec.figure;
  const quoteAt = text.indexOf(quote);
  if (quoteAt < 0) throw new Error(`quote not found: ${quote}`);
  const start = text.indexOf(spec.figure, quoteAt);
  if (start < 0 || start > quoteAt + quote.length) throw new Error(`figure not in quote: ${spec.figure}`);
  const { sentence, sentenceStart } = sentenceAt(text, start);
  const qualifier = spec.qualifier ?? "exact";
  const exact = qualifier === "exact";
  return {
    id: nextId++,
    documentId: spec.documentId ?? documentIdFor(spec.file ?? text),
    source: spec.source ?? spec.file ?? "made-up",
    start,
    end: start + spec.figure.length,
    figure: spec.figure,
    sentence,
    sentenceStart,
    kind: spec.kind ?? "count",
    value: spec.value,
    low: spec.low !== undefined ? spec.low : exact ? spec.value : null,
    high: spec.high !== undefined ? spec.high : exact ? spec.value : null,
    qualifier,
    unit: spec.unit ?? "people",
    subject: spec.subject ?? null,
    attribution: spec.attribution ?? null,
    precision: spec.precision ?? 1,
    change: spec.change ?? null,
    ...(spec.storyId !== undefined ? { storyId: spec.storyId } : {}),
  };
}

/** Days since 1970-01-01 for an ISO date. */
export function day(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** The pair features the model sees for two claims (null when a cannot-link rule keeps them apart). */
export function pairOf(a: ComparableClaim, b: ComparableClaim): PairFeatures | null {
  const prepared = prepareClaims([a, b]);
  for (const { pair } of comparablePairs(prepared)) return pair;
  return null;
}
