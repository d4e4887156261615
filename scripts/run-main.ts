// How the database CLIs (ingest, reextract, export-gold) end: the exit code main() returns, or
// one line saying what went wrong and what to do — an input problem with its own exit code, a
// database problem explained (locked, read-only, not a database), anything else by its message.
import { explainDatabaseError } from '../src/db/errors';
import { EXIT_UNUSABLE, InputError } from '../src/input/index';

export function runMain(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof InputError) {
        console.error(`${name}: ${error.message}`);
        process.exitCode = error.exitCode;
        return;
      }
      const location = process.env.DATABASE_URL?.trim() || 'data/flowline.db';
      console.error(`${name}: ${explainDatabaseError(error, location) ?? (error as Error).message ?? String(error)}`);
      process.exitCode = EXIT_UNUSABLE;
    },
  );
}
