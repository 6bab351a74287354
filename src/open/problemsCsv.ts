import type { RowProblem } from '../data/import/types';

/** A cell as CSV writes it; a cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with '. */
function cell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The skipped rows as a CSV file: row, column, reason. */
export function problemsCsv(problems: readonly RowProblem[]): string {
  const lines = ['row,column,reason', ...problems.map((p) => [p.row, p.column, p.message].map(cell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** "row 17, event_date: 'Marhc 2020' is not a date" */
export function problemWords(p: RowProblem): string {
  return `row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.message}`;
}
