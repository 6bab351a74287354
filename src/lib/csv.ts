/*
 * CSV writing (RFC 4180) with formula-injection escaping (OWASP "CSV Injection"): a cell that starts with
 * = + - @ tab or carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of
 * running it. A plain number ("-73.98", "12") is left as it is: it cannot be a formula, and escaping
 * would turn every western longitude into text. To read a cell back, drop one leading apostrophe when
 * the character after it is one of the six triggers (see unescapeFormula).
 */

/** The byte order mark that makes Excel read a CSV file as UTF-8. */
export const BOM = '\uFEFF';

const TRIGGER = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** A cell's text made safe to open in a spreadsheet: formula triggers get a leading apostrophe. */
export function escapeFormula(text: string): string {
  return TRIGGER.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The inverse of escapeFormula, for importers reading an Envoy CSV back. */
export function unescapeFormula(text: string): string {
  return text.length > 1 && text[0] === "'" && TRIGGER.test(text.slice(1)) && !PLAIN_NUMBER.test(text.slice(1))
    ? text.slice(1)
    : text;
}

/** One CSV cell: formula-escaped, then quoted when it holds a comma, quote, line break or edge space. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = escapeFormula(String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, ending in CRLF as RFC 4180 asks. */
export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
