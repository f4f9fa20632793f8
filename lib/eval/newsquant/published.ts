import { readFileSync } from "node:fs";
import type { MetricName } from "./types";

export interface PublishedRow {
  /** As in the authors' file: "CQE-Numparser", "GPT3", "quantulum3", ... */
  system: string;
  metrics: Partial<Record<MetricName, { precision: number; recall: number; f1: number }>>;
}

// The authors' file spells "complete" as "compelete".
const TYPE_NAMES: Record<string, MetricName> = {
  value: "value",
  "value+unit": "value+unit",
  "value+change": "value+change",
  "value+concept_partial": "value+concept_partial",
  "value+concept_compelete": "value+concept_complete",
  "value+concept_complete": "value+concept_complete",
};

/** Reads `published_results/*.tsv` (tab-separated, pandas index first; columns P, R, F1, model, type). */
export function loadPublishedResults(path: string): PublishedRow[] {
  const lines = readFileSync(path, "utf8").split(/\r?\n/).filter((line) => line.trim() !== "");
  const header = lines[0].split("\t");
  const column = (name: string) => header.indexOf(name);
  const rows = new Map<string, PublishedRow>();
  for (const line of lines.slice(1)) {
    const cells = line.split("\t");
    const system = cells[column("model")];
    const metric = TYPE_NAMES[cells[column("type")]];
    if (!metric) continue;
    const row = rows.get(system) ?? { system, metrics: {} };
    row.metrics[metric] = {
      precision: Number(cells[column("P")]),
      recall: Number(cells[column("R")]),
      f1: Number(cells[column("F1")]),
    };
    rows.set(system, row);
  }
  return [...rows.values()];
}
