/** A decoded quantity value: a number, or a closed range. */
export type QuantityValue = number | readonly [number, number];

// Python's float() accepts these (after strip); we mirror that so the paper's
// scorer sees the same numbers.
const PY_FLOAT = /^[+-]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?$|^[+-]?(?:inf|infinity|nan)$/i;

/** Python-like float(): undefined where Python would raise. */
export function parsePythonFloat(text: string): number | undefined {
  const trimmed = text.trim();
  if (!PY_FLOAT.test(trimmed)) return undefined;
  const lower = trimmed.toLowerCase().replace(/_/g, "");
  if (lower.endsWith("inf") || lower.endsWith("infinity")) return lower.startsWith("-") ? -Infinity : Infinity;
  if (lower.endsWith("nan")) return NaN;
  return Number(lower);
}

/**
 * Decodes a value string the way the paper's `decode_dictionary` does: a "-"
 * inside the string is a range unless the string has an "E" (scientific
 * notation) or starts with "-" (a negative number).
 */
export function decodeValueString(text: string): QuantityValue | undefined {
  if (!text.includes("E") && !text.startsWith("-") && text.includes("-")) {
    const parts = text.split("-");
    // Python takes [0] and [1] and ignores the rest.
    const low = parsePythonFloat(parts[0]);
    const high = parsePythonFloat(parts[1]);
    return low === undefined || high === undefined ? undefined : [low, high];
  }
  return parsePythonFloat(text);
}

export function decodeValue(value: number | readonly [number, number] | string): QuantityValue | undefined {
  if (typeof value === "string") return decodeValueString(value);
  if (typeof value === "number") return value;
  return [value[0], value[1]];
}

/** numpy.isclose(a, b, rtol=1e-5, atol=1e-8). */
export function isClose(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
}

/** A range matches only a range (both ends close); a number only a number. */
export function valuesMatch(gold: QuantityValue, predicted: QuantityValue): boolean {
  const goldIsRange = typeof gold !== "number";
  const predictedIsRange = typeof predicted !== "number";
  if (goldIsRange !== predictedIsRange) return false;
  if (typeof gold === "number" || typeof predicted === "number") return isClose(gold as number, predicted as number);
  return isClose(gold[0], predicted[0]) && isClose(gold[1], predicted[1]);
}
