/**
 * The word lists of extraction and comparison, in one place. Closed classes
 * of general English (weekdays, months, superlatives, rate words, verbs of
 * change) and the few domain lists a figure's reading depends on (calibres,
 * street types, index names), each with what it is for.
 */

/** Weekdays in the order of \`Date.getUTCDay()\` (Sunday is 0). */
export const WEEKDAYS: readonly string[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const WEEKDAY_ABBREVIATIONS: readonly string[] = ["sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat"];
export const MONTH_NAMES: readonly string[] = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** Abbreviated months, in calendar order except the two spellings of September. */
export const MONTH_ABBREVIATIONS: readonly string[] = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

/** Month names and abbreviations to the month's index (January is 0). */
export const MONTH_INDEX: Readonly<Record<string, number>> = Object.fromEntries([
  ...MONTH_NAMES.map((name, index) => [name, index] as const),
  ...MONTH_ABBREVIATIONS.map((abbreviation) => [abbreviation, MONTH_NAMES.findIndex((name) => name.startsWith(abbreviation.slice(0, 3)))] as const),
]);

/** Month names, their abbreviations and weekdays: words that belong to a date. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAYS]);


export const UP_WORDS = new Set([
  "rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases", "increasing", "grew", "grow",
  "grows", "grown", "growing", "gained", "gains", "climbed", "climbs", "jumped", "jumps", "surged", "surges",
  "soared", "soars", "up", "added", "swelled", "expanded", "boosted", "raised", "advanced", "advances", "rallied",
  "rebounded", "jumping", "climbing", "surging", "soaring", "advancing", "gaining", "rallying", "upward", "upwards",
]);

export const DOWN_WORDS = new Set([
  "fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "declined", "decline", "declines",
  "decreased", "decrease", "decreases", "slid", "slides", "slipped", "slips", "plunged", "plunges", "tumbled",
  "tumbles", "down", "shrank", "shrunk", "shrinks", "cut", "cuts", "slumped", "sank", "lowered", "reduced",
  "plummeted", "plummeting", "plummets", "tumbling", "sliding", "slipping", "dropping", "declining", "eased", "dipped",
  "downward", "downwards", "easing", "sinking", "slumping",
]);

/** Verbs that take "up"/"down" as a particle, not as a direction: "gave up 517 yards", "set up". */
export const PARTICLE_VERBS = new Set(["gave", "give", "gives", "giving", "given", "set", "sets", "make", "made", "take", "took", "pick", "picked", "sum", "summed", "back", "backed", "shut", "wind", "wound", "put", "turned", "turn", "broke", "break", "signed", "sign", "stepped", "step"]);

/** Nouns naming a change: "a rise of 5%", "a 5% drop". */
export const UP_NOUNS = new Set(["rise", "increase", "growth", "gain", "jump", "surge", "hike", "climb", "boost"]);

export const DOWN_NOUNS = new Set(["drop", "fall", "decline", "decrease", "cut", "loss", "reduction", "slump", "dip", "plunge"]);

/** Verbs whose object may stand between them and "by": "grow sales by 35%", "cut its forecast by 2%". */
export const BY_OBJECT_VERBS = new Set(["grow", "grew", "increase", "increased", "raise", "raised", "boost", "boosted", "lift", "lifted", "cut", "cuts", "reduce", "reduced", "lower", "lowered", "trim", "trimmed", "slash", "slashed", "expand", "expanded", "shrink", "shrank", "revised", "revise"]);

export const BY_OBJECT_UP = new Set(["grow", "grew", "increase", "increased", "raise", "raised", "boost", "boosted", "lift", "lifted", "expand", "expanded"]);

export const MEASURE_ADJECTIVES = new Set(["long", "wide", "high", "tall", "deep", "thick", "broad"]);

export const SUBJECT_PREPOSITIONS = new Set(["of", "for", "in", "on"]);

/** Nouns whose zero counts people: "no injuries were reported". */
export const ZERO_CASUALTY_NOUNS = new Set(["injuries", "casualties", "deaths", "fatalities", "injury", "casualty", "death", "fatality"]);

/** Between a zero count's noun and its verb: "no injuries were immediately reported". */
export const ZERO_AUXILIARIES = new Set(["was", "were", "is", "are", "has", "have", "had", "been", "being", "be", "will", "immediately", "yet", "seriously", "reportedly", "initially", "also", "ever", "critically", "badly", "fatally"]);

/** Events a zero count says did not happen to its noun. */
export const ZERO_HARM_VERBS = new Set(["hurt", "injured", "killed", "harmed", "wounded", "arrested", "detained", "hospitalized", "hospitalised", "charged", "died", "damaged", "destroyed", "evacuated"]);

/** Reporting verbs: enough for casualty nouns and arrests ("no arrests were made"). */
export const ZERO_REPORT_VERBS = new Set(["reported", "recorded", "confirmed", "made", "reports"]);

/** What a calibre names after its leading-dot number: ".38 caliber", ".357 Magnum", ".22 rifle". */
export const CALIBRE_WORDS = new Set(["caliber", "calibre", "cal", "magnum", "special", "acp", "auto", "winchester", "remington", "rifle", "rifles", "pistol", "pistols", "revolver", "revolvers", "handgun", "handguns", "gun", "guns", "round", "rounds", "bullet", "bullets", "cartridge", "cartridges", "ammunition", "ammo", "shell", "shells"]);

/** The calibre word itself, part of the figure as written (".38 caliber", ".45-cal"). */
export const CALIBRE_UNIT_WORDS = new Set(["caliber", "calibre", "cal"]);

/** Cartridge names after a calibre, not the weapon: ".357 Magnum revolver" → "revolver". */
export const CARTRIDGE_NAMES = new Set(["magnum", "special", "acp", "auto", "winchester", "remington", "long", "short", "lr", "wmr", "s&w", "smith"]);

/** Street types in an address, as capitalised ("St", "Road", "Ave"). */
export const STREET_WORDS = new Set(["St", "Street", "Rd", "Road", "Ave", "Avenue", "Way", "Drive", "Dr", "Lane", "Ln", "Boulevard", "Blvd", "Place", "Pl", "Court", "Ct", "Terrace", "Highway", "Hwy", "Parkway", "Pkwy", "Crescent", "Close"]);

/** Nouns for a gathered crowd: "estimated the crowd at 70", "a crowd of 200". */
export const CROWD_NOUNS = new Set(["crowd", "crowds", "turnout", "attendance", "gathering", "throng"]);

/** Hyphen compounds after a number that do not count that noun: "1,500-plus", "two-way", "three-point". */
export const NOT_COUNTED_COMPOUNDS = new Set(["plus", "strong", "odd", "fold", "way", "point", "pointer", "time", "times", "sided", "star", "party", "state", "off", "up", "run", "on", "all", "nil", "love", "member's"]);

/** Per-game averages in sports writing, and baseball's wins above replacement (upper case only). */
export const SPORTS_RATES: Record<string, string> = { ppg: "point per game", rpg: "rebound per game", apg: "assist per game", spg: "steal per game", bpg: "block per game", war: "win above replacement" };

/** Index names written in lower case ("the s&p 500", "ftse 100"): their number is part of the name. */
export const INDEX_NAMES = new Set(["sp", "ftse", "dax", "cac", "nikkei", "russell", "stoxx", "asx", "tsx", "nasdaq", "kospi", "sensex", "nifty", "ibex", "mib", "seng", "dow", "topix", "msci", "aex", "smi"]);

/** Superlative adjectives: "largest", "deadliest", "best", "worst" (not "interest", "protest", "honest"). */
export function isSuperlativeAdjective(lower: string): boolean {
  return lower === "best" || lower === "worst" || (/est$/.test(lower) && lower.length > 4 && !/(?:interest|forest|contest|protest|arrest|request|conquest|harvest|suggest|quest|guest|chest|test|west|nest|rest|vest|pest|crest|honest|modest)$/.test(lower));
}

/** Superlatives of time: "the latest figures" orders statements in time, it picks no member of a set. */
export const RECENCY_SUPERLATIVES = new Set(["latest", "earliest", "newest", "soonest"]);

/** A superlative adjective or "most"/"least": "one of the most violent days" picks from a ranking, it states no count. */
export function isSuperlative(lower: string): boolean {
  return lower === "most" || lower === "least" || isSuperlativeAdjective(lower);
}

/** Denominators of a rate written "a day", "per share", "each year". */
export const RATE_DENOMINATORS = new Set(["second", "minute", "hour", "day", "night", "week", "month", "year", "annum", "decade", "share", "head", "capita", "person", "game", "season"]);

/** Words that make a figure a rate: "$5 each", "3 per game", "twice daily". */
export const RATE_MARKERS = new Set(["each", "every", "per", "apiece", "annually", "daily", "weekly", "monthly", "yearly", "hourly"]);

/**
 * Time-zone abbreviations as news pages print them after a time ("03.31 BST", "9:28 AM EDT"),
 * matched in capitals only ("ET" and "PT" are also words in other cases).
 */
export const TIME_ZONES = new Set([
  "GMT", "UTC", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT",
  "PST", "PDT", "AKST", "AKDT", "HST", "AST", "ADT", "NST", "NDT", "ET", "CT", "MT", "PT", "AEST", "AEDT", "ACST", "ACDT",
  "AWST", "NZST", "NZDT", "JST", "KST", "HKT", "SGT", "PHT", "WIB", "SAST", "CAT", "EAT", "WAT", "PKT", "GST",
]);

/** Words of a dateline or timestamp line besides its date, time and names: "Published:", "Last updated at", "local time". */
export const DATELINE_WORDS = new Set([
  "published", "updated", "last", "posted", "edited", "modified", "created", "first", "time", "date", "at", "on", "by",
  "and", "the", "of", "local", "am", "pm", "a", "m", "p", "hrs", "uhr",
]);

/** Words that make a line a page timestamp even when it runs into the report ("Updated 14:02 GMT – Police said ..."). */
export const TIMESTAMP_HEADERS = new Set(["published", "updated", "posted", "edited", "modified"]);

/** Forms of "be", "have", "do" and the modals: a phrase holding one is a clause, never a noun phrase. */
export const AUXILIARY_VERBS = new Set([
  "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
  "will", "would", "shall", "should", "can", "could", "may", "might", "must", "isn't", "aren't", "wasn't", "weren't",
  "hasn't", "haven't", "hadn't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't",
]);

/** Forms of "be": before a reporting verb they make it passive ("is said", "were estimated"), whose subject is no source. */
export const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being", "am"]);

/** Determiners and possessives: a lower-case word right before one takes an object, a verb ("drove a car"). */
export const DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "every", "each"]);

/** Singular nouns whose plural is not formed with -s ("man" → "men"): counts shown in the plural need them. */
export const IRREGULAR_PLURAL_OF: Readonly<Record<string, string>> = {
  man: "men", woman: "women", child: "children", foot: "feet", tooth: "teeth", mouse: "mice", goose: "geese",
  person: "people", ox: "oxen", louse: "lice", die: "dice", crisis: "crises", thesis: "theses", analysis: "analyses",
};

/** Nouns in -man that are not compounds of "man" and take -s ("humans", "Germans"). */
export const NOT_MAN_COMPOUND = /(?:^hu|^ger|^ro|^sha|^talis|^cai|^otto|^cay|^dober|^walk)man$/;

/** Prepositions and conjunctions: words that end a noun phrase ("killing three in the office", "the other two and"). */
export const PHRASE_END_WORDS: ReadonlySet<string> = new Set([
  "and", "or", "but", "nor", "so", "yet", "while", "when", "after", "before", "since", "until", "because", "as", "if", "though", "although",
  "in", "on", "at", "by", "for", "from", "to", "into", "onto", "with", "without", "near", "inside", "outside", "over", "under", "during",
  "through", "across", "behind", "beside", "between", "among", "against", "toward", "towards", "within", "upon", "about", "around", "off",
]);

/** Forms of "die": "died at 77" states an age at death. */
export const DEATH_VERBS: ReadonlySet<string> = new Set(["die", "died", "dies", "dying"]);

/** Generational suffixes that end a person's name ("Jr.", "Sr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr"]);
