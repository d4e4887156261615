// Reading one article file from disk (Node only). Everything about the bytes themselves is
// decodeArticle's job; this file turns file-system failures into messages a person can act on,
// and checks the size before reading so a stray 4 GB file is refused without loading it.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeArticle, DEFAULT_MAX_ARTICLE_BYTES, type ArticleRead, type DecodeOptions } from './decode';
import { formatBytes } from './problem';

export type { ArticleRead, DecodeOptions } from './decode';

/** Largest article in bytes: FLOWLINE_MAX_ARTICLE_MB when set to a positive number, else 25 MB. */
export function maxArticleBytes(env: Record<string, string | undefined> = process.env): number {
  const mb = Number(env.FLOWLINE_MAX_ARTICLE_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : DEFAULT_MAX_ARTICLE_BYTES;
}

/**
 * Reads and decodes `path`; `displayName` (default: `path` as given) is how problems name it.
 * `bytes`, when given, are the file's contents already read by the batch check (a regular file
 * within the limit): they are decoded instead of reading the file again.
 */
export function readArticle(path: string, displayName: string = path, options: DecodeOptions & { bytes?: Uint8Array | null } = {}): ArticleRead {
  const maxBytes = options.maxBytes ?? maxArticleBytes();
  const refuse = (message: string): ArticleRead => ({ ok: false, problem: { file: displayName, message } });
  if (options.bytes && options.bytes.length <= maxBytes) return decodeArticle(options.bytes, displayName, { maxBytes });
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return refuse('is a directory, not an article file; name the files inside it instead');
    if (!stat.isFile()) return refuse('is not a regular file (a device, socket or pipe); give an article file instead');
    if (stat.size > maxBytes) {
      return refuse(
        `is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit for one article; ` +
          'split it into separate articles (one story per file)',
      );
    }
    return decodeArticle(readFileSync(path), displayName, { maxBytes });
  } catch (error) {
    return refuse(fileSystemMessage(error, path));
  }
}

/** A file-system error as advice: "not found (looked for /abs/path)", "permission denied", … */
export function fileSystemMessage(error: unknown, path: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  const absolute = resolve(path);
  switch (code) {
    case 'ENOENT':
      return `not found (looked for ${absolute}); check the name and the folder it is relative to`;
    case 'EACCES':
    case 'EPERM':
      return `cannot be read: permission denied (${absolute}); check the file's permissions`;
    case 'ENOTDIR':
      return `not found: a part of the path is a file, not a folder (${absolute})`;
    case 'EISDIR':
      return 'is a directory, not an article file; name the files inside it instead';
    case 'ENAMETOOLONG':
      return 'has a path that is too long for this system';
    case 'ELOOP':
      return `cannot be read: too many symbolic links (${absolute})`;
    case 'EMFILE':
    case 'ENFILE':
      return 'cannot be opened: too many open files; retry, or raise the open-file limit (ulimit -n)';
    default:
      return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
