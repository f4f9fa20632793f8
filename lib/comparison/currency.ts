import type { ComparableClaim } from "./types";

/**
 * Exchange rates the texts themselves give: "€2m (£1.7m; $2.6m)" restates one
 * sum in three currencies, so within that story €1 = £0.85 = $1.30. Money is
 * compared across currencies only through such rates (never a rate from
 * elsewhere: rates depend on the date), and a document's own rate converts
 * its own figures, so its restatements agree exactly.
 */

export interface RestatedPair {
  /** The figure as first written, and its restatement in brackets. */
  from: ComparableClaim;
  to: ComparableClaim;
  /** Units of `to` per unit of `from`. */
  rate: number;
}

const MAX_GAP = 40;
/** Relative uncertainty of a figure converted at a rate another document of the story implies. */
const BORROWED_RATE_UNCERTAINTY = 0.05;

/**
 * Money figures restated in another currency in brackets right after them:
 * "2m euros (£1.7m; $2.6m)", "€2 million ($2.6-million)".
 */
export function restatedPairs(claims: ComparableClaim[]): RestatedPair[] {
  const pairs: RestatedPair[] = [];
  const bySentence = new Map<string, ComparableClaim[]>();
  for (const c of claims) {
    if (c.kind !== "money" || !(c.value > 0)) continue;
    const key = `${c.documentId}:${c.sentenceStart}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), c]);
  }
  for (const list of bySentence.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 0; i < list.length; i++) {
      const from = list[i];
      for (let j = i + 1; j < list.length; j++) {
        const to = list[j];
        if (to.unit === from.unit) continue;
        const between = from.sentence.slice(from.end - from.sentenceStart, to.start - to.sentenceStart);
        if (between.length > MAX_GAP) break;
        // An opening bracket after the first figure, then nothing but other restated figures and separators.
        if (!/^[^()[\]]*[([][^()[\]]*$/.test(between)) break;
        const afterOpen = between.slice(between.search(/[([]/) + 1);
        if (/\p{L}{4,}/u.test(afterOpen.replace(/\b(million|billion|thousand|bn|m|k|euros?|pounds?|dollars?|usd|eur|gbp)\b/giu, ""))) break;
        pairs.push({ from, to, rate: to.value / from.value });
      }
    }
  }
  return pairs;
}

/** Key of a restated pair, whichever order. */
export function restatementKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

interface Edge {
  to: string;
  rate: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Restates money claims in one currency per story where the texts give a
 * rate: the currency most figures use among those linked by rates. Returns
 * new claim objects (the others unchanged) and the rate each converted
 * claim used, recorded in `convertedFrom`.
 */
export function convertCurrencies(claims: ComparableClaim[], restatements?: Set<string>): ComparableClaim[] {
  const pairs = restatedPairs(claims);
  for (const { from, to } of pairs) restatements?.add(restatementKey(from.id, to.id));
  if (pairs.length === 0) return claims;
  const storyOf = (c: ComparableClaim) => String(c.storyId ?? "");

  // Rates per story (median over documents) and per document.
  const storyRates = new Map<string, Map<string, number[]>>(); // story → "A>B" → rates
  const docRates = new Map<number, Map<string, number>>(); // document → "A>B" → rate
  for (const { from, to, rate } of pairs) {
    const story = storyOf(from);
    const rates = storyRates.get(story) ?? new Map<string, number[]>();
    storyRates.set(story, rates);
    for (const [a, b, r] of [[from.unit, to.unit, rate], [to.unit, from.unit, 1 / rate]] as const) {
      rates.set(`${a}>${b}`, [...(rates.get(`${a}>${b}`) ?? []), r]);
      const own = docRates.get(from.documentId) ?? new Map<string, number>();
      docRates.set(from.documentId, own);
      if (!own.has(`${a}>${b}`)) own.set(`${a}>${b}`, r);
    }
  }

  const result: ComparableClaim[] = [];
  const baseOf = new Map<string, Map<string, { base: string; path: string[] }>>(); // story → currency → base + path
  for (const [story, rates] of storyRates) {
    const graph = new Map<string, Edge[]>();
    for (const [key, values] of rates) {
      const [a, b] = key.split(">");
      graph.set(a, [...(graph.get(a) ?? []), { to: b, rate: median(values) }]);
    }
    const counts = new Map<string, number>();
    for (const c of claims) if (c.kind === "money" && storyOf(c) === story) counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
    const assigned = new Map<string, { base: string; path: string[] }>();
    for (const start of [...graph.keys()].sort()) {
      if (assigned.has(start)) continue;
      // The connected currencies, and the most used one as base.
      const component: string[] = [];
      const queue = [start];
      const seen = new Set([start]);
      while (queue.length) {
        const x = queue.shift()!;
        component.push(x);
        for (const e of graph.get(x) ?? []) if (!seen.has(e.to)) (seen.add(e.to), queue.push(e.to));
      }
      const base = component.sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0) || x.localeCompare(y))[0];
      // Shortest conversion path from each currency to the base.
      const previous = new Map<string, string>([[base, base]]);
      const q = [base];
      while (q.length) {
        const x = q.shift()!;
        for (const e of graph.get(x) ?? []) if (!previous.has(e.to)) (previous.set(e.to, x), q.push(e.to));
      }
      for (const currency of component) {
        const path = [currency];
        while (path[path.length - 1] !== base) path.push(previous.get(path[path.length - 1])!);
        assigned.set(currency, { base, path });
      }
    }
    baseOf.set(story, assigned);
  }

  const restated = new Set(pairs.flatMap(({ from, to }) => [from.id, to.id]));
  const storyRate = (story: string, a: string, b: string) => median(storyRates.get(story)!.get(`${a}>${b}`)!);
  for (const c of claims) {
    const target = c.kind === "money" ? baseOf.get(storyOf(c))?.get(c.unit) : undefined;
    if (!target || target.base === c.unit) {
      result.push(c);
      continue;
    }
    const own = docRates.get(c.documentId);
    let rate = own?.get(`${c.unit}>${target.base}`);
    // A figure the document itself restates in brackets converts exactly at that rate. Any other
    // figure — converted at a rate of the same document or of other documents — carries the rounding
    // of the figures the rate was read from (two significant digits: a few percent): "£88m" in a text
    // that also gives "€2m (£1.7m)" is not an exact €103.5m.
    const borrowed = rate === undefined || !restated.has(c.id);
    if (rate === undefined) {
      rate = 1;
      for (let i = 0; i + 1 < target.path.length; i++) rate *= storyRate(storyOf(c), target.path[i], target.path[i + 1]);
    }
    const scale = (v: number | null) => (v === null ? null : v * rate!);
    result.push({
      ...c,
      value: c.value * rate,
      low: scale(c.low),
      high: scale(c.high),
      precision: borrowed ? Math.max(c.precision * rate, Math.abs(c.value * rate) * BORROWED_RATE_UNCERTAINTY) : c.precision * rate,
      unit: target.base,
      convertedFrom: { unit: c.unit, value: c.value, rate },
    });
  }
  return result;
}
