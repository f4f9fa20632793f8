// Storing a computed grouping: group rows by stable key, claims moved in bulk.
import { chunks, MAX_BOUND_VALUES, rowsPerStatement } from "../db/chunks";
import type { Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { ClaimGroupResult } from "../comparison/types";
import { judgeCounted, toComparable, type StoredClaim } from "./comparable";

interface ClaimPlacement {
  id: number;
  groupId: number;
  originClaimId: number;
  convertedValue: number | null;
  conversionRate: number | null;
}

/** Group rows created or updated by key, then every claim whose placement changed moved in bulk. */
export async function writeGroups(tx: Tx, results: ClaimGroupResult[], byId: Map<number, StoredClaim>): Promise<void> {
  const fieldsOf = (result: ClaimGroupResult) => {
    const members = result.claimIds.map((id) => byId.get(id)!);
    const judged = members.some((claim) => claim.status === "rejected") ? judgeCounted(members.map((claim) => toComparable(claim)), members, result.unit) : result;
    return {
      label: result.label,
      kind: result.kind,
      unit: result.unit,
      verdict: judged.verdict,
      spreadLow: judged.spreadLow,
      spreadHigh: judged.spreadHigh,
      independentSources: result.independentSources,
    };
  };
  const keys = results.map((result) => result.key);
  const existing = new Map<string, { id: number } & Record<string, unknown>>();
  for (const chunk of chunks(keys, MAX_BOUND_VALUES)) {
    const rows = await tx.group.findMany({
      where: { key: { in: chunk } },
      select: { id: true, key: true, label: true, kind: true, unit: true, verdict: true, spreadLow: true, spreadHigh: true, independentSources: true },
    });
    for (const { key, ...row } of rows) existing.set(key, row);
  }
  const created: ({ key: string } & ReturnType<typeof fieldsOf>)[] = [];
  for (const result of results) {
    const fields = fieldsOf(result);
    const row = existing.get(result.key);
    if (!row) created.push({ key: result.key, ...fields });
    else if (changed(row, fields)) await tx.group.update({ where: { id: row.id }, data: fields });
  }
  for (const chunk of chunks(created, rowsPerStatement(9))) await tx.group.createMany({ data: chunk });
  const idOfKey = new Map([...existing].map(([key, row]) => [key, row.id]));
  for (const chunk of chunks(created.map((row) => row.key), MAX_BOUND_VALUES)) {
    for (const row of await tx.group.findMany({ where: { key: { in: chunk } }, select: { id: true, key: true } })) idOfKey.set(row.key, row.id);
  }

  const placements: ClaimPlacement[] = [];
  for (const result of results) {
    const conversions = new Map((result.conversions ?? []).map(({ claimId, rate }) => [claimId, rate]));
    result.claimIds.forEach((id, i) => {
      const stored = byId.get(id)!;
      const rate = conversions.get(id);
      const placement: ClaimPlacement = {
        id,
        groupId: idOfKey.get(result.key)!,
        // Copies (wire copy, same-document restatements) point at their origin; originals at themselves.
        originClaimId: result.originClaimIds[i],
        convertedValue: rate !== undefined && stored.value !== null ? stored.value * rate : null,
        conversionRate: rate !== undefined && stored.value !== null ? rate : null,
      };
      if (changed(stored, placement)) placements.push(placement);
    });
  }
  for (const chunk of chunks(placements, rowsPerStatement(5))) await placeClaims(tx, chunk);
}

/** True when a stored row differs from what it should now hold in any of `wanted`'s fields. */
function changed(stored: object, wanted: object): boolean {
  return Object.entries(wanted).some(([field, value]) => (stored as Record<string, unknown>)[field] !== value);
}

/**
 * One statement for many claims. The guard leaves alone any claim an analyst
 * pinned or took out while the grouping was being computed.
 */
async function placeClaims(tx: Tx, rows: ClaimPlacement[]): Promise<void> {
  const values = Prisma.join(rows.map((row) => Prisma.sql`(${row.id}, ${row.groupId}, ${row.originClaimId}, ${row.convertedValue}, ${row.conversionRate})`));
  await tx.$executeRaw`
    UPDATE "Claim" SET "groupId" = v.column2, "originClaimId" = v.column3, "convertedValue" = v.column4, "conversionRate" = v.column5
    FROM (VALUES ${values}) AS v
    WHERE "Claim"."id" = v.column1 AND "Claim"."pinnedGroup" = false AND "Claim"."notAClaim" = false`;
}
