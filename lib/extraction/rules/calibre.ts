import { CALIBRE_UNIT_WORDS, CALIBRE_WORDS, CARTRIDGE_NAMES } from "../../lexicon/words";
import { qualify } from "../figure-context";
import { isMasked } from "../noise";
import { clean } from "../numbers";
import type { Draft, Scan } from "../scan-state";
import { nounPhraseAt } from "../subjects";
import { adjacent } from "../tokens";
import type { ClaimRule } from "./rule";

/**
 * A gun's calibre or gauge, which outlets report and disagree on (".38" or
 * ".357"): ".38 caliber", ".38-caliber", ".357 Magnum", ".22 rifle" →
 * measure 0.38 / 0.357 / 0.22 "caliber" (inches, as written); "38-caliber"
 * without its dot is the same 0.38; "12-gauge", "12-bore" → 12 "gauge". The
 * figure keeps the calibre word as written; the subject is the weapon noun
 * after it, cartridge names ("Magnum", "Special") passed over.
 */
function tryCalibre(s: Scan, i: number, floor: number): Draft | null {
  const tokens = s.tokens;
  const t = tokens[i];
  if (t.kind !== "num" || isMasked(s.mask, t.start, t.end)) return null;
  const dotted = /^\.\d{2,3}$/.test(t.text);
  if (!dotted && !/^\d{1,3}$/.test(t.text)) return null;
  const hyphen = tokens[i + 1]?.text === "-" && adjacent(t, tokens[i + 1]) && adjacent(tokens[i + 1], tokens[i + 2]);
  const w = hyphen ? i + 2 : i + 1;
  const word = tokens[w];
  if (!word || word.kind !== "word") return null;
  const lower = word.lower;
  let value: number;
  let unit: string;
  let last: number;
  if (lower === "gauge" || lower === "bore") {
    if (dotted || Number(t.text) === 0) return null;
    value = Number(t.text);
    unit = "gauge";
    last = w;
  } else if (CALIBRE_UNIT_WORDS.has(lower)) {
    // "38-caliber" is .38 (hundredths of an inch; three digits are thousandths: "357-caliber")
    value = dotted ? Number(t.text) : t.text.length >= 2 ? Number(t.text) / 10 ** t.text.length : NaN;
    if (!Number.isFinite(value) || value <= 0) return null;
    unit = "caliber";
    last = w;
    if (lower === "cal" && tokens[w + 1]?.text === "." && adjacent(word, tokens[w + 1])) last = w + 1;
  } else if (dotted && CALIBRE_WORDS.has(lower)) {
    value = Number(t.text);
    unit = "caliber";
    last = i;
  } else return null;
  // the weapon: ".357 Magnum revolver", ".38-caliber handgun", ".22 rifle"
  let j = last + 1;
  while (tokens[j] && (CARTRIDGE_NAMES.has(tokens[j].lower) || tokens[j].text === "-" || (tokens[j].text === "&" && adjacent(tokens[j - 1], tokens[j])))) j++;
  const np = nounPhraseAt(s.text, tokens, j, false);
  const subject = np ? np.text : null;
  const d: Draft = { first: i, last, kind: "measure", value, low: value, high: value, qualifier: "exact", unit, subject, precision: unit === "gauge" ? 1 : clean(10 ** -(dotted ? t.text.length - 1 : t.text.length)), change: null };
  return qualify(s, d, floor);
}

export const calibreRule: ClaimRule = {
  id: "calibre",
  description: "A gun's calibre or gauge (\".38-caliber\", \"12-gauge\").",
  read: (s, i, floor) => tryCalibre(s, i, floor),
};
