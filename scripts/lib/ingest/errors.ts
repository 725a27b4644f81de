/**
 * The one error type of ingestion: it says what went wrong, where (file and
 * line) and how to fix it, in a sentence a person can act on.
 */
export class IngestError extends Error {
  constructor(
    /** Path of the offending file, relative to the project root. */
    readonly file: string,
    /** 1-based line in that file, or null when the problem is the whole file. */
    readonly line: number | null,
    /** What is wrong. */
    readonly problem: string,
    /** How to fix it. */
    readonly remedy: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem} ${remedy}`);
    this.name = 'IngestError';
  }
}
