/**
 * CSV for spreadsheets: RFC 4180 quoting (any cell holding a comma, a quote or
 * a line break is quoted), formula-like cells neutralised, and Excel's cell
 * limit enforced. Used by the open-data export.
 */
import { stringify } from 'csv-stringify/sync';

/** The most characters Excel keeps in one cell; longer cells are cut without notice. */
export const EXCEL_CELL_LIMIT = 32_767;

/**
 * A cell starting with one of these is read as a formula by Excel, LibreOffice
 * and Google Sheets (OWASP "CSV injection"); `'` is included so the rule can be undone.
 */
const NEEDS_PREFIX = /^[=+\-@\t\r']/;

/**
 * Makes a cell inert in a spreadsheet: a leading `'` is added when the cell
 * starts with `=`, `+`, `-`, `@`, a tab, a carriage return or `'` itself.
 * Spreadsheets hide the `'`; {@link restoreCell} removes it.
 */
export function neutraliseCell(value: string): string {
  return NEEDS_PREFIX.test(value) ? `'${value}` : value;
}

/** Undoes {@link neutraliseCell}: the exact original text. */
export function restoreCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** A cell too long for Excel, named by row and column so the error can say where. */
export class CellTooLongError extends Error {}

/**
 * Writes rows as CSV with CRLF line ends. `rowName(i)` names row `i` in errors;
 * the first row is the header.
 */
export function writeCsv(header: readonly string[], rows: (string | number)[][], rowName: (index: number) => string): string {
  const cells = rows.map((row, r) =>
    row.map((cell, c) => {
      if (typeof cell === 'number') return String(cell);
      const safe = neutraliseCell(cell);
      if (safe.length > EXCEL_CELL_LIMIT) {
        throw new CellTooLongError(
          `${rowName(r)}, column "${header[c]}": ${safe.length} characters, more than the ${EXCEL_CELL_LIMIT} a spreadsheet cell holds. Split the item in its source text, or drop the column from the CSV and point to items.json.`,
        );
      }
      return safe;
    }),
  );
  // csv-stringify quotes a cell holding the delimiter, a quote or the whole
  // record delimiter ("\r\n"); a bare "\n" or "\r" would go unquoted, so match it too.
  return stringify([[...header], ...cells], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
