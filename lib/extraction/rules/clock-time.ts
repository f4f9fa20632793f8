import { clockQualifier, parseClockAt } from "../clock";
import type { Draft, Scan } from "../scan-state";
import { DATELINE, DATELINE_VARIANT, type ClaimRule } from "./rule";

function tryClock(s: Scan, i: number, floor: number): Draft | null {
  const m = parseClockAt(s.tokens, i);
  if (!m) return null;
  const q = clockQualifier(s.tokens, m.first, floor);
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

export const clockTimeRule: ClaimRule = {
  id: "clock-time",
  variants: { [`clock-time.${DATELINE}`]: DATELINE_VARIANT },
  description: "A time of day (\"at around 4.30am\"), with the interval its wording allows.",
  read: (s, i, floor) => tryClock(s, i, floor),
};
