// Bytes → string. Decisions:
// - A byte-order mark wins: UTF-8, UTF-16 LE or UTF-16 BE.
// - HTML may declare its charset in a <meta> tag; a declared legacy charset is honoured.
// - Otherwise strict UTF-8; bytes that are not valid UTF-8 are read as
//   windows-1252 (the usual legacy charset of Western web pages, a superset of
//   Latin-1), which maps every byte, so "café" saved by an old editor still imports.
//   Other legacy charsets (windows-1251, GB2312, ...) need a declaration or UTF-8.
import { containsNul, controlShare, looksLikeBomlessUtf16 } from "./sniff";
import { decodeWindows1252 } from "./windows-1252";

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; code: "binary" | "undecodable"; reason: string };

const MAX_CONTROL_SHARE = 0.01;
const MAX_REPLACEMENT_SHARE = 0.01;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The charset an HTML file declares in its first 2 KB, if the runtime knows it. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!match) return null;
  try {
    return new TextDecoder(match[1].toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function checked(text: string, encoding: string): DecodeResult {
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    return { ok: false, code: "binary", reason: "it contains many control characters, so it is not a text file" };
  }
  const replacements = text.match(/\uFFFD/g)?.length ?? 0;
  if (text.length > 0 && replacements / text.length > MAX_REPLACEMENT_SHARE) {
    return { ok: false, code: "undecodable", reason: "much of it is not valid text in any encoding Collate knows" };
  }
  return { ok: true, text, encoding };
}

export function decodeBytes(bytes: Uint8Array, options: { html: boolean }): DecodeResult {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    return checked(strictDecode("utf-8", body) ?? decodeWindows1252(body), "utf-8");
  }
  for (const [bom, encoding] of [
    [[0xff, 0xfe], "utf-16le"],
    [[0xfe, 0xff], "utf-16be"],
  ] as const) {
    if (!startsWith(bytes, [...bom])) continue;
    const text = strictDecode(encoding, bytes.subarray(2));
    if (text === null) {
      return { ok: false, code: "undecodable", reason: `it starts like ${encoding.toUpperCase()} text but the rest is not valid ${encoding.toUpperCase()}` };
    }
    return checked(text, encoding);
  }
  if (containsNul(bytes)) {
    return looksLikeBomlessUtf16(bytes)
      ? { ok: false, code: "undecodable", reason: "it looks like UTF-16 text without a byte-order mark; save it as UTF-8" }
      : { ok: false, code: "binary", reason: "it contains binary data (NUL bytes), so it is not a text file" };
  }
  const declared = options.html ? declaredHtmlCharset(bytes) : null;
  if (declared === "windows-1252") return checked(decodeWindows1252(bytes), declared);
  if (declared && declared !== "utf-8") return checked(new TextDecoder(declared).decode(bytes), declared);
  const utf8 = strictDecode("utf-8", bytes);
  if (utf8 !== null) return checked(utf8, "utf-8");
  return checked(decodeWindows1252(bytes), "windows-1252");
}
