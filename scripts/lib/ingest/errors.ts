/**
 * The one error type of ingestion: it says what went wrong, where (file and
 * line) and how to fix it, in a sentence a person can act on. It is the
 * project's FileError (src/registry/errors.ts), which the registry loader
 * throws too, so the command line reports both alike.
 */
import { FileError } from '../../../src/registry/errors.ts';

/** A problem in an input of ingestion, at a file and line. */
export class IngestError extends FileError {
  constructor(file: string, line: number | null, problem: string, remedy: string) {
    super(file, line, problem, remedy);
    this.name = 'IngestError';
  }
}
