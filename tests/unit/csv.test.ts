/**
 * The CSV writer: any text survives a standard CSV reader (csv-parse) exactly,
 * formula-like cells reach a spreadsheet inert, and an over-long cell is refused.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellTooLongError, EXCEL_CELL_LIMIT, neutraliseCell, restoreCell, writeCsv } from '../../src/lib/csv.ts';

// Text that leans on what breaks CSV and what spreadsheets run as formulas.
const PIECES = ['\n', '\r', '\r\n', '"', '""', ',', ';', '=', '+', '-', '@', '\t', "'", ' ', '=HYPERLINK("http://x","y")', '澳门', 'a', '1'];
const text = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary' }),
);

/** A spreadsheet's view of a cell: does it start a formula? (OWASP's list.) */
const runsAsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

const read = (csv: string) => parse(csv, { bom: true, relax_column_count: false });

describe('writeCsv', () => {
  it('gives back every cell exactly through a standard CSV reader, with one record per row', () => {
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        const records = read(`\uFEFF${writeCsv(['a', 'b', 'c'], rows, (r) => `row ${r}`)}`);
        expect(records).toHaveLength(rows.length + 1);
        expect(records.slice(1).map((r) => r.map(restoreCell))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves a cell that a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (row) => {
        const [, cells] = read(
          writeCsv(
            row.map((_, i) => `c${i}`),
            [row],
            () => 'row',
          ),
        );
        for (const cell of cells!) expect(runsAsFormula(cell)).toBe(false);
      }),
    );
  });

  it('quotes a text with bare line breaks so it stays one field', () => {
    const csv = writeCsv(['id', 'text'], [['x', '第一段\n第二段\r第三段']], () => 'row');
    expect(csv).toBe('id,text\r\nx,"第一段\n第二段\r第三段"\r\n');
  });

  it('prefixes a formula with an apostrophe and keeps numbers as they are', () => {
    expect(writeCsv(['a', 'b'], [['=HYPERLINK("http://evil","点击")', 2024]], () => 'row')).toBe('a,b\r\n"\'=HYPERLINK(""http://evil"",""点击"")",2024\r\n');
    expect(neutraliseCell('-1')).toBe("'-1");
    expect(neutraliseCell("'quoted")).toBe("''quoted");
    expect(neutraliseCell('澳门=')).toBe('澳门=');
  });

  it('undoes its neutralisation exactly for any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(restoreCell(neutraliseCell(t))).toBe(t);
      }),
    );
  });

  it('refuses a cell longer than a spreadsheet holds, naming the row and the column', () => {
    const long = '澳'.repeat(EXCEL_CELL_LIMIT + 1);
    expect(() => writeCsv(['id', 'text'], [['x', long]], () => 'items.csv: item doc/1')).toThrow(CellTooLongError);
    expect(() => writeCsv(['id', 'text'], [['x', long]], () => 'items.csv: item doc/1')).toThrow(/^items\.csv: item doc\/1, column "text": 32768 characters/);
    expect(() => writeCsv(['id', 'text'], [['x', '澳'.repeat(EXCEL_CELL_LIMIT)]], () => 'row')).not.toThrow();
  });
});
