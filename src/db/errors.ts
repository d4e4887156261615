// Database failures a person can do something about, said in words: a file locked by another
// writer, a read-only or full disk, a file that is not a database. Everything else keeps its own
// message. (Added by the robustness work: SQLite's codes alone, e.g. "SQLITE_BUSY: SQLITE_BUSY:
// database is locked", leave people guessing what to do.)

/** The SQLite result code of `error` or of anything in its `cause` chain (drizzle wraps errors). */
export function sqliteCode(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
    const message = (e as { message?: unknown }).message;
    const m = typeof message === 'string' ? /\b(SQLITE_[A-Z_]+)\b/.exec(message) : null;
    if (m) return m[1]!;
  }
  return null;
}

/** True when another connection holds the write lock past the busy timeout. */
export function isLocked(error: unknown): boolean {
  const code = sqliteCode(error);
  return code !== null && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/** A sentence saying what went wrong with the database at `location` and what to do, or null. */
export function explainDatabaseError(error: unknown, location: string): string | null {
  const code = sqliteCode(error);
  if (code === null) return null;
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    return (
      `the database ${location} is locked by another program writing to it (another ingest, or a tool with an open ` +
      'transaction), and it did not let go within 5 s. Let that finish, then run the same command again: ' +
      'articles already stored are skipped, so nothing is doubled.'
    );
  }
  if (code.startsWith('SQLITE_READONLY')) return `the database ${location} is read-only here; check the file's and its folder's permissions.`;
  if (code.startsWith('SQLITE_FULL')) return `the disk holding ${location} is full; free some space and run the command again.`;
  if (code.startsWith('SQLITE_CANTOPEN')) return `the database ${location} cannot be opened; check that its folder exists and is writable.`;
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return `${location} is not a usable SQLite database (${code}); point DATABASE_URL at another file, or move this one away to start afresh.`;
  }
  return null;
}
