import { isIngestError } from "./errors";
import { prepareDocument } from "./prepare";
import type { IngestError, PreparedDocument } from "./types";

export const utf8 = (text: string) => new TextEncoder().encode(text);

export function prepared(name: string, content: string | Uint8Array, url?: string): PreparedDocument {
  const result = prepareDocument({ name, bytes: typeof content === "string" ? utf8(content) : content, url });
  if (isIngestError(result)) throw new Error(`expected a document, got ${result.code}: ${result.error}`);
  return result;
}

export function refused(name: string, content: string | Uint8Array): IngestError {
  const result = prepareDocument({ name, bytes: typeof content === "string" ? utf8(content) : content });
  if (!isIngestError(result)) throw new Error(`expected an error, got a document titled "${result.title}"`);
  return result;
}

/** Deterministic pseudo-random bytes (xorshift), so failures reproduce. */
export function pseudoRandomBytes(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}
