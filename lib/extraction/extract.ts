/**
 * The claim scanner: one pass over each sentence's tokens. At each token it
 * tries, in order: a date, a vague amount, a fraction, an age written as
 * "Name, 32,", then a number (digits or words) with its currency, scale and
 * unit. Around a match it reads the qualifier, a range, the change direction,
 * the subject and the attribution. Sentences without a digit or a number,
 * month or fraction word are skipped before tokenizing.
 */
import { attributionFor, findCues, type AttributionCue } from "./attribution";
import { ConceptReader } from "./concepts";
import { tagTokens } from "./pos";
import { dateInterval, daysFromISO, isYearToken, MONTHS, mostFrequentYear, parseDateAt, parseRelativeDayAt, resolveRelativeDay, type DateMatch } from "./dates";
import { clockQualifier, parseClockAt } from "./clock";
import { parseFractionAt } from "./fractions";
import { isRankContext, ORDINAL_WORDS, parseOrdinalAt } from "./ordinals";
import { isLabelNumber, isMasked, noiseMask, type Mask } from "./noise";
import { clean, parseDigits, parseNumberWords, SCALE_SUFFIXES, SCALE_WORDS, SMALL_NUMBER_WORDS, TENS_WORDS } from "./numbers";
import { intervalFor, qualifierAfter, qualifierBefore } from "./qualifiers";
import { splitSentences, type Sentence } from "./sentences";
import { DISCOURSE_NOUNS, isPluralNoun, isStopWord, lemmatize, nounPhraseAt } from "./subjects";
import { adjacent, isCapitalized, tokenize, type Token } from "./tokens";
import type { ClaimKind, ExtractedClaim, ExtractOptions, Qualifier } from "./types";
import {
  CUBIC_UNITS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_ADJECTIVES, DOLLAR_PREFIXES, GLUED_UNITS, ISO_CURRENCIES,
  MEASURE_UNITS, PERCENT_WORDS, SQUARE_UNITS, TIME_UNITS,
} from "./units";
import { parseVagueAt } from "./vague";

/** Cheap pre-filter: a sentence without any of these cannot hold a claim. */
const CANDIDATE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|thirds?|quarters?|fifths?|tenths?|scores|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|nobody|no\s+(?:one|[a-z]+s))\b/i;

const UP_WORDS = new Set([
  "rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases", "increasing", "grew", "grow",
  "grows", "grown", "growing", "gained", "gains", "climbed", "climbs", "jumped", "jumps", "surged", "surges",
  "soared", "soars", "up", "added", "swelled", "expanded", "boosted", "raised", "advanced", "advances", "rallied",
  "rebounded", "jumping", "climbing", "surging", "soaring", "advancing", "gaining", "rallying", "upward", "upwards",
]);
const DOWN_WORDS = new Set([
  "fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "declined", "decline", "declines",
  "decreased", "decrease", "decreases", "slid", "slides", "slipped", "slips", "plunged", "plunges", "tumbled",
  "tumbles", "down", "shrank", "shrunk", "shrinks", "cut", "cuts", "slumped", "sank", "lowered", "reduced",
  "plummeted", "plummeting", "plummets", "tumbling", "sliding", "slipping", "dropping", "declining", "eased", "dipped",
  "downward", "downwards", "easing", "sinking", "slumping",
]);
/** Verbs that take "up"/"down" as a particle, not as a direction: "gave up 517 yards", "set up". */
const PARTICLE_VERBS = new Set(["gave", "give", "gives", "giving", "given", "set", "sets", "make", "made", "take", "took", "pick", "picked", "sum", "summed", "back", "backed", "shut", "wind", "wound", "put", "turned", "turn", "broke", "break", "signed", "sign", "stepped", "step"]);
/** Nouns naming a change: "a rise of 5%", "a 5% drop". */
const UP_NOUNS = new Set(["rise", "increase", "growth", "gain", "jump", "surge", "hike", "climb", "boost"]);
const DOWN_NOUNS = new Set(["drop", "fall", "decline", "decrease", "cut", "loss", "reduction", "slump", "dip", "plunge"]);
/** Verbs whose object may stand between them and "by": "grow sales by 35%", "cut its forecast by 2%". */
const BY_OBJECT_VERBS = new Set(["grow", "grew", "increase", "increased", "raise", "raised", "boost", "boosted", "lift", "lifted", "cut", "cuts", "reduce", "reduced", "lower", "lowered", "trim", "trimmed", "slash", "slashed", "expand", "expanded", "shrink", "shrank", "revised", "revise"]);
const BY_OBJECT_UP = new Set(["grow", "grew", "increase", "increased", "raise", "raised", "boost", "boosted", "lift", "lifted", "expand", "expanded"]);

/**
 * Words that can begin a claim (its number, currency, date or qualifier-free
 * vague amount). The scanner only tries the parsers at these tokens, at
 * numbers and at currency symbols; qualifiers are read backwards from there.
 */
const STARTER_WORDS = new Set<string>([
  ...Object.keys(SMALL_NUMBER_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(MONTHS),
  ...Object.keys(DOLLAR_PREFIXES), ...[...ISO_CURRENCIES].map((c) => c.toLowerCase()),
  "a", "an", "half", "rs", "aged", "age", "early", "mid", "late", "end", "beginning", "start", "middle",
  "tens", "hundreds", "thousands", "millions", "billions", "trillions", "dozens", "scores", "several",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "no", "nobody",
  ...Object.keys(ORDINAL_WORDS),
]);

function canStartClaim(t: Token): boolean {
  if (t.kind === "num") return true;
  if (t.text === "PS" || t.text === "Y" || t.text === "RM") return true;
  if (t.kind === "sym") return CURRENCY_SYMBOLS[t.text] !== undefined;
  return STARTER_WORDS.has(t.lower);
}

const MEASURE_ADJECTIVES = new Set(["long", "wide", "high", "tall", "deep", "thick", "broad"]);
const SUBJECT_PREPOSITIONS = new Set(["of", "for", "in", "on"]);

interface Draft {
  first: number;
  last: number;
  kind: ClaimKind;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string;
  subject: string | null;
  precision: number;
  change: "up" | "down" | null;
  date?: DateMatch;
  /** The counted phrase holds a number of its own ("two new 737 Max jets"): scanning resumes after it. */
  skipTo?: number;
  /** The concept is fixed by the rule that read the figure ("the crowd at 70" → "crowd"). */
  concept?: string;
}

interface Amount {
  first: number;
  last: number;
  value: number;
  precision: number;
  currency: string | null;
  inWords: boolean;
  scaled: boolean;
  scale: number;
  /** Glued "m" not yet decided between million and metre. */
  gluedM: boolean;
  gluedUnit: { kind: ClaimKind; unit: string } | null;
}

interface UnitRead {
  kind: ClaimKind;
  unit: string;
  last: number;
  /** Token where the measured thing may be named. */
  next: number;
  /** The counted noun was glued by a hyphen ("a five-boat attack"): the unit is already read. */
  compound?: boolean;
}

/** Nouns whose zero counts people: "no injuries were reported". */
const ZERO_CASUALTY_NOUNS = new Set(["injuries", "casualties", "deaths", "fatalities", "injury", "casualty", "death", "fatality"]);
/** Between a zero count's noun and its verb: "no injuries were immediately reported". */
const ZERO_AUXILIARIES = new Set(["was", "were", "is", "are", "has", "have", "had", "been", "being", "be", "will", "immediately", "yet", "seriously", "reportedly", "initially", "also", "ever", "critically", "badly", "fatally"]);
/** Events a zero count says did not happen to its noun. */
const ZERO_HARM_VERBS = new Set(["hurt", "injured", "killed", "harmed", "wounded", "arrested", "detained", "hospitalized", "hospitalised", "charged", "died", "damaged", "destroyed", "evacuated"]);
/** Reporting verbs: enough for casualty nouns and arrests ("no arrests were made"). */
const ZERO_REPORT_VERBS = new Set(["reported", "recorded", "confirmed", "made", "reports"]);

/** What a calibre names after its leading-dot number: ".38 caliber", ".357 Magnum", ".22 rifle". */
const CALIBRE_WORDS = new Set(["caliber", "calibre", "cal", "magnum", "special", "acp", "auto", "winchester", "remington", "rifle", "rifles", "pistol", "pistols", "revolver", "revolvers", "handgun", "handguns", "gun", "guns", "round", "rounds", "bullet", "bullets", "cartridge", "cartridges", "ammunition", "ammo", "shell", "shells"]);
/** The calibre word itself, part of the figure as written (".38 caliber", ".45-cal"). */
const CALIBRE_UNIT_WORDS = new Set(["caliber", "calibre", "cal"]);
/** Cartridge names after a calibre, not the weapon: ".357 Magnum revolver" → "revolver". */
const CARTRIDGE_NAMES = new Set(["magnum", "special", "acp", "auto", "winchester", "remington", "long", "short", "lr", "wmr", "s&w", "smith"]);

/** Street types in an address, as capitalised ("St", "Road", "Ave"). */
const STREET_WORDS = new Set(["St", "Street", "Rd", "Road", "Ave", "Avenue", "Way", "Drive", "Dr", "Lane", "Ln", "Boulevard", "Blvd", "Place", "Pl", "Court", "Ct", "Terrace", "Highway", "Hwy", "Parkway", "Pkwy", "Crescent", "Close"]);

/** Nouns for a gathered crowd: "estimated the crowd at 70", "a crowd of 200". */
const CROWD_NOUNS = new Set(["crowd", "crowds", "turnout", "attendance", "gathering", "throng"]);

/** Hyphen compounds after a number that do not count that noun: "1,500-plus", "two-way", "three-point". */
const NOT_COUNTED_COMPOUNDS = new Set(["plus", "strong", "odd", "fold", "way", "point", "pointer", "time", "times", "sided", "star", "party", "state", "off", "up", "run", "on", "all", "nil", "love", "member's"]);

/** Per-game averages in sports writing, and baseball's wins above replacement (upper case only). */
const SPORTS_RATES: Record<string, string> = { ppg: "point per game", rpg: "rebound per game", apg: "assist per game", spg: "steal per game", bpg: "block per game", war: "win above replacement" };

/** Index names written in lower case ("the s&p 500", "ftse 100"): their number is part of the name. */
const INDEX_NAMES = new Set(["sp", "ftse", "dax", "cac", "nikkei", "russell", "stoxx", "asx", "tsx", "nasdaq", "kospi", "sensex", "nifty", "ibex", "mib", "seng", "dow", "topix", "msci", "aex", "smi"]);

/** Superlatives: "one of the largest banks" picks from a ranking, it states no count. */
function isSuperlative(lower: string): boolean {
  return lower === "most" || lower === "least" || lower === "best" || lower === "worst" || (/est$/.test(lower) && lower.length > 4 && !/(?:interest|forest|contest|protest|arrest|request|conquest|harvest|suggest|quest|guest|chest|test|west|nest|rest|vest|pest|crest|honest|modest)$/.test(lower));
}

/** Per-sentence scanning state. */
class SentenceScanner {
  private cues: AttributionCue[] | null = null;
  private readonly drafts: Draft[] = [];
  private readonly firstWord: number;
  private readonly mask: Mask;

  constructor(
    private readonly text: string,
    private readonly sentence: Sentence,
    private readonly tokens: Token[],
  ) {
    this.firstWord = tokens.findIndex((t) => t.kind !== "sym");
    this.mask = /\d/.test(sentence.text) ? noiseMask(sentence.text, sentence.start) : [];
  }

  scan(): ExtractedClaimDraft[] {
    const tokens = this.tokens;
    let floor = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i < floor || !canStartClaim(tokens[i])) continue;
      const draft = this.tryClock(i, floor) ?? this.tryDate(i) ?? this.tryRank(i) ?? this.tryVague(i, floor) ?? this.tryFraction(i, floor) ?? this.tryNamedAge(i) ?? this.tryZero(i) ?? this.tryCalibre(i, floor) ?? this.tryQuantity(i, floor);
      if (!draft) continue;
      this.drafts.push(draft);
      floor = Math.max(draft.last, draft.skipTo ?? -1) + 1;
      i = floor - 1;
    }
    this.concepts = [];
    this.alsos = [];
    let reader: ConceptReader | null = null;
    for (let n = 0; n < this.drafts.length; n++) {
      const d = this.drafts[n];
      if (d.kind === "date" || d.concept) {
        this.concepts.push(d.concept ?? null);
        this.alsos.push([]);
        continue;
      }
      // Parts of speech only for sentences that hold a figure (tagging is ~10× slower than scanning).
      reader ??= new ConceptReader(this.text, this.tokens, tagTokens(this.text, this.sentence.start, this.sentence.end, this.tokens), (k, upTo) => this.figureAt(k, upTo));
      const read = reader.read({ first: d.first, last: d.last, attributive: this.isAttributive(d), age: d.kind === "age", count: d.kind === "count" && !!d.subject }, n);
      // a figure restating a measure ("8 miles (13 km) of track") shares what that measure is of, when it has no concept
      const holder = read !== null && "sameAs" in read ? this.drafts[read.sameAs] : undefined;
      const holderSubject = holder && holder.kind !== "count" && d.kind !== "count" ? holder.subject ?? null : null;
      this.concepts.push(read === null ? null : "text" in read ? read.text : this.concepts[read.sameAs] ?? holderSubject);
      const inherited = read !== null && "sameAs" in read ? this.alsos[read.sameAs] ?? [] : [];
      if (read !== null && "alsoOf" in read && read.alsoOf !== undefined && this.concepts[read.alsoOf]) inherited.push(this.concepts[read.alsoOf]!);
      this.alsos.push([...inherited, ...(read?.also ?? [])]);
    }
    return this.drafts.map((d, n) => this.finish(d, this.concepts[n], this.alsos[n] ?? []));
  }

  private concepts: Array<string | null> = [];
  private alsos: string[][] = [];

  /** A figure that may modify the noun after it: any measure; a count only when its noun is glued ("five-boat"). */
  private isAttributive(d: Draft): boolean {
    if (d.kind === "time" || d.kind === "rank") return false;
    if (d.kind !== "count" || d.unit === "point" || d.unit === "basis point") return true;
    const t = this.tokens;
    return d.last > d.first && t[d.last - 1]?.text === "-" && t[d.last].kind === "word" && t[d.last - 1].start === t[d.last - 2]?.end;
  }

  /** The index of the earlier figure (before `upTo`) holding token k, or -1. Dates are not figures here. */
  private figureAt(k: number, upTo: number): number {
    for (let n = 0; n < upTo; n++) {
      const d = this.drafts[n];
      if (k >= d.first && k <= d.last) return d.kind === "date" ? -1 : n;
    }
    return -1;
  }

  private finish(d: Draft, concept: string | null, also: readonly string[]): ExtractedClaimDraft {
    const tokens = this.tokens;
    const start = tokens[d.first].start;
    const end = tokens[d.last].end;
    if (!this.cues) this.cues = findCues(this.text, tokens);
    return {
      start,
      end,
      figure: this.text.slice(start, end),
      sentence: this.sentence.text,
      sentenceStart: this.sentence.start,
      kind: d.kind,
      value: d.value,
      low: d.low,
      high: d.high,
      qualifier: d.qualifier,
      unit: d.unit,
      subject: d.subject,
      concept,
      ...(also.length > 0 ? { concepts: [...new Set([...(concept ? [concept] : []), ...also])] } : {}),
      attribution: attributionFor(this.cues, d.first, d.last),
      precision: d.precision,
      change: d.change,
      date: d.date,
    };
  }

  // ---------------------------------------------------------------- dates

  private tryDate(i: number): Draft | null {
    const t = this.tokens[i];
    if (t.kind === "sym") return null;
    const match = parseDateAt(this.tokens, i) ?? parseRelativeDayAt(this.tokens, i, this.firstWord);
    if (!match) return null;
    for (let k = match.first; k <= match.last; k++) {
      if (this.tokens[k].kind === "num" && isMasked(this.mask, this.tokens[k].start, this.tokens[k].end)) return null;
    }
    const single = match.relative !== undefined || (match.dayHigh !== null && match.dayLow === match.dayHigh && match.lastDays === undefined);
    return {
      first: match.first,
      last: match.last,
      kind: "date",
      value: 0,
      low: null,
      high: null,
      qualifier: single ? "exact" : "range",
      unit: "date",
      subject: null,
      precision: 1,
      change: null,
      date: match,
    };
  }

  // ---------------------------------------------------------------- clock times and ranks

  private tryClock(i: number, floor: number): Draft | null {
    const m = parseClockAt(this.tokens, i);
    if (!m) return null;
    const q = clockQualifier(this.tokens, m.first, floor);
    const v = m.minutes;
    return {
      first: Math.min(q.index, m.first),
      last: m.last,
      kind: "time",
      value: v,
      low: q.low(v),
      high: q.high(v),
      qualifier: q.qualifier,
      unit: "time",
      subject: null,
      precision: m.precision,
      change: null,
    };
  }

  private tryRank(i: number): Draft | null {
    const m = parseOrdinalAt(this.tokens, i);
    if (!m || !isRankContext(this.tokens, m)) return null;
    const np = nounPhraseAt(this.text, this.tokens, m.last + 1, false);
    if (!np) return null;
    const unit = lemmatize(np.head);
    if (TIME_UNITS[unit] || DISCOURSE_NOUNS.has(unit)) return null; // "the third quarter", "the second point"
    return { first: m.first, last: m.last, kind: "rank", value: m.value, low: m.value, high: m.value, qualifier: "exact", unit, subject: np.text, precision: 1, change: null };
  }

  // ---------------------------------------------------------------- vague amounts

  private tryVague(i: number, floor: number): Draft | null {
    const match = parseVagueAt(this.tokens, i);
    if (!match) return null;
    let kind: ClaimKind = "count";
    let unit = "";
    let subject: string | null = null;
    let last = match.last;
    const next = this.tokens[last + 1];
    if (next?.lower === "of") {
      const currency = CURRENCY_WORDS[this.tokens[last + 2]?.lower ?? ""];
      if (currency) {
        kind = "money";
        unit = currency;
        last = last + 2;
      } else {
        const np = nounPhraseAt(this.text, this.tokens, last + 2, true);
        if (np) {
          subject = np.text;
          unit = lemmatize(np.head);
        }
      }
    }
    let low: number | null = match.low;
    let high: number | null = match.high;
    let first = match.first;
    const q = qualifierBefore(this.tokens, first, floor);
    if (q) {
      first = q.index;
      if (q.qualifier === "at_least" || q.qualifier === "more_than") high = null;
      if (q.qualifier === "up_to" || q.qualifier === "at_most" || q.qualifier === "less_than") low = 0;
    }
    return {
      first,
      last,
      kind,
      value: clean((match.low + match.high) / 2),
      low,
      high,
      qualifier: q && q.qualifier !== "about" ? q.qualifier : "range",
      unit,
      subject,
      precision: match.precision,
      change: null,
    };
  }

  // ---------------------------------------------------------------- fractions

  private tryFraction(i: number, floor: number): Draft | null {
    const t = this.tokens[i];
    if (t.kind === "sym") return null;
    if (t.kind === "num" && isMasked(this.mask, t.start, t.end)) return null;
    if (isCapitalized(t) && i !== this.firstWord && t.lower !== "a" && t.lower !== "half") return null;
    const match = parseFractionAt(this.tokens, i);
    if (!match) return null;
    const next = this.tokens[match.next];
    const subject = next && next.lower !== "of" && match.last > match.first + 1 && this.tokens[match.first + 1].kind !== "sym"
      ? nounPhraseAt(this.text, this.tokens, match.next, true)?.text ?? null // "one in five adults"
      : this.subjectAfter(match.next, "percent");
    return this.qualify({
      first: match.first,
      last: match.last,
      kind: "percent",
      value: match.percent,
      low: match.percent,
      high: match.percent,
      qualifier: "exact",
      unit: "%",
      subject,
      precision: 0.01,
      change: null,
    }, floor);
  }

  // ---------------------------------------------------------------- zero counts

  /**
   * A count of zero stated with "no"/"nobody" and an event it did not happen
   * to: "no injuries were reported", "no one was hurt", "nobody died",
   * "no passengers were injured", "there were no casualties", "with no
   * injuries to police". Harm and casualty nouns (injuries, casualties,
   * deaths, fatalities) count people. Only with a harm/arrest/reporting verb
   * after the phrase, or for casualty nouns after "with"/"there were": never
   * "no longer", "no more than 5" (a bound), "no plans", "no one knows".
   */
  private tryZero(i: number): Draft | null {
    const tokens = this.tokens;
    const t = tokens[i];
    if (t.kind !== "word" || (t.lower !== "no" && t.lower !== "nobody")) return null;
    let head: number;
    let unit: string;
    let subject: string;
    let casualty = false;
    if (t.lower === "nobody" || tokens[i + 1]?.lower === "one") {
      head = t.lower === "nobody" ? i : i + 1;
      if (t.lower === "no" && tokens[i + 2]?.text === "-") return null; // "no one-size-fits-all"
      unit = "people";
      subject = "people";
    } else {
      let k = i + 1;
      // up to two modifiers: "no serious injuries", "no other passengers"
      while (k <= i + 3 && tokens[k]?.kind === "word" && !ZERO_CASUALTY_NOUNS.has(tokens[k].lower) && !isPluralNoun(tokens[k].lower) && !isStopWord(tokens[k].lower) && !isCapitalized(tokens[k])) k++;
      const noun = tokens[k];
      if (!noun || noun.kind !== "word" || isCapitalized(noun) || k > i + 3) return null;
      casualty = ZERO_CASUALTY_NOUNS.has(noun.lower);
      if (!casualty && !isPluralNoun(noun.lower)) return null;
      head = k;
      unit = casualty ? "people" : lemmatize(noun.lower);
      subject = this.text.slice(tokens[i + 1].start, noun.end);
    }
    // the event: "were (immediately) reported", "was hurt", "died"
    let v = head + 1;
    while (v <= head + 4 && tokens[v] && ZERO_AUXILIARIES.has(tokens[v].lower)) v++;
    const verb = tokens[v]?.lower ?? "";
    const eventVerb = ZERO_HARM_VERBS.has(verb) || ((casualty || unit === "arrest") && ZERO_REPORT_VERBS.has(verb));
    const before = tokens[i - 1]?.lower ?? "";
    const existential = casualty && (before === "with" || (/^(were|was|been)$/.test(before) && /^(there|have|has|had)$/.test(tokens[i - 2]?.lower ?? "")));
    if (!eventVerb && !existential) return null;
    if (!eventVerb && v !== head + 1) return null;
    return { first: i, last: head, kind: "count", value: 0, low: 0, high: 0, qualifier: "exact", unit, subject, precision: 1, change: null, concept: casualty ? subject : undefined };
  }

  // ---------------------------------------------------------------- ages

  /** "Maria Lopez, 32, of Ohio" and "aged 32". */
  private tryNamedAge(i: number): Draft | null {
    const tokens = this.tokens;
    const t = tokens[i];
    if (t.kind !== "num" || !/^\d{1,3}$/.test(t.text)) return null;
    const age = Number(t.text);
    if (age < 1 || age > 120) return null;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev && (prev.lower === "aged" || prev.lower === "age")) {
      const draft = this.ageDraft(i, age, null);
      // "aged 18 to 34": an age band
      const to = tokens[i + 1];
      const upper = tokens[i + 2];
      if (to && (to.lower === "to" || to.text === "-" || to.text === "–" || to.lower === "and") && upper?.kind === "num" && /^\d{1,3}$/.test(upper.text) && Number(upper.text) > age && Number(upper.text) <= 120) {
        return { ...draft, last: i + 2, value: (age + Number(upper.text)) / 2, low: age, high: Number(upper.text), qualifier: "range" };
      }
      return draft;
    }
    // "under the age of 5 years"
    if (prev?.lower === "of" && tokens[i - 2]?.lower === "age") {
      const draft = this.ageDraft(i, age, null);
      if (/^years?$/.test(next?.lower ?? "")) draft.last = i + 1;
      return draft;
    }
    // "their daughter, who was 10." : a relative clause giving a person's age
    if (prev && /^(is|was)$/.test(prev.lower) && tokens[i - 2]?.lower === "who" && (next === undefined || /^[.,;)]$/.test(next.text)) && !/^[.,]$/.test(tokens[i + 2]?.text ?? "") ) {
      return this.ageDraft(i, age, null);
    }
    if (prev?.text !== "," || !(next === undefined || next.text === "," || next.text === "." || next.text === ")" || next.text === ";")) return null;
    let k = i - 2;
    const nameEnd = k;
    while (k >= 0 && tokens[k].kind === "word" && isCapitalized(tokens[k])) {
      k--;
      // "Mr. Rahman": a title with its period belongs to the name
      if (tokens[k]?.text === "." && tokens[k - 1] && /^(mr|mrs|ms|dr|gen|col|prof|sen|rep|gov|lt|capt|sgt)$/.test(tokens[k - 1].lower)) k--;
    }
    if (nameEnd - k < 1) return null;
    const nameWords = tokens.slice(k + 1, nameEnd + 1);
    // A month or weekday before the comma is a date ("July 3, 2021" is caught earlier anyway).
    if (nameWords.some((w) => /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w.lower))) return null;
    const name = this.text.slice(nameWords[0].start, nameWords[nameWords.length - 1].end);
    return this.ageDraft(i, age, name);
  }

  private ageDraft(i: number, age: number, subject: string | null): Draft {
    return { first: i, last: i, kind: "age", value: age, low: age, high: age, qualifier: "exact", unit: "year", subject, precision: 1, change: null };
  }

  // ---------------------------------------------------------------- numbers

  private readAmount(i: number): Amount | null {
    const tokens = this.tokens;
    let j = i;
    let currency: string | null = null;
    const t = tokens[i];
    if (!t) return null;
    if (t.kind === "word" && DOLLAR_PREFIXES[t.lower] && tokens[i + 1]?.text === "$" && t.text === t.text.toUpperCase() && (adjacent(t, tokens[i + 1]) || (t.text.length >= 1 && adjacent(tokens[i + 1], tokens[i + 2]) && tokens[i + 2]?.kind === "num"))) {
      // "US$5", "HK $3.7 billion", "C $6"
      currency = DOLLAR_PREFIXES[t.lower];
      j = i + 2;
    } else if (t.text === "$" && tokens[i + 1]?.kind === "word" && DOLLAR_PREFIXES[tokens[i + 1].lower] && tokens[i + 1].text === tokens[i + 1].text.toUpperCase() && adjacent(t, tokens[i + 1]) && adjacent(tokens[i + 1], tokens[i + 2]) && tokens[i + 2]?.kind === "num") {
      // "$US113 trillion", "$A50"
      currency = DOLLAR_PREFIXES[tokens[i + 1].lower];
      j = i + 2;
    } else if ((t.text === "PS" || t.text === "Y") && ((t.text === "PS" && adjacent(t, tokens[i + 1]) && tokens[i + 1]?.kind === "num") || (t.text === "Y" && tokens[i + 1]?.text === "=" && adjacent(t, tokens[i + 1]) && adjacent(tokens[i + 1], tokens[i + 2]) && tokens[i + 2]?.kind === "num"))) {
      // ASCII transliterations of £ ("PS6m") and ¥ ("Y=28,030") in text folded to ASCII
      currency = t.text === "PS" ? "GBP" : "JPY";
      j = t.text === "PS" ? i + 1 : i + 2;
    } else if (t.kind === "sym" && CURRENCY_SYMBOLS[t.text]) {
      currency = CURRENCY_SYMBOLS[t.text];
      j = i + 1;
    } else if (t.kind === "word" && ISO_CURRENCIES.has(t.text) && tokens[i + 1]?.kind === "num") {
      currency = t.text === "RMB" ? "CNY" : t.text;
      j = i + 1;
    } else if (t.text === "Rs" && (tokens[i + 1]?.kind === "num" || (tokens[i + 1]?.text === "." && tokens[i + 2]?.kind === "num"))) {
      currency = "INR";
      j = tokens[i + 1].text === "." ? i + 2 : i + 1;
    } else if (t.text === "RM" && tokens[i + 1]?.kind === "num" && adjacent(t, tokens[i + 1])) {
      // Malaysian ringgit written before the digits: "RM23.50"
      currency = "MYR";
      j = i + 1;
    }
    // "$-50.8bn": a sign between the currency and the digits
    let negative = false;
    if (currency && (tokens[j]?.text === "-" || tokens[j]?.text === "−") && adjacent(tokens[j], tokens[j + 1]) && tokens[j + 1].kind === "num") {
      negative = true;
      j++;
    }
    const n = tokens[j];
    if (!n) return null;

    if (n.kind === "num") {
      let first = i;
      if (!currency && j === i) {
        // "-1.3%", "minus 5", "minus-5": a sign not glued to a word or number before it
        const sign = tokens[j - 1];
        const beforeSign = tokens[j - 2];
        if (sign && (sign.text === "-" || sign.text === "−") && adjacent(sign, n) && !(beforeSign && adjacent(beforeSign, sign) && beforeSign.lower !== "minus")) {
          negative = true;
          first = beforeSign?.lower === "minus" ? j - 2 : j - 1;
        } else if (sign?.lower === "minus") {
          negative = true;
          first = j - 1;
        }
      }
      if (isMasked(this.mask, n.start, n.end)) return null;
      if (!currency && isLabelNumber(tokens, j, 0)) return null;
      let after = tokens[j + 1];
      const digits = parseDigits(n.text);
      let value = digits.value;
      let precision = digits.precision;
      let last = j;
      // "1/2 pound", "3/4 mile": a simple fraction before a unit
      const den = tokens[j + 2];
      if (after && adjacent(n, after) && after.text === "/" && den?.kind === "num" && adjacent(after, den) && /^(2|3|4|8|16)$/.test(den.text) && /^\d{1,2}$/.test(n.text) && Number(n.text) < Number(den.text)) {
        const unitWord = tokens[j + 3]?.lower ?? "";
        if (!(MEASURE_UNITS[unitWord] || TIME_UNITS[unitWord] || /^(of|cup|cups|pound|pounds|teaspoon|tablespoon)$/.test(unitWord))) return null;
        value = clean(Number(n.text) / Number(den.text));
        precision = clean(1 / Number(den.text));
        last = j + 2;
        after = tokens[j + 3];
      } else if (after && adjacent(n, after) && (after.text === "/" || after.text === ":") && tokens[j + 2]?.kind === "num") {
        return null; // "24/7", "9/11", "3:1"
      } else if (after?.kind === "num" && /^\d{1,4}$/.test(n.text) && tokens[j + 2]?.text === "/" && adjacent(after, tokens[j + 2]) && adjacent(tokens[j + 2], tokens[j + 3]) && /^(2|3|4|8|16)$/.test(tokens[j + 3]?.text ?? "") && Number(after.text) < Number(tokens[j + 3].text)) {
        // "10 1/2 miles": a mixed number
        value = clean(value + Number(after.text) / Number(tokens[j + 3].text));
        precision = clean(1 / Number(tokens[j + 3].text));
        last = j + 3;
        after = tokens[j + 4];
      }
      let scaled = false;
      let scale = 1;
      let gluedM = false;
      let gluedUnit: Amount["gluedUnit"] = null;
      // scientific notation: "1.99×10−30", "6.02x10^23"
      const exponent = this.powerOfTen(j + 1);
      if (exponent) {
        value = Number((value * 10 ** exponent.power).toPrecision(12));
        precision = Number((precision * 10 ** exponent.power).toPrecision(12));
        last = exponent.last;
        after = tokens[last + 1];
        return { first, last, value: negative ? -value : value, precision, currency, inWords: false, scaled: true, scale: 1, gluedM, gluedUnit };
      }
      if (after && adjacent(n, after) && after.kind === "word") {
        const suffix = after.lower;
        const afterSuffix = tokens[j + 2];
        const moneyAfter = !!afterSuffix && (!!CURRENCY_WORDS[afterSuffix.lower] || ISO_CURRENCIES.has(afterSuffix.text));
        if (after.text === "M" && !moneyAfter) {
          // a capital M is never metres: "4.3M sales"
          scale = 1e6;
          scaled = true;
          last = j + 1;
        } else if ((suffix === "m" || suffix === "km") && !currency && tokens[j + 2]?.text === "2" && adjacent(after, tokens[j + 2]) && !(tokens[j + 3] && adjacent(tokens[j + 2], tokens[j + 3]) && tokens[j + 3].kind !== "sym")) {
          // "32m2", "12km2": a squared unit written with a digit
          gluedUnit = { kind: "area", unit: suffix === "m" ? "m²" : "km²" };
          last = j + 2;
        } else if (suffix === "m" && !currency && !moneyAfter) {
          gluedM = true;
          last = j + 1;
        } else if (suffix === "pc" && !currency) {
          // British newspapers' "5pc"
          gluedUnit = { kind: "percent", unit: "%" };
          last = j + 1;
        } else if (suffix === "sq" && !currency && SQUARE_UNITS[tokens[j + 2]?.lower ?? ""]) {
          // "3,923sq m"
          gluedUnit = { kind: "area", unit: SQUARE_UNITS[tokens[j + 2].lower] };
          last = j + 2;
        } else if (suffix === "p" && !currency && !/^(?:360|480|576|720|1080|1440|2160|4320)$/.test(n.text) && !(tokens[j + 2] && adjacent(after, tokens[j + 2]) && !/^[.,;:)]$/.test(tokens[j + 2].text))) {
          // share prices in pence: "164p", "118.5p" (not video resolutions: "1080p")
          gluedUnit = { kind: "money", unit: "penny" };
          last = j + 1;
        } else if (SCALE_SUFFIXES[suffix] && (currency || suffix !== "b")) {
          scale = SCALE_SUFFIXES[suffix];
          scaled = true;
          last = j + 1;
        } else if (GLUED_UNITS[suffix] && after.text !== "G") { // "5G" is a network generation
          gluedUnit = GLUED_UNITS[suffix];
          last = j + 1;
        } else {
          return null; // ordinals "3rd", decades "1990s", codes "5G", times "9am"
        }
      } else if (after?.text === "B" && last === j && tokens[j + 2]?.kind === "word" && (currency || isPluralNoun(tokens[j + 2].lower))) {
        // "8 B people", "$4 B deal": a spaced capital B is billions
        scale = 1e9;
        scaled = true;
        last = j + 1;
      } else if (after?.lower === "hundred" && last === j && /^\d{1,2}$/.test(n.text)) {
        // "4 hundred", "4 hundred million"
        scale = 100 * (tokens[j + 2]?.kind === "word" && tokens[j + 2].lower.length > 3 ? SCALE_WORDS[tokens[j + 2].lower] ?? 1 : 1);
        scaled = true;
        last = scale > 100 ? j + 2 : j + 1;
      } else if (after?.kind === "word" && SCALE_WORDS[after.lower] && after.lower !== "m" && last === j) {
        scale = SCALE_WORDS[after.lower];
        scaled = true;
        last = j + 1;
      } else if (after?.text === "-" && adjacent(n, after) && adjacent(after, tokens[j + 2]) && tokens[j + 2]?.kind === "word" && SCALE_WORDS[tokens[j + 2].lower] && tokens[j + 2].lower.length > 3) {
        // "$2.6-million"
        scale = SCALE_WORDS[tokens[j + 2].lower];
        scaled = true;
        last = j + 2;
      }
      return { first, last, value: clean((negative ? -value : value) * scale), precision: clean(precision * scale), currency, inWords: false, scaled, scale, gluedM, gluedUnit };
    }

    if (n.kind === "word") {
      // Capitalised number words inside a sentence are names: "One Belt One Road", "Group of Seven".
      if (isCapitalized(n) && j !== this.firstWord) return null;
      // "half a dozen", "half a million"
      if (n.lower === "half" && (tokens[j + 1]?.lower === "a" || tokens[j + 1]?.lower === "an")) {
        const scaleWord = tokens[j + 2]?.lower ?? "";
        const scaleValue = scaleWord === "dozen" ? 12 : scaleWord === "hundred" ? 100 : scaleWord.length > 3 ? SCALE_WORDS[scaleWord] : undefined;
        if (scaleValue) {
          const v = scaleValue / 2;
          return { first: i, last: j + 2, value: v, precision: v, currency, inWords: true, scaled: scaleValue >= 1000, scale: scaleValue >= 1000 ? scaleValue : 1, gluedM: false, gluedUnit: null };
        }
      }
      const words = parseNumberWords(tokens, j);
      if (!words) return null;
      return { first: i, last: words.last, value: words.value, precision: words.precision, currency, inWords: true, scaled: words.scaled, scale: words.scale, gluedM: false, gluedUnit: null };
    }
    return null;
  }

  /** "×10−30", "x10^23", "×10⁻⁸" glued after a number: the power, and the last token. */
  private powerOfTen(k: number): { power: number; last: number } | null {
    const tokens = this.tokens;
    const times = tokens[k];
    if (!times || !(times.text === "×" || times.text === "x" || times.text === "*") || !adjacent(tokens[k - 1], times)) return null;
    const ten = tokens[k + 1];
    if (ten?.text !== "10" || !adjacent(times, ten)) return null;
    let m = k + 2;
    if (tokens[m]?.text === "^" && adjacent(tokens[m - 1], tokens[m])) m++;
    let sign = 1;
    if ((tokens[m]?.text === "-" || tokens[m]?.text === "−") && adjacent(tokens[m - 1], tokens[m])) {
      sign = -1;
      m++;
    }
    const e = tokens[m];
    if (!e || e.kind !== "num" || !/^\d{1,3}$/.test(e.text) || !adjacent(tokens[m - 1], e)) return null;
    return { power: sign * Number(e.text), last: m };
  }

  /** The unit after an amount ending at token `k - 1`. */
  private readUnit(a: Amount): UnitRead {
    const tokens = this.tokens;
    const k = a.last + 1;
    const t = tokens[k];
    const count: UnitRead = { kind: "count", unit: "", last: a.last, next: k };
    if (a.gluedUnit) {
      // "80km/h": the glued unit continues with a slash and a time
      const den = tokens[k + 1]?.lower;
      if (a.gluedUnit.kind === "length" && t?.text === "/" && adjacent(tokens[a.last], t) && adjacent(t, tokens[k + 1]) && (den === "h" || den === "hr" || den === "s")) {
        const speed: Record<string, string> = { mi: "mph", km: "km/h", m: "m/s" };
        const unit = den === "s" ? (a.gluedUnit.unit === "m" ? "m/s" : undefined) : speed[a.gluedUnit.unit];
        if (unit) return { kind: "speed", unit, last: k + 1, next: k + 2 };
      }
      return { ...a.gluedUnit, last: a.last, next: k };
    }
    if (a.currency) return { kind: "money", unit: a.currency, last: a.last, next: k };
    if (a.gluedM) {
      // "2m people", "2.7m combined sales", "35m of its devices" are millions; "80m" alone is metres.
      if (t && t.kind === "word" && (isPluralNoun(t.lower) || CURRENCY_WORDS[t.lower])) return count;
      if (t && t.kind === "word" && !MEASURE_ADJECTIVES.has(t.lower)) {
        const at = t.lower === "of" ? k + 1 : k;
        const np = nounPhraseAt(this.text, tokens, tokens[at]?.lower === "its" || tokens[at]?.lower === "their" || tokens[at]?.lower === "the" ? at + 1 : at, true);
        if (np && np.first <= at + 1 && isPluralNoun(np.head) && (t.lower === "of" || np.last - np.first <= 6)) return count;
      }
      return { kind: "length", unit: "m", last: a.last, next: k };
    }
    if (!t) return count;
    if (t.text === "%") return { kind: "percent", unit: "%", last: k, next: k + 1 };
    // a currency sign after the digits: "1,200€"
    if (t.kind === "sym" && CURRENCY_SYMBOLS[t.text] && adjacent(tokens[a.last], t) && tokens[k + 1]?.kind !== "num") return { kind: "money", unit: CURRENCY_SYMBOLS[t.text], last: k, next: k + 1 };
    // inches and feet written with primes: "25.5″", "6′"
    if ((t.text === "″" || t.text === "′") && adjacent(tokens[a.last], t) && !(tokens[k + 1]?.lower === "s" && adjacent(t, tokens[k + 1]))) return { kind: "length", unit: t.text === "″" ? "in" : "ft", last: k, next: k + 1 };
    if (t.kind !== "word" && t.text !== "-") return count;
    const spaced = this.spacedSymbol(a, k);
    if (spaced) return spaced;
    const w = t.lower;
    if (PERCENT_WORDS.has(w)) {
      if (w === "percentage" && (tokens[k + 1]?.lower === "points" || tokens[k + 1]?.lower === "point")) return { kind: "percent", unit: "pp", last: k + 1, next: k + 2 };
      if (w === "percentage") return count;
      return { kind: "percent", unit: "%", last: k, next: k + 1 };
    }
    if (w === "per" && tokens[k + 1]?.lower === "cent") return { kind: "percent", unit: "%", last: k + 1, next: k + 2 };
    if (ISO_CURRENCIES.has(t.text)) return { kind: "money", unit: t.text === "RMB" ? "CNY" : t.text, last: k, next: k + 1 };
    if (DOLLAR_ADJECTIVES[w] && (tokens[k + 1]?.lower === "dollars" || tokens[k + 1]?.lower === "dollar")) {
      return { kind: "money", unit: DOLLAR_ADJECTIVES[w], last: k + 1, next: k + 2 };
    }
    // "New Zealand dollars", "Hong Kong dollars"
    if (DOLLAR_ADJECTIVES[tokens[k + 1]?.lower ?? ""] && isCapitalized(t) && /^dollars?$/.test(tokens[k + 2]?.lower ?? "")) {
      return { kind: "money", unit: DOLLAR_ADJECTIVES[tokens[k + 1].lower], last: k + 2, next: k + 3 };
    }
    // a nationality before a currency that names it anyway: "7,199 Chinese yuan", "500 Indian rupees"
    if (isCapitalized(t) && /(?:an|ese|ish|i)$/.test(w) && CURRENCY_WORDS[tokens[k + 1]?.lower ?? ""] && !/^(dollars?|pesos?|francs?|crowns?|pounds?|dinars?)$/.test(tokens[k + 1].lower)) {
      return { kind: "money", unit: CURRENCY_WORDS[tokens[k + 1].lower], last: k + 1, next: k + 2 };
    }
    // temperature scales without "degrees": "minus 387 Fahrenheit"
    if (w === "celsius" || w === "centigrade" || w === "fahrenheit") return { kind: "temperature", unit: w === "fahrenheit" ? "°F" : "°C", last: k, next: k + 1 };
    // metric horsepower: "300 PS"
    if (t.text === "PS") return { kind: "measure", unit: "PS", last: k, next: k + 1 };
    // sports averages: "15.3 ppg", "7.4 rpg", "6.9 apg"; baseball's "0.5 WAR"
    if (SPORTS_RATES[w] && (w !== "war" || t.text === "WAR")) return { kind: "count", unit: SPORTS_RATES[w], last: k, next: k + 1 };
    // torque: "450 Nm", "332 lb-ft", "275 pound-feet"
    if (t.text === "Nm") return { kind: "measure", unit: "N·m", last: k, next: k + 1 };
    if ((w === "lb" || w === "pound") && tokens[k + 1]?.text === "-" && /^(ft|feet|foot)$/.test(tokens[k + 2]?.lower ?? "") && adjacent(t, tokens[k + 1])) {
      return { kind: "measure", unit: w === "lb" ? "lb-ft" : "pound-foot", last: k + 2, next: k + 3 };
    }
    // "80 m.p.h."
    if (w === "m" && tokens[k + 1]?.text === "." && tokens[k + 2]?.lower === "p" && tokens[k + 3]?.text === "." && tokens[k + 4]?.lower === "h") {
      return { kind: "speed", unit: "mph", last: tokens[k + 5]?.text === "." ? k + 5 : k + 4, next: k + 6 };
    }
    if (w === "basis" && /^points?$/.test(tokens[k + 1]?.lower ?? "")) return { kind: "count", unit: "basis point", last: k + 1, next: k + 2 };
    if (w === "parts" && tokens[k + 1]?.lower === "per" && /^(million|billion)$/.test(tokens[k + 2]?.lower ?? "")) {
      return { kind: "measure", unit: tokens[k + 2].lower === "million" ? "ppm" : "ppb", last: k + 2, next: k + 3 };
    }
    if (w === "ppm" || w === "ppb") return { kind: "measure", unit: w, last: k, next: k + 1 };
    // "7.5 million Danish crowns"
    if (/^(danish|swedish|norwegian|czech|icelandic)$/.test(w) && /^(crowns?|kroner|kronor|krone|krona|koruna)$/.test(tokens[k + 1]?.lower ?? "")) {
      const code: Record<string, string> = { danish: "DKK", swedish: "SEK", norwegian: "NOK", czech: "CZK", icelandic: "ISK" };
      return { kind: "money", unit: code[w], last: k + 1, next: k + 2 };
    }
    if (w === "pounds" || w === "pound") {
      if (a.scaled || tokens[k + 1]?.lower === "sterling") {
        const last = tokens[k + 1]?.lower === "sterling" ? k + 1 : k;
        return { kind: "money", unit: "GBP", last, next: last + 1 };
      }
      return { kind: "mass", unit: "lb", last: k, next: k + 1 };
    }
    if (CURRENCY_WORDS[w] && w !== "sterling") return { kind: "money", unit: CURRENCY_WORDS[w], last: k, next: k + 1 };
    // a suspended hyphen shares the unit of the last item of the list: "a 7- or 8-inch screen", "four-, five- and six-cylinder engines"
    if (t.text === "-" && adjacent(tokens[a.last], t) && /^(or|and|to|,)$/.test(tokens[k + 1]?.lower ?? "")) {
      for (let m = k + 2; m < Math.min(tokens.length - 2, k + 10); m++) {
        const dash = tokens[m + 1];
        const word = tokens[m + 2];
        if (dash?.text !== "-" || !adjacent(tokens[m], dash) || !adjacent(dash, word) || word.kind !== "word") continue;
        if (tokens[m + 3]?.text === ",") break;
        const u = word.lower;
        if (MEASURE_UNITS[u]) return { ...MEASURE_UNITS[u], last: k, next: k + 1 };
        if (TIME_UNITS[u]) return { kind: "duration", unit: TIME_UNITS[u], last: k, next: k + 1 };
        if (!NOT_COUNTED_COMPOUNDS.has(u) && u.length >= 3 && !isPluralNoun(u) && tokens[m + 3]?.kind === "word") return { kind: "count", unit: lemmatize(u), last: k, next: k + 1, compound: true };
        break;
      }
    }
    // Hyphenated unit: "1,350-kilometer-long", "a 42-year-old", "a three-month delay".
    if (t.text === "-" && adjacent(tokens[a.last], t) && adjacent(t, tokens[k + 1]) && tokens[k + 1].kind === "word") {
      const u = tokens[k + 1].lower;
      if (TIME_UNITS[u]) {
        if (tokens[k + 2]?.text === "-" && tokens[k + 3]?.lower === "old") return { kind: "age", unit: "year", last: k + 3, next: k + 4 };
        return { kind: "duration", unit: TIME_UNITS[u], last: k + 1, next: k + 2 };
      }
      if (MEASURE_UNITS[u]) return { ...MEASURE_UNITS[u], last: k + 1, next: k + 2 };
      // "a five-boat pirate attack": the counted noun glued to the number, another noun after it
      if (!NOT_COUNTED_COMPOUNDS.has(u) && u.length >= 3 && tokens[k + 2]?.kind === "word" && !isStopWord(tokens[k + 2].lower) && !isPluralNoun(u)) {
        return { kind: "count", unit: lemmatize(u), last: k + 1, next: k + 2, compound: true };
      }
      return count; // "1,500-plus", "1,200-strong"
    }
    if ((w === "cubic" || w === "cu") && tokens[k + 1] && CUBIC_UNITS[tokens[k + 1].lower]) {
      return { kind: "volume", unit: CUBIC_UNITS[tokens[k + 1].lower], last: k + 1, next: k + 2 };
    }
    if (w === "square" && tokens[k + 1] && SQUARE_UNITS[tokens[k + 1].lower]) {
      return { kind: "area", unit: SQUARE_UNITS[tokens[k + 1].lower], last: k + 1, next: k + 2 };
    }
    if (w === "sq" && tokens[k + 1] && SQUARE_UNITS[tokens[k + 1].lower]) {
      return { kind: "area", unit: SQUARE_UNITS[tokens[k + 1].lower], last: k + 1, next: k + 2 };
    }
    if (MEASURE_UNITS[w]) {
      // "188 miles an hour", "40 kilometres per hour", "3 metres a second"
      const per = tokens[k + 1]?.lower;
      const time = tokens[k + 2]?.lower;
      if (MEASURE_UNITS[w].kind === "length" && (per === "an" || per === "a" || per === "per") && (time === "hour" || time === "hr" || time === "second")) {
        const speed: Record<string, string> = { mi: "mph", km: "km/h", m: "m/s" };
        const unit = time === "second" ? (MEASURE_UNITS[w].unit === "m" ? "m/s" : undefined) : speed[MEASURE_UNITS[w].unit];
        if (unit) return { kind: "speed", unit, last: k + 2, next: k + 3 };
      }
      // "140 km/h", "80 km/hr", "3 m/s" written with a slash
      const slash = tokens[k + 1];
      const denominator = tokens[k + 2]?.lower;
      if (MEASURE_UNITS[w].kind === "length" && slash?.text === "/" && adjacent(t, slash) && adjacent(slash, tokens[k + 2]) && (denominator === "h" || denominator === "hr" || denominator === "s")) {
        const speed: Record<string, string> = { mi: "mph", km: "km/h", m: "m/s" };
        const unit = denominator === "s" ? (MEASURE_UNITS[w].unit === "m" ? "m/s" : undefined) : speed[MEASURE_UNITS[w].unit];
        if (unit) return { kind: "speed", unit, last: k + 2, next: k + 3 };
      }
      return { ...MEASURE_UNITS[w], last: k, next: k + 1 };
    }
    if (w === "m") return { kind: "length", unit: "m", last: k, next: k + 1 };
    if (TIME_UNITS[w]) {
      if (tokens[k + 1]?.lower === "old") return { kind: "age", unit: "year", last: k + 1, next: k + 2 };
      // "a 60 year-old"
      if (tokens[k + 1]?.text === "-" && tokens[k + 2]?.lower === "old" && adjacent(t, tokens[k + 1])) return { kind: "age", unit: "year", last: k + 2, next: k + 3 };
      return { kind: "duration", unit: TIME_UNITS[w], last: k, next: k + 1 };
    }
    // Index or percentage points stated in digits: "fell by 3.9 points" ("two points" is rhetoric).
    if ((w === "points" || w === "point") && !a.inWords) return { kind: "count", unit: "point", last: k, next: k + 1 };
    if (w === "times") return { kind: "count", unit: "times", last: k, next: k + 1 };
    return count;
  }

  /**
   * A house number in an address: "9 E 71st St", "49 Zorro Ranch Road",
   * "22 Ave Foch", "Unit 3 at 16-18 Industrial Avenue": digits, then up to
   * four capitalised words (or ordinals) among which a street word.
   */
  private isStreetNumber(i: number): boolean {
    const tokens = this.tokens;
    if (tokens[i].kind !== "num" || !/^\d{1,5}$/.test(tokens[i].text)) return false;
    let k = i + 1;
    if ((tokens[k]?.text === "-" || tokens[k]?.text === "–") && tokens[k + 1]?.kind === "num" && adjacent(tokens[k], tokens[k + 1])) k += 2;
    for (let n = 0; n < 4 && k < tokens.length; n++) {
      const t = tokens[k];
      if (t.kind === "num" && /^(st|nd|rd|th)$/.test(tokens[k + 1]?.lower ?? "") && adjacent(t, tokens[k + 1])) {
        k += 2;
        continue;
      }
      if (t.kind !== "word" || !isCapitalized(t)) return false;
      if (STREET_WORDS.has(t.text)) return true;
      k++;
    }
    return false;
  }

  /**
   * Unit symbols written after a space, case-sensitive: "a 5 W charger",
   * "12 C", "98 F", "661 kt" (knots when the sentence is about speed or
   * wind, else kilotons), share prices "down 68 p at 1112 p". A symbol must
   * end its phrase (punctuation, a lower-case word or a preposition after
   * it), and no capitalised name may precede the number ("Grade 12 C",
   * "Section 5 W").
   */
  private spacedSymbol(a: Amount, k: number): UnitRead | null {
    const tokens = this.tokens;
    const t = tokens[k];
    if (!t || t.kind !== "word" || a.inWords || adjacent(tokens[a.last], t)) return null;
    if (!/^(W|kW|MW|C|F|kt|p)$/.test(t.text)) return null;
    const prev = tokens[a.first - 1];
    if (prev && prev.kind === "word" && isCapitalized(prev) && a.first - 1 !== this.firstWord) return null;
    const next = tokens[k + 1];
    if (next && (next.kind === "num" || (next.kind === "word" && isCapitalized(next) && !/^[A-Z]{2,}/.test(next.text)) || next.text === "-" || next.text === "&" || next.text === "/")) return null;
    const done = { last: k, next: k + 1 };
    switch (t.text) {
      case "W": return { kind: "measure", unit: "W", ...done };
      case "kW": return { kind: "measure", unit: "kW", ...done };
      case "MW": return { kind: "measure", unit: "MW", ...done };
      case "C": return { kind: "temperature", unit: "°C", ...done };
      case "F": return { kind: "temperature", unit: "°F", ...done };
      case "kt":
        return /\b(speed|speeds|wind|winds|gusts?|sustained|flying|flew|sail|sailing|sound|cruis\w*|knots?)\b/i.test(this.sentence.text)
          ? { kind: "speed", unit: "kn", ...done }
          : { kind: "mass", unit: "kt", ...done };
      case "p":
        // pence in a market report: "down 68 p at 1112 p"
        if (a.currency || !/\b(shares?|stocks?|pence|fallers|risers|FTSE|price)\b/i.test(this.sentence.text)) return null;
        if (next && !/^(at|to|from|a|per|on|in|and|or|[.,;:)])$/i.test(next.text)) return null;
        return { kind: "money", unit: "penny", ...done };
    }
    return null;
  }

  /**
   * A gun's calibre or gauge, which outlets report and disagree on (".38" or
   * ".357"): ".38 caliber", ".38-caliber", ".357 Magnum", ".22 rifle" →
   * measure 0.38 / 0.357 / 0.22 "caliber" (inches, as written); "38-caliber"
   * without its dot is the same 0.38; "12-gauge", "12-bore" → 12 "gauge". The
   * figure keeps the calibre word as written; the subject is the weapon noun
   * after it, cartridge names ("Magnum", "Special") passed over.
   */
  private tryCalibre(i: number, floor: number): Draft | null {
    const tokens = this.tokens;
    const t = tokens[i];
    if (t.kind !== "num" || isMasked(this.mask, t.start, t.end)) return null;
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
    const np = nounPhraseAt(this.text, tokens, j, false);
    const subject = np ? np.text : null;
    const d: Draft = { first: i, last, kind: "measure", value, low: value, high: value, qualifier: "exact", unit, subject, precision: unit === "gauge" ? 1 : clean(10 ** -(dotted ? t.text.length - 1 : t.text.length)), change: null };
    return this.qualify(d, floor);
  }

  /** "2-2", "2-0 down": a score (two small whole numbers, the first not below the second), either side. */
  private isScore(i: number): boolean {
    const t = this.tokens;
    const small = (k: number) => t[k]?.kind === "num" && /^\d{1,2}$/.test(t[k].text) && Number(t[k].text) <= 30;
    const pair = (k: number) => small(k) && (t[k + 1]?.text === "-" || t[k + 1]?.text === "–") && adjacent(t[k], t[k + 1]) && adjacent(t[k + 1], t[k + 2]) && small(k + 2)
      && Number(t[k].text) >= Number(t[k + 2].text) && t[k + 3]?.text !== "%" && !(t[k + 3] && PERCENT_WORDS.has(t[k + 3].lower));
    return pair(i) || pair(i - 2);
  }

  private tryQuantity(i: number, floor: number): Draft | null {
    const tokens = this.tokens;
    if (this.isScore(i)) return null;
    if (this.isStreetNumber(i)) return null;
    // the end of a season or fiscal year: "2014-15"
    if (tokens[i - 1]?.text === "-" && /^\d{2}$/.test(tokens[i].text) && isYearToken(tokens[i - 2]) && adjacent(tokens[i - 2], tokens[i - 1]) && adjacent(tokens[i - 1], tokens[i])) return null;
    // the denominator of "1/2" or "24/7"
    if (tokens[i - 1]?.text === "/" && adjacent(tokens[i - 1], tokens[i]) && tokens[i - 2]?.kind === "num" && adjacent(tokens[i - 2], tokens[i - 1])) return null;
    // "s&p 500", "ftse 100": a number in an index name
    const before = tokens[i - 1];
    if (tokens[i].kind === "num" && before && (INDEX_NAMES.has(before.lower) || (before.text.length === 1 && before.kind === "word" && (tokens[i - 2]?.text === "&" || tokens[i - 2]?.text === "/") && adjacent(tokens[i - 2], before)))) return null;
    // "AK 47 rifles", "MP 5": a number after a short all-capitals name, before a noun
    if (tokens[i].kind === "num" && before && before.kind === "word" && before.text.length <= 3 && /^[A-Z]+$/.test(before.text) && before.text !== "A" && before.text !== "I" && !ISO_CURRENCIES.has(before.text) && tokens[i + 1]?.kind === "word" && !CURRENCY_WORDS[tokens[i + 1].lower] && !SCALE_WORDS[tokens[i + 1].lower] && !MEASURE_UNITS[tokens[i + 1].lower] && !PERCENT_WORDS.has(tokens[i + 1].lower)) return null;
    const a = this.readAmount(i);
    if (!a) return null;
    let u = this.readUnit(a);
    if (a.gluedM && u.kind === "count") {
      // "2m people": the glued m was millions after all
      a.value = clean(a.value * 1e6);
      a.precision = clean(a.precision * 1e6);
      a.scaled = true;
      a.scale = 1e6;
    }
    let first = a.first;
    let last = u.last;
    let value = a.value;
    let low: number | null = null;
    let high: number | null = null;
    let precision = a.precision;
    let qualifier: Qualifier = "exact";

    // Ranges: "between 10 and 15", "10 to 12 percent", "1.0-1.5", "two or three".
    const range = this.readRange(a, u);
    if (range) {
      u = range.unit;
      last = range.last;
      low = range.low;
      high = range.high;
      value = clean((range.low + range.high) / 2);
      precision = Math.min(precision, range.precision);
      qualifier = "range";
      if (range.first < first) first = range.first;
    }

    // (after an approximation a four-digit number is an amount: "about 1000 come from Asia")
    const isYearLike = !range && isYearToken(tokens[a.first]) && a.first === a.last && !a.currency && u.kind === "count"
      && !(/^(about|around|roughly|approximately|nearly|almost|some|over|than|least|most)$/.test(tokens[a.first - 1]?.lower ?? "")
        && !/^(in|since|by|until|from|of|during|before|after|circa|to)$/.test(tokens[a.first - 2]?.lower ?? "")); // "in about 1850" is a year
    let kind = u.kind;
    let skipTo: number | undefined;
    let unit = u.unit;
    let subject: string | null = null;
    let fixedConcept: string | undefined;

    if (kind === "count") {
      if (u.unit && !u.compound) {
        // a unit word read after the number ("points", "times", "basis points", "ppg") is what is counted
        subject = null;
      } else {
        let at = u.next;
        const prev = tokens[a.first - 1];
        if (a.inWords && value === 1 && !a.scaled && !range) return this.oneOf(a, u, first, floor);
        // "iPhone 11 Pro", "S P 500 stocks", "Boeing 787 Dreamliner": a number inside a product or index name
        if (!range && !a.currency && !a.inWords && prev && isCapitalized(prev) && a.first - 1 !== this.firstWord && MONTHS[prev.lower] === undefined) {
          const nextTok = tokens[a.last + 1];
          if (/[A-Z]/.test(prev.text.slice(1)) && /[a-z]/.test(prev.text) || prev.text.length === 1 || (nextTok && isCapitalized(nextTok))) return null;
        }
        // a camel-case brand before the number: "iPhone 11", "eBay 2"
        if (!range && !a.currency && !a.inWords && prev && /^[a-z]{1,2}[A-Z][a-zA-Z]*$/.test(prev.text) && a.first === u.last) return null;
        if (tokens[at]?.lower === "of" && !a.inWords) at++;
        // (a suspended hyphen, "four-, five- and six-cylinder", ends at the hyphen: its noun is the unit read ahead)
        let np = u.compound ? (tokens[u.last].text === "-" ? { text: u.unit, head: u.unit, first: u.last, last: u.last } : { text: tokens[u.last].text, head: tokens[u.last].lower, first: u.last, last: u.last }) : nounPhraseAt(this.text, tokens, at, true);
        if (!np && !isYearLike && !a.inWords && !range && at === u.next) np = this.unhyphenatedCompound(a, at);
        if (np) {
          subject = np.text;
          unit = lemmatize(np.head);
          for (let k = np.first; k <= np.last; k++) if (tokens[k].kind === "num") skipTo = np.last;
        }
        if (isYearLike && !np) return null; // "in 2001", "2021 (AP photo)"
        // "in 2001 troops ...", "the 1988 floods": a year, not a count
        if (isYearLike && prev && (/^(in|since|by|until|from|of|during|before|after|early|late|mid|the|a|an|its|their|this|that|[a-z]+['’]s)$/.test(prev.lower) || (isCapitalized(prev) && a.first - 1 !== this.firstWord))) return null;
        // "a 200 person crowd", "a 200-person crowd": people, in a crowd
        if (np && unit === "people" && np.first === np.last && CROWD_NOUNS.has(tokens[np.last + 1]?.lower ?? "")) {
          subject = tokens[np.last + 1].lower;
          fixedConcept = subject;
        }
        const crowd = !np ? this.crowdBefore(a.first) : null;
        if (crowd) {
          unit = "people";
          subject = crowd;
          fixedConcept = crowd;
        } else if (!np) {
          const smallCount = a.inWords && value <= 10 && !range ? this.smallCount(a, u) : null;
          if (smallCount) {
            unit = smallCount.unit;
            subject = smallCount.subject;
          } else if (a.inWords && value <= 10 && !range) return null; // "the two", "one must"
          // "Apollo 11", "Boeing 737", "Section 230": a name followed by a number, with nothing counted
          if (!range && !a.currency && prev && isCapitalized(prev) && a.first - 1 !== this.firstWord && MONTHS[prev.lower] === undefined) return null;
          const parallel = this.parallelFigure(a);
          const earlier = [...this.drafts].reverse().find((d) => d.kind === "count" && d.unit && d.unit !== "times");
          if (parallel) {
            // "the highest forecast is 84.75 cents, while the lowest is 74.07"
            kind = parallel.kind;
            unit = parallel.unit;
          } else if (earlier) {
            unit = earlier.unit; // "188 counties ... and another 135"
            subject = earlier.subject;
          }
        }
        if (value <= 12 && !range && DISCOURSE_NOUNS.has(unit)) return null; // "three reasons"
      }
    } else {
      if (a.inWords && value === 1 && !a.scaled && kind !== "duration" && kind !== "percent" && kind !== "money") return null;
      subject = this.subjectAfter(u.next, kind);
    }

    if (!range) {
      low = value;
      high = value;
    }
    return this.qualify({ first, last, kind, value, low, high, qualifier, unit, subject, precision, change: null, skipTo, concept: fixedConcept }, floor, !!range);
  }

  /**
   * "estimated the crowd at (about) 70", "a crowd of 200", "turnout at 5,000":
   * a bare number measuring a crowd counts people. The crowd noun, or null.
   */
  private crowdBefore(first: number): string | null {
    const tokens = this.tokens;
    let b = first - 1;
    while (b >= first - 3 && /^(about|around|roughly|some|nearly|almost|approximately|than|more|fewer|least|over|under|just|an|estimated)$/.test(tokens[b]?.lower ?? "")) b--;
    const joiner = tokens[b]?.lower;
    if (joiner !== "at" && joiner !== "of") return null;
    const noun = tokens[b - 1];
    if (!noun || !CROWD_NOUNS.has(noun.lower)) return null;
    return noun.lower === "crowds" ? "crowd" : noun.lower;
  }

  /**
   * A bare number stated in parallel with an earlier measured figure of the
   * same sentence takes its unit: "the highest is 84.75 cents, while the
   * lowest is 74.07", "the DAX rose by 2 percent and the CAC by 1". Only
   * after a word that links the two (a copula, "to", "by", "and", "than",
   * "versus", "with") and when the two are of the same order of magnitude.
   */
  private parallelFigure(a: Amount): Draft | null {
    const cue = this.tokens[a.first - 1]?.lower ?? "";
    if (!/^(is|was|are|were|be|to|by|and|or|than|versus|vs|with|at|from)$/.test(cue) || a.value === 0) return null;
    for (let n = this.drafts.length - 1; n >= 0; n--) {
      const d = this.drafts[n];
      if (d.kind === "date" || d.kind === "time" || d.kind === "rank" || d.kind === "age" || d.kind === "count") continue;
      if (d.value === 0 || !d.unit) continue;
      const written = this.text.slice(this.tokens[d.first].start, this.tokens[d.last].end);
      if (d.kind === "percent" && !/\d/.test(written)) continue; // "a third" is no measured figure
      if (d.change && (cue === "to" || cue === "at")) return null; // "rose 8% to 3.65": a level, not a change
      const ratio = Math.abs(a.value / d.value);
      if (ratio >= 0.2 && ratio <= 5) return d;
    }
    return null;
  }

  /**
   * "a 12 page document", "a 3 cylinder engine": a compound modifier written
   * without its hyphen (number, singular noun, then the noun it modifies)
   * counts that singular noun. Only after a determiner or a measure, so that
   * "Section 230 liability" or "in 2019 revenue" are not read.
   */
  private unhyphenatedCompound(a: Amount, at: number): { text: string; head: string; first: number; last: number } | null {
    const tokens = this.tokens;
    const noun = tokens[at];
    const then = tokens[at + 1];
    const prev = tokens[a.first - 1];
    if (!noun || !then || noun.kind !== "word" || then.kind !== "word" || isCapitalized(noun) || isCapitalized(then)) return null;
    if (isStopWord(noun.lower) || isStopWord(then.lower) || isPluralNoun(noun.lower) || noun.lower.length < 3 || /(?:ly|ed|ing)$/.test(noun.lower) || /(?:ly|ed)$/.test(then.lower)) return null;
    if (NOT_COUNTED_COMPOUNDS.has(noun.lower) || DISCOURSE_NOUNS.has(noun.lower) || TIME_UNITS[noun.lower] || MEASURE_UNITS[noun.lower]) return null;
    const determiner = prev && /^(a|an|the|its|their|his|her|our|this|that)$/.test(prev.lower);
    const afterMeasure = prev && prev.kind === "word" && tokens[a.first - 2]?.kind === "num" && adjacent(tokens[a.first - 2], prev);
    if (!determiner && !afterMeasure) return null;
    return { text: noun.text, head: noun.lower, first: at, last: at };
  }

  /**
   * "one" as a count: "one [noun]" counts one of that noun ("One person
   * was arrested", "one solution"). Not "one of the [plural]" (a pick from a
   * group), not a pronoun
   * ("the one", "no one", "one another", "one could"), not a compound ("one-time").
   */
  /**
   * A small number in words with its noun elsewhere: "two of them managed to
   * escape" (the noun is the last count's, if any), "three of the guards",
   * "There were four in the climbing party". Not "the two", "all three".
   */
  private smallCount(a: Amount, u: UnitRead): { unit: string; subject: string | null } | null {
    const tokens = this.tokens;
    const prev = tokens[a.first - 1]?.lower ?? "";
    if (/^(the|all|both|these|those|their|his|her|its|our|my|your|every|each|last|first|other|another|only)$/.test(prev)) return null;
    const next = tokens[u.next];
    if (next?.lower === "of") {
      const pronoun = tokens[u.next + 1]?.lower ?? "";
      if (pronoun === "them" || pronoun === "us" || pronoun === "those") {
        const earlier = [...this.drafts].reverse().find((d) => d.kind === "count" && d.unit);
        return { unit: earlier?.unit ?? "", subject: earlier?.subject ?? null };
      }
      const group = this.groupAfterOf(u.next);
      return group ? { unit: lemmatize(group.head), subject: group.text } : null;
    }
    // "There were four in the party", "there are three on board"
    const p1 = tokens[a.first - 1]?.lower ?? "";
    const p2 = tokens[a.first - 2]?.lower ?? "";
    if (/^(were|are|was)$/.test(p1) && p2 === "there" && (next === undefined || /^(in|on|of|aboard|inside|among|at)$/.test(next.lower) || next.text === "." || next.text === ",")) {
      return { unit: "", subject: null };
    }
    return null;
  }

  /** "of the suspects", "of his brothers": the group a small number is picked from (plural, no superlative). */
  private groupAfterOf(ofIndex: number): { text: string; head: string } | null {
    const tokens = this.tokens;
    let j = ofIndex + 1;
    if (!/^(the|his|her|its|their|our|those|these|my|your)$/.test(tokens[j]?.lower ?? "") && !/['’]s$/.test(tokens[j]?.lower ?? "")) return null;
    if (/['’]s$/.test(tokens[j].lower) || /^(the|his|her|its|their|our|those|these|my|your)$/.test(tokens[j].lower)) j++;
    for (let k = j; k < Math.min(tokens.length, j + 4); k++) if (isSuperlative(tokens[k].lower)) return null;
    const np = nounPhraseAt(this.text, tokens, j, true);
    if (!np || DISCOURSE_NOUNS.has(lemmatize(np.head))) return null;
    return { text: np.text, head: np.head };
  }

  private oneOf(a: Amount, u: UnitRead, first: number, floor: number): Draft | null {
    const tokens = this.tokens;
    const prev = tokens[a.first - 1]?.lower ?? "";
    if (/^(the|no|any|every|each|this|that|which|last|only|another|anyone|someone|everyone)$/.test(prev)) return null;
    const next = tokens[u.next];
    if (!next || next.kind !== "word" || (tokens[a.last + 1]?.text === "-")) return null;
    let np: ReturnType<typeof nounPhraseAt>;
    // "One of the suspects fled" states that one suspect fled: a count of 1 suspect.
    // Not a pick from a ranking ("one of the largest banks") nor a description
    // after a copula or a comma ("is one of the suspects", ", one of the owners").
    if (next.lower === "of") {
      const group = this.groupAfterOf(u.next);
      if (!group) return null;
      const before = tokens[a.first - 1];
      if (before && (before.text === "," || /^(is|was|are|were|be|been|being|remains|remained|become|became|as|among|like|named|called)$/.test(before.lower))) return null;
      return this.qualify({ first, last: a.last, kind: "count", value: 1, low: 1, high: 1, qualifier: "exact", unit: lemmatize(group.head), subject: group.text, precision: 1, change: null }, floor);
    } else {
      if (isStopWord(next.lower) || next.lower.endsWith("ly")) return null;
      np = nounPhraseAt(this.text, tokens, u.next, false);
      if (!np || isPluralNoun(np.head)) return null;
    }
    // "One lorry overturned": the phrase ends before a past-tense verb
    const words = np.text.split(/\s+/);
    while (words.length > 1 && /ed$/i.test(words[words.length - 1])) words.pop();
    const unit = lemmatize(words[words.length - 1]);
    if (DISCOURSE_NOUNS.has(unit) || TIME_UNITS[unit]) return null;
    return this.qualify({ first, last: a.last, kind: "count", value: 1, low: 1, high: 1, qualifier: "exact", unit, subject: words.join(" "), precision: 1, change: null }, floor);
  }

  private readRange(a: Amount, u: UnitRead): { first: number; last: number; low: number; high: number; precision: number; unit: UnitRead } | null {
    const tokens = this.tokens;
    const k = u.last + 1;
    const c = tokens[k];
    if (!c) return null;
    if (tokens[u.last].text === "-") return null; // "a 7- or 8-inch screen": alternatives, not a range
    const before = tokens[a.first - 1]?.lower;
    let first = a.first;
    if (c.lower === "and") {
      if (before !== "between") return null;
      first = a.first - 1;
    } else if (c.lower === "to") {
      // "rose by 14 to 212": a change and a level, not a range
      if (before === "by" || UP_WORDS.has(before ?? "") || DOWN_WORDS.has(before ?? "")) return null;
      if (before === "from") {
        const verb = tokens[a.first - 2]?.lower ?? "";
        if (UP_WORDS.has(verb) || DOWN_WORDS.has(verb)) return null; // "rose from 5% to 7%": two levels
        first = a.first - 1;
      }
    } else if (c.lower === "or") {
      if (!(a.value <= 100 && Number.isInteger(a.value))) return null;
    } else if (!(c.text === "-" || c.text === "–")) {
      return null;
    }
    const b = this.readAmount(k + 1);
    if (!b) return null;
    // "rose 60% in 2018 to 3.9 million": a year, then a level
    if (isYearToken(tokens[a.first]) && a.first === a.last && !a.currency && /^(in|since|by|during|until|of|before|after)$/.test(before ?? "") && !isYearToken(tokens[b.first])) return null;
    const bu = this.readUnit(b);
    let unit = u;
    if (u.kind === "count" && u.last === a.last && bu.kind !== "count") unit = bu;
    else if (bu.kind === "count" && bu.last === b.last && u.kind !== "count") unit = u;
    else if (u.kind !== bu.kind || u.unit !== bu.unit) return null;
    let lowValue = a.value;
    let precision = Math.min(a.precision, b.precision);
    if (!a.scaled && b.scale > 1 && a.value * b.scale < b.value) {
      lowValue = clean(a.value * b.scale);
      precision = clean(a.precision * b.scale);
    }
    if (!(lowValue < b.value)) return null;
    // "2010-2015" is a span of years, unless a plural noun says what is counted ("about 2000 - 2500 calories")
    if (isYearToken(tokens[a.first]) && isYearToken(tokens[b.first]) && unit.kind === "count") {
      const next = tokens[Math.max(bu.last, b.last) + 1];
      const counted = next && next.kind === "word" && isPluralNoun(next.lower) && !/^(from|in|since|between|during|by|until|of)$/.test(before ?? "");
      if (!counted) return null;
    }
    const last = Math.max(bu.last, b.last);
    return { first, last, low: lowValue, high: b.value, precision, unit: { ...unit, last, next: bu.next } };
  }

  /** Add the qualifier before/after, then the change direction; recompute the interval. */
  private qualify(d: Draft, floor: number, isRange = false): Draft {
    const tokens = this.tokens;
    if (!isRange) {
      const before = qualifierBefore(tokens, d.first, floor);
      if (before) {
        d.qualifier = before.qualifier;
        d.first = before.index;
      } else {
        const after = qualifierAfter(tokens, d.last + 1);
        if (after) {
          d.qualifier = after.qualifier;
          d.last = after.index;
        } else {
          // a conversion in brackets keeps the wording of the figure it restates: "more than 100 km (60 miles)"
          const joiner = tokens[d.first - 1]?.text;
          if (joiner === "(" || joiner === "/") {
            const earlier = this.drafts.find((e) => e.last === d.first - 2 || (joiner === "/" && e.last === d.first - 2));
            if (earlier && earlier.qualifier !== "exact" && earlier.qualifier !== "range" && (joiner === "(" || tokens.slice(0, d.first).some((t, k) => t.text === "(" && k < earlier.first))) d.qualifier = earlier.qualifier;
          }
        }
      }
      if (d.kind !== "date") {
        const interval = intervalFor(d.qualifier, d.value, d.kind);
        d.low = interval.low;
        d.high = interval.high;
      }
    }
    d.change = this.changeAround(d);
    return d;
  }

  private changeAround(d: Draft): "up" | "down" | null {
    const tokens = this.tokens;
    let b = d.first - 1;
    const viaBy = tokens[b]?.lower === "by";
    if (viaBy) b--;
    const verb = tokens[b]?.lower ?? "";
    if ((verb === "up" || verb === "down") && PARTICLE_VERBS.has(tokens[b - 1]?.lower ?? "")) return null;
    // "raised $5m" is money collected; "raised prices by 5%" is a change
    if (verb === "raised" && !viaBy && d.kind === "money") return null;
    if (UP_WORDS.has(verb)) return "up";
    if (DOWN_WORDS.has(verb)) return "down";
    if (viaBy) {
      // "grow sales by 35%", "cut its forecast by 2%": the verb before its object
      for (let k = b; k >= Math.max(0, b - 5); k--) {
        const w = tokens[k];
        if (w.kind !== "word" || this.drafts.some((e) => e.last === k)) break;
        if (BY_OBJECT_VERBS.has(w.lower)) return w.lower === "revised" || w.lower === "revise" ? (UP_WORDS.has(tokens[k + 1]?.lower ?? "") ? "up" : DOWN_WORDS.has(tokens[k + 1]?.lower ?? "") ? "down" : null) : BY_OBJECT_UP.has(w.lower) ? "up" : "down";
        if (UP_WORDS.has(w.lower) || DOWN_WORDS.has(w.lower)) break;
      }
      // "X were down 2.3%, Y by 2.6%": an elided verb takes the last figure's direction
      if (tokens[b]?.kind === "word" && tokens[b - 1]?.text === ",") {
        const earlier = [...this.drafts].reverse().find((e) => e.last < b);
        if (earlier?.change && earlier.kind === d.kind) return earlier.change;
      }
    }
    if (/^(lost|loses|losing|shed|sheds|shedding)$/.test(verb) && (d.kind !== "count" || d.unit === "point")) return "down";
    // a restatement of the figure before it shares its direction: "lost 190 points, or 0.6%", "rose 5% (€2m)"
    const joiner = tokens[d.first - 1];
    if (joiner && (joiner.lower === "or" || joiner.text === "(")) {
      let k = d.first - 2;
      if (tokens[k]?.text === ",") k--;
      // "grew by 125,600 jobs or 2.2%": the earlier figure's counted noun may stand between
      const earlier = this.drafts.find((e) => e.last === k || (e.last < k && e.last >= k - 3 && tokens.slice(e.last + 1, k + 1).every((t) => t.kind === "word" && !isStopWord(t.lower))));
      if (earlier?.change) return earlier.change;
    }
    if (tokens[d.first - 1]?.lower === "of") {
      const noun = tokens[d.first - 2]?.lower ?? "";
      if (UP_NOUNS.has(noun)) return "up";
      // "a loss of $5m" is an amount lost, not a fall; "a loss of 5%" is a fall
      if (DOWN_NOUNS.has(noun) && (noun !== "loss" || d.kind === "percent")) return "down";
    }
    // "a 4% drop", "a 7.5% pay rise" (one modifier word allowed)
    for (const k of [d.last + 1, d.last + 2]) {
      const after = tokens[k]?.lower ?? "";
      if (UP_NOUNS.has(after)) return "up";
      if (DOWN_NOUNS.has(after)) return "down";
      if (tokens[k]?.kind !== "word" || isStopWord(after)) break;
    }
    return null;
  }

  /** What a percent, length, money or age figure measures, read after it. */
  private subjectAfter(k: number, kind: ClaimKind): string | null {
    const tokens = this.tokens;
    let j = k;
    if (kind === "length" || kind === "area") {
      if (tokens[j]?.text === "-" && MEASURE_ADJECTIVES.has(tokens[j + 1]?.lower ?? "")) j += 2;
      else if (MEASURE_ADJECTIVES.has(tokens[j]?.lower ?? "")) j++;
    }
    // "8 miles (13 km) of new track": past a conversion in brackets
    if (tokens[j]?.text === "(") {
      let close = j + 1;
      while (close < tokens.length && close - j < 8 && tokens[close].text !== ")" && tokens[close].text !== "(") close++;
      if (tokens[close]?.text === ")" && tokens[close + 1]?.lower === "of" && tokens.slice(j + 1, close).some((t) => t.kind === "num")) j = close + 1;
    }
    // "800,000 barrels a day", "$5 a share": a rate after the unit is no subject ("barrels a day of crude": past it)
    if (/^(a|an|per|each)$/.test(tokens[j]?.lower ?? "") && RATE_WORDS.has(lemmatize(tokens[j + 1]?.lower ?? ""))) {
      if (tokens[j + 2]?.lower !== "of") return null;
      j += 2;
    }
    const word = tokens[j];
    if (!word) return null;
    if (SUBJECT_PREPOSITIONS.has(word.lower)) {
      // "5% of X", "20 km of road", but money is "for/on/in X" too ("$5m for new depots").
      if (word.lower !== "of" && kind !== "money") return null;
      if (kind === "age" || kind === "duration" || kind === "date" || kind === "temperature") return null;
      j++;
    } else if (kind === "money" || kind === "percent" || kind === "duration") {
      // Only "5% of X", "$5m for X": a bare word after money is usually a verb ("dollars flow").
      return null;
    }
    // Skip determiners, embedded figures and units: "of the 1,344 km long Afghan-Tajik border".
    while (j < tokens.length) {
      const t = tokens[j];
      const lower = t.lower;
      if (lower === "the" || lower === "a" || lower === "an" || lower === "its" || lower === "their" || t.kind === "num" || MEASURE_ADJECTIVES.has(lower) || MEASURE_UNITS[lower] || (t.text === "-" && tokens[j + 1] && MEASURE_ADJECTIVES.has(tokens[j + 1].lower))) j++;
      else break;
    }
    const np = nounPhraseAt(this.text, tokens, j, false);
    return np ? np.text : null;
  }
}

/** Denominators of a rate written "a day", "per share", "each year". */
const RATE_WORDS = new Set(["second", "minute", "hour", "day", "night", "week", "month", "year", "annum", "decade", "share", "head", "capita", "person", "game", "season"]);

/** A claim whose date (if any) still needs its year. */
interface ExtractedClaimDraft extends ExtractedClaim {
  date?: DateMatch;
}

/** Most frequent year among fully written dates (ties: the latest). */
function inferYear(drafts: ExtractedClaimDraft[]): number | null {
  return mostFrequentYear(drafts.flatMap((draft) => (draft.date?.year ? [draft.date.year] : [])));
}

export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  const drafts: ExtractedClaimDraft[] = [];
  for (const sentence of splitSentences(text)) {
    if (!CANDIDATE.test(sentence.text)) continue;
    const tokens = tokenize(text, sentence.start, sentence.end);
    drafts.push(...new SentenceScanner(text, sentence, tokens).scan());
  }
  const fallbackYear = options.referenceYear ?? inferYear(drafts);
  const referenceDay = options.referenceDate && /^\d{4}-\d{2}-\d{2}/.test(options.referenceDate) ? daysFromISO(options.referenceDate.slice(0, 10)) : null;
  const claims: ExtractedClaim[] = [];
  for (const d of drafts) {
    const { date, ...claim } = d;
    if (date?.relative) {
      // "on Thursday", "yesterday": only with the document's own date to count back from
      const day = referenceDay === null ? null : resolveRelativeDay(date, referenceDay);
      if (day === null) continue;
      claim.low = day;
      claim.high = day;
      claim.value = day;
      claim.precision = 1;
    } else if (date) {
      const year = date.year ?? fallbackYear;
      if (year === null) continue; // a date without any year to anchor it cannot be compared
      const interval = dateInterval(date, year);
      if (!interval) continue;
      claim.low = interval.low;
      claim.high = interval.high;
      claim.value = Math.floor((interval.low + interval.high) / 2);
      claim.precision = interval.high - interval.low + 1;
    }
    claims.push(claim);
  }
  claims.sort((x, y) => x.start - y.start);
  return claims;
}
