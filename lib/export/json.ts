import type { ClaimRow, GroupRow } from "../store/types";
import { exportValue, statedValue } from "./dates";
import type { ExportClaim, ExportGroup, ExportJson } from "./schema";
import type { ExportMeta } from "./types";

function exportClaim(claim: ClaimRow): ExportClaim {
  const { document } = claim;
  return {
    id: claim.id,
    kind: claim.kind,
    figure: claim.figure,
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    value: statedValue(claim),
    low: exportValue(claim.kind, claim.low),
    high: exportValue(claim.kind, claim.high),
    qualifier: claim.qualifier,
    unit: claim.unit,
    subject: claim.subject,
    attribution: claim.attribution,
    status: claim.status,
    reason: claim.reason ?? null,
    note: claim.note,
    reviewedBy: claim.reviewedBy ?? null,
    reviewedAt: claim.reviewedAt ?? null,
    document: {
      id: document.id,
      file: document.file,
      title: document.title,
      outlet: document.outlet,
      url: document.url,
      publishedAt: document.publishedAt,
    },
  };
}

function exportGroup(group: GroupRow): ExportGroup {
  return {
    id: group.id,
    label: group.label,
    kind: group.kind,
    unit: group.unit,
    verdict: group.verdict,
    spreadLow: exportValue(group.kind, group.spreadLow),
    spreadHigh: exportValue(group.kind, group.spreadHigh),
    resolution: group.resolution,
    claims: group.claims.map(exportClaim),
  };
}

/** The groups as a JSON document (see ./schema for its exact shape). */
export function toExportJson(groups: GroupRow[], meta: ExportMeta = {}): ExportJson {
  return {
    generatedAt: meta.generatedAt ?? new Date().toISOString(),
    ...(meta.filters === undefined ? {} : { filters: meta.filters }),
    groups: groups.map(exportGroup),
  };
}
