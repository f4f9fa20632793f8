import { readFileSync } from "node:fs";

/** One entry of CQE's unit vocabulary (`resources/cqe_unit.json`), keyed by normalized name. */
export interface CqeUnitEntry {
  surfaces: string[];
  symbols: string[];
  /** The dimension: "currency", "length", "mass", ... ("" for some). */
  entity: string;
  URI?: string;
  currency_code?: string;
}

export type CqeUnits = Record<string, CqeUnitEntry>;

export function loadCqeUnits(path: string): CqeUnits {
  return JSON.parse(readFileSync(path, "utf8")) as CqeUnits;
}

/** Lower-cased surface or symbol → normalized name; the first entry listing a surface wins. */
export function buildSurfaceIndex(units: CqeUnits): Map<string, string> {
  const index = new Map<string, string>();
  for (const name of Object.keys(units)) index.set(name.toLowerCase(), name);
  for (const [name, entry] of Object.entries(units)) {
    for (const surface of [...entry.surfaces, ...entry.symbols]) {
      const key = surface.toLowerCase();
      if (!index.has(key)) index.set(key, name);
    }
  }
  return index;
}

/**
 * The family of a normalized unit for error breakdowns: CQE's entity for
 * vocabulary units, "fraction" for "% noun", "none" for "-", else "noun".
 */
export function unitFamilyOf(normalizedUnit: string, units: CqeUnits): string {
  if (normalizedUnit === "-") return "none";
  if (normalizedUnit.startsWith("% ")) return "fraction";
  const entry = units[normalizedUnit] ?? units[normalizedUnit.toLowerCase()];
  if (!entry) return "noun";
  return entry.entity || "other";
}
