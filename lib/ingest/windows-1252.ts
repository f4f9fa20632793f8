// Node's TextDecoder("windows-1252") decodes as ISO-8859-1 (0x80-0x9F become
// C1 control codes), so the 32 bytes where the two differ are mapped here.
// The five bytes windows-1252 leaves undefined stay C1 controls, as in WHATWG.
const HIGH_CONTROL_RANGE = [
  "€", "\u0081", "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", "\u008d", "Ž", "\u008f",
  "\u0090", "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", "\u009d", "ž", "Ÿ",
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes = Array.from(bytes.subarray(start, start + chunk), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80] : String.fromCharCode(byte),
    );
    text += codes.join("");
  }
  return text;
}
