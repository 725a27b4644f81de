/**
 * The error of a hand-kept or source file: it says what went wrong, where
 * (file and line) and how to fix it, in a sentence a person can act on.
 * Ingestion's IngestError is this error; the registry loader throws it too,
 * so every tool reports a bad file the same way.
 */
export class FileError extends Error {
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
    this.name = 'FileError';
  }
}
