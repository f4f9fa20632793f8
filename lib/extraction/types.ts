/** What a figure measures. Dates and durations are kept apart from plain counts. */
export type ClaimKind =
  | "count"
  | "percent"
  | "length"
  | "area"
  | "mass"
  | "volume"
  | "speed"
  | "temperature"
  | "money"
  | "date"
  | "duration"
  | "age"
  /** Any other physical measure (power, energy, frequency, data size, pressure, torque): `unit` names it ("kW", "GB"). */
  | "measure"
  /**
   * A clock time ("at around 4.30am"): value in minutes after midnight (0–1439),
   * low/high from the wording ("around" ±15 min, "just before" [v−15, v],
   * "after" open above); unit "time"; precision is the stated step in minutes
   * (3pm → 60, 4.30am → 30). No date or time zone is attached.
   */
  | "time"
  /**
   * The ordinal of an event or item ("the fifth successful anti-piracy
   * operation" → 5): unit is the noun it ranks ("operation"). Not "first",
   * list markers, superlatives ("second-largest") or periods ("21st century").
   */
  | "rank";

/** The wording around a figure that turns it into an interval. */
export type Qualifier =
  | "exact"
  | "about"
  | "at_least"
  | "more_than"
  | "at_most"
  | "less_than"
  | "up_to"
  | "almost"
  | "range";

/**
 * One factual figure found in a text.
 *
 * Offsets are UTF-16 code-unit offsets into the text given to `extractClaims`
 * (what JavaScript's `String.prototype.slice` uses), so `text.slice(start, end)`
 * is exactly `figure`.
 *
 * Numeric fields use the unit in `unit`. Percentages and fractions are in
 * percent (two-thirds → 66.67). Dates are days since 1970-01-01 (UTC), so that
 * intervals compare like any other number; `dateISO` below converts.
 */
export interface ExtractedClaim {
  start: number;
  end: number;
  /** The figure as written, including its qualifier: "at least 1,500". */
  figure: string;
  /** The sentence that holds the figure, and where it starts in the text. */
  sentence: string;
  sentenceStart: number;
  kind: ClaimKind;
  /** The stated value (for a range, its midpoint). */
  value: number;
  /** The interval the wording allows; null is open-ended. */
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Normalised unit: "people" or another counted noun, "%", "km", "USD", "date", ... */
  unit: string;
  /** What the figure counts or measures, as a short noun phrase from the text. */
  subject: string | null;
  /**
   * What the figure is about, read from its clause: the noun phrase it is
   * "of" ("a fine of $2m" → "fine") or the nearest noun phrase governing it
   * ("core inflation rose 0.3%" → "core inflation"). Unlike `subject`, for
   * counts this is not the counted noun ("Ford has 13,000 workers" → "Ford").
   * Null when the clause names nothing (a pronoun subject). Optional: claims
   * stored before it existed lack it.
   */
  concept?: string | null;
  /**
   * Every concept the sentence states for the figure, `concept` first, when
   * there is more than one: the clause subject of a figure read as an object
   * ("The firm announced a $5m fund" → ["fund", "firm"]), a name heading the
   * sentence ("Acme — Shares of the retailer rose 2%"). Absent otherwise.
   */
  concepts?: string[];
  /** The id of the claim rule that read the figure (lib/extraction/rules), for "why was this extracted". */
  rule?: string;
  /** Who the text cites for the figure ("Bloomberg and Reuters", "police"). */
  attribution: string | null;
  /** The step the figure was stated with (1,350 → 10; 1,344 → 1; "two-thirds" → exact). */
  precision: number;
  /** A change rather than a level ("rose 5%"): its direction. */
  change: "up" | "down" | null;
}

export interface ExtractOptions {
  /** Year used for dates written without one ("by September 11"). */
  referenceYear?: number;
  /**
   * The document's publication date (ISO "YYYY-MM-DD"; a longer ISO timestamp
   * is cut to its date). Days named relative to it become date claims:
   * "on Thursday" is the latest Thursday on or before it, "last Friday" the
   * latest Friday before it, "yesterday" the day before, "today" the day itself.
   * Without it they count back from the latest date the text writes in full
   * (day, month and year), and are skipped when it writes none.
   */
  referenceDate?: string;
}
