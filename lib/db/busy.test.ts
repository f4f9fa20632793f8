import { describe, expect, it } from "vitest";
import { DatabaseBusyError, isBusyError, withBusyRetry } from "./busy";

const noPause = { sleep: async () => {} };

describe("withBusyRetry", () => {
  it("repeats a write that met a locked database until it goes through", async () => {
    let calls = 0;
    const result = await withBusyRetry(async () => {
      calls++;
      if (calls < 3) throw Object.assign(new Error("SqliteError: database is locked"), { code: "SQLITE_BUSY" });
      return "saved";
    }, noPause);
    expect(result).toBe("saved");
    expect(calls).toBe(3);
  });

  it("gives up after its attempts with a message for people, not the driver's", async () => {
    let calls = 0;
    const failing = withBusyRetry(async () => {
      calls++;
      throw Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" });
    }, { ...noPause, attempts: 4 });
    await expect(failing).rejects.toBeInstanceOf(DatabaseBusyError);
    await expect(failing).rejects.toThrow(/busy/);
    expect(calls).toBe(4);
  });

  it("lets every other error through at once", async () => {
    let calls = 0;
    await expect(withBusyRetry(async () => {
      calls++;
      throw new Error("Unique constraint failed");
    }, noPause)).rejects.toThrow("Unique constraint failed");
    expect(calls).toBe(1);
  });

  it("tells busy errors from others by code or message", () => {
    expect(isBusyError({ code: "SQLITE_BUSY_SNAPSHOT" })).toBe(true);
    expect(isBusyError(new Error("Operation has timed out"))).toBe(true);
    expect(isBusyError(new Error("no such table: Claim"))).toBe(false);
    expect(isBusyError("database is locked")).toBe(false);
  });
});
