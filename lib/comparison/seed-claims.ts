// Hand-built claims for the five seed articles (samples/), as a plausible
// extractor would emit them: the gold claims plus figures the gold does not
// list that an extractor is likely to find too (distractors).
import type { ComparableClaim } from "./types";
import { claim, day, resetIds, type ClaimSpec } from "./test-fixtures";

const F0 = "000_5bb1e4d382db4b1a.txt";
const F1 = "001_5025d92cc29e94da.txt";
const F2 = "002_03711a2154ad3567.txt";
const F3 = "003_755ec97cd9528371.txt";
const F4 = "004_84cb13d0e573ba17.txt";

export type Named = ClaimSpec & { name: string };

export const SEED_SPECS: Named[] = [
  // Afghan soldiers who fled into Tajikistan
  { name: "fled-1500", file: F0, figure: "at least 1,500", quote: "at least 1,500 Afghan government soldiers", value: 1500, low: 1500, high: null, qualifier: "at_least", subject: "Afghan government soldiers and civilians", precision: 100 },
  { name: "fled-1000-002", file: F2, figure: "exceeds one thousand", quote: "the number of DRA soldiers to have crossed the border exceeds one thousand people", value: 1000, low: 1000, high: null, qualifier: "more_than", subject: "the number of DRA soldiers", precision: 1000 },
  { name: "fled-1000-003", file: F3, figure: "more than a thousand", value: 1000, low: 1000, high: null, qualifier: "more_than", subject: "Afghan border guards and soldiers", precision: 1000 },
  // Share of the border held by the Taliban
  { name: "share-2/3", file: F0, figure: "two-thirds", kind: "percent", unit: "%", value: 66.67, qualifier: "exact", subject: "the border area", attribution: "the Kremlin", precision: 0 },
  { name: "share-70", file: F3, figure: "over 70%", kind: "percent", unit: "%", value: 70, low: 70, high: 100, qualifier: "more_than", subject: "the 1,344 km long Afghan-Tajik border", precision: 10 },
  // Border length
  { name: "border-1350", file: F0, figure: "1,350-kilometer", kind: "length", unit: "km", value: 1350, subject: "border with Afghanistan", precision: 10 },
  { name: "border-1344", file: F3, figure: "1,344 km", kind: "length", unit: "km", value: 1344, subject: "Afghan-Tajik border", precision: 1 },
  // US withdrawal deadline
  { name: "deadline-sep11-001", file: F1, figure: "September 11", quote: "withdraw all its troops back home by September 11", kind: "date", unit: "date", value: day("2021-09-11"), subject: null, attribution: "the Taliban" },
  { name: "deadline-aug31-001", file: F1, figure: "August 31, 2021", kind: "date", unit: "date", value: day("2021-08-31"), subject: null, attribution: null },
  { name: "deadline-sep11-002", file: F2, figure: "September 11", quote: "would leave the Democratic Republic of Afghanistan by September 11", kind: "date", unit: "date", value: day("2021-09-11"), attribution: "US President Joe Biden" },
  { name: "deadline-end-aug-002", file: F2, figure: "end of August", kind: "date", unit: "date", value: day("2021-08-28"), low: day("2021-08-25"), high: day("2021-08-31"), qualifier: "range", precision: 7 },
  // Afghans the US asked Central Asia to host
  { name: "hosted-9k", file: F2, figure: "about 9 thousand", value: 9000, low: 8100, high: 9900, qualifier: "about", subject: "Afghans", attribution: "Bloomberg and Reuters", precision: 1000 },
  { name: "hosted-18k", file: F2, figure: "some 18 thousand", value: 18000, low: 16200, high: 19800, qualifier: "about", subject: "Afghans", attribution: "CNN", precision: 1000 },
  // Gold singletons
  { name: "troops-20000", file: F0, figure: "20,000", quote: "an additional 20,000 troops", value: 20000, unit: "troops", subject: "troops", attribution: "the Tajik government", precision: 1000 },
  { name: "forces-7500", file: F0, figure: "more than 7,500", value: 7500, low: 7500, high: null, qualifier: "more_than", subject: "armed forces", attribution: "the Kremlin", precision: 100 },
  { name: "money-50bn", file: F0, figure: "more than fifty billion dollars", kind: "money", unit: "USD", value: 50e9, low: 50e9, high: null, qualifier: "more_than", subject: null, precision: 10e9 },
  { name: "largest-300", file: F2, figure: "over 300", value: 300, low: 300, high: null, qualifier: "more_than", subject: "Afghan soldiers", precision: 100 },
  { name: "counties-188", file: F2, figure: "188", value: 188, unit: "counties", subject: "counties" },
  { name: "money-240m", file: F2, figure: "up to $240 million", kind: "money", unit: "USD", value: 240e6, low: null, high: 240e6, qualifier: "up_to", subject: "new military facilities", precision: 10e6 },
  { name: "families-50k", file: F2, figure: "almost 50 thousand", value: 50000, low: 45000, high: 50000, qualifier: "almost", subject: "people", attribution: "CNN", precision: 10000 },
  { name: "regions-13", file: F3, figure: "13", quote: "lost control of 13 regions", value: 13, unit: "regions", subject: "regions" },
  { name: "capitals-8", file: F4, figure: "at least eight", value: 8, low: 8, high: null, qualifier: "at_least", unit: "regional capitals", subject: "regional capitals" },
  { name: "distance-20km", file: F4, figure: "about 20 kilometers", kind: "length", unit: "km", value: 20, low: 18, high: 22, qualifier: "about", subject: "Harb-Maidon firing range", precision: 10 },
  // Distractors an extractor will likely also find
  { name: "counties-135", file: F2, figure: "135", value: 135, unit: "counties", subject: "counties" },
  { name: "counties-70", file: F2, figure: "70", quote: "the Kabul government is 70", value: 70, unit: "counties", subject: "counties", precision: 10 },
  { name: "countries-20", file: F2, figure: "20", quote: "in 20 countries", value: 20, unit: "countries", subject: "countries", precision: 10 },
  { name: "officials-thousands", file: F1, figure: "thousands", value: 2000, low: 2000, high: null, qualifier: "at_least", subject: "senior officials and troops", precision: 1000 },
  { name: "date-jul7", file: F2, figure: "July 7", kind: "date", unit: "date", value: day("2021-07-07") },
  { name: "date-jul1", file: F2, figure: "July 1", kind: "date", unit: "date", value: day("2021-07-01") },
  { name: "date-jul3", file: F2, figure: "July 3", kind: "date", unit: "date", value: day("2021-07-03") },
  { name: "date-jul8", file: F3, figure: "July 8", kind: "date", unit: "date", value: day("2021-07-08") },
  { name: "date-aug10", file: F4, figure: "Aug. 10, 2021", kind: "date", unit: "date", value: day("2021-08-10") },
];

export function seedClaims(): { claims: ComparableClaim[]; byName: Map<string, ComparableClaim> } {
  resetIds();
  const byName = new Map<string, ComparableClaim>();
  const claims = SEED_SPECS.map(({ name, ...spec }) => {
    const built = claim(spec);
    byName.set(name, built);
    return built;
  });
  return { claims, byName };
}
