// SQLite lets one writer at a time; another process's import can hold the lock
// for a moment. A write that meets it waits and tries again instead of failing.

const BUSY_PATTERNS = [/database is locked/i, /SQLITE_BUSY/i, /timed out/i, /Unable to start a transaction in the given time/i, /Transaction already closed/i, /SocketTimeout/];

/** Prisma codes for "could not get the database in time": P1008 operation timeout, P2028 transaction API error, P2034 write conflict. */
const BUSY_CODES = new Set(["P1008", "P2028", "P2034"]);

export function isBusyError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === "string" && (BUSY_CODES.has(code) || code.startsWith("SQLITE_BUSY"))) return true;
  return typeof message === "string" && BUSY_PATTERNS.some((pattern) => pattern.test(message));
}

export class DatabaseBusyError extends Error {
  constructor(readonly attempts: number) {
    super("The database stayed busy (another import or re-grouping is writing); nothing was changed. Try again in a moment.");
    this.name = "DatabaseBusyError";
  }
}

export interface RetryOptions {
  attempts?: number;
  firstDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Runs `write` (one transaction: it either happened or did not) and repeats it
 * with growing pauses while the database is busy; other errors pass through.
 */
export async function withBusyRetry<T>(write: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 6;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let delay = options.firstDelayMs ?? 200;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isBusyError(error)) throw error;
      if (attempt >= attempts) throw new DatabaseBusyError(attempt);
      await sleep(delay);
      delay *= 2;
    }
  }
}
