// Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts
// with = + - @ tab or CR can run as a formula when the file is opened in Excel,
// LibreOffice or Sheets. Such strings get a leading apostrophe, which makes
// spreadsheets show them as text. Line feed and the full-width look-alikes
// (＝ ＋ － ＠, which some Excel locales accept) are neutralised too.
//
// Decision: values that are JavaScript numbers are written as numbers and left
// alone (a number cannot be a formula, and -2 should stay numeric); every
// string is checked, so the text "-2+3" becomes "'-2+3".

const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutralizeText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CellValue = string | number | null;

/** A cell value safe to hand to a spreadsheet. Non-finite numbers become empty cells. */
export function safeCell(value: string | number | null | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return neutralizeText(value);
}
