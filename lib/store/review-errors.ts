// Why a review or correction was refused. Kept free of Prisma so client code can import the types.

/** The state a refused save ran into, so the analyst sees what is there now. */
export interface CurrentClaimState {
  id: number;
  version: number;
  status: string;
  reason: string | null;
  note: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  notAClaim: boolean;
  groupId: number | null;
}

export interface CurrentGroupState {
  id: number;
  version: number;
  label: string;
  resolution: string | null;
}

export type ReviewErrorCode = "conflict" | "not-found" | "invalid";

export class ReviewError extends Error {
  constructor(
    readonly code: ReviewErrorCode,
    message: string,
    readonly current?: CurrentClaimState | CurrentGroupState,
  ) {
    super(message);
    this.name = "ReviewError";
  }
}

/** What every review server action answers: plain data, safe to send to the browser. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; code: ReviewErrorCode | "failed"; current?: CurrentClaimState | CurrentGroupState };
