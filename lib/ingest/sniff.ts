// Recognises common non-text files by their first bytes ("magic numbers"), so
// people learn what they dropped in instead of getting a generic "binary" error.

interface Signature {
  offset: number;
  bytes: number[];
  label: string;
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

const SIGNATURES: Signature[] = [
  { offset: 0, bytes: ascii("%PDF-"), label: "a PDF" },
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], label: "a PNG image" },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], label: "a JPEG image" },
  { offset: 0, bytes: ascii("GIF87a"), label: "a GIF image" },
  { offset: 0, bytes: ascii("GIF89a"), label: "a GIF image" },
  { offset: 8, bytes: ascii("WEBP"), label: "a WebP image" },
  { offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04], label: "a ZIP archive or an Office/EPUB document (.docx, .xlsx, .odt, .epub)" },
  { offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], label: "an old Microsoft Office document (.doc, .xls)" },
  { offset: 0, bytes: ascii("{\\rtf"), label: "an RTF document" },
  { offset: 0, bytes: ascii("%!PS"), label: "a PostScript document" },
  { offset: 0, bytes: [0x1f, 0x8b], label: "a gzip archive" },
  { offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], label: "a 7-Zip archive" },
  { offset: 0, bytes: ascii("Rar!"), label: "a RAR archive" },
  { offset: 4, bytes: ascii("ftyp"), label: "a video or audio file" },
  { offset: 0, bytes: ascii("ID3"), label: "an MP3 audio file" },
  { offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46], label: "a program (ELF executable)" },
  { offset: 0, bytes: ascii("SQLite format 3"), label: "an SQLite database" },
];

/** A description such as "a PDF" when the bytes start like a known binary format. */
export function recogniseBinaryFormat(bytes: Uint8Array): string | null {
  for (const { offset, bytes: magic, label } of SIGNATURES) {
    if (bytes.length < offset + magic.length) continue;
    if (magic.every((byte, index) => bytes[offset + index] === byte)) return label;
  }
  return null;
}

/** NUL never occurs in text encoded as UTF-8 or a legacy 8-bit charset. */
export function containsNul(bytes: Uint8Array, limit = 64 * 1024): boolean {
  const end = Math.min(bytes.length, limit);
  for (let index = 0; index < end; index++) if (bytes[index] === 0) return true;
  return false;
}

/** UTF-16 without a byte-order mark: every other byte is NUL in Latin text. */
export function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 8) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenNuls++;
    if (bytes[index + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  return Math.max(evenNuls, oddNuls) > pairs * 0.4 && Math.min(evenNuls, oddNuls) < pairs * 0.05;
}

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** Share of characters that are control codes (tab, newlines and form feed excepted). */
export function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  return (sample.match(CONTROL)?.length ?? 0) / sample.length;
}
