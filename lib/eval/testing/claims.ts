import type { ExtractedClaim } from "../../extraction/types";

/** A claim with neutral defaults, for unit tests: override what the test is about. */
export function makeClaim(overrides: Partial<ExtractedClaim> & Pick<ExtractedClaim, "value">): ExtractedClaim {
  return {
    start: 0,
    end: 0,
    figure: String(overrides.value),
    sentence: "",
    sentenceStart: 0,
    kind: "count",
    low: overrides.value,
    high: overrides.value,
    qualifier: "exact",
    unit: "",
    subject: null,
    attribution: null,
    precision: 1,
    change: null,
    ...overrides,
  };
}
