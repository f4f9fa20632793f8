// Small builders for hand-made references and extracted claims in tests.
import type { EvalClaim, EvalDocument, EvalGroup, ReferenceClaim, ReferenceGroup } from "./types";
import type { Verdict } from "../../comparison/types";

export function goldClaim(overrides: Partial<ReferenceClaim> & Pick<ReferenceClaim, "id" | "quote">): ReferenceClaim {
  return {
    source: "dev",
    cluster: "c1",
    file: "a.txt",
    figure: null,
    value: null,
    groupKey: null,
    attributedTo: null,
    ...overrides,
  };
}

export function goldGroup(key: string, verdict: ReferenceGroup["verdict"], cluster = "c1", source = "dev"): ReferenceGroup {
  return { key, source, cluster, quantity: key, verdict };
}

/** An extracted claim for `figure`, placed where the figure first occurs in `text`. */
export function claimAt(id: number, documentId: number, text: string, figure: string, value: number | null, unit = "people"): EvalClaim {
  const start = text.indexOf(figure);
  if (start < 0) throw new Error(`"${figure}" is not in the text`);
  return { id, documentId, start, end: start + figure.length, figure, kind: "count", value, low: value, high: value, unit };
}

export function group(id: number, verdict: Verdict, claims: EvalClaim[], label = `group ${id}`): EvalGroup {
  return { id, label, verdict, claims };
}

export function doc(documentId: number, text: string, file = "a.txt", cluster = "c1", source = "dev"): EvalDocument {
  return { source, cluster, file, documentId, text, problem: null };
}
