// Batches of articles: a manifest (JSON array of {file, published?, title?, source?, url?}) or a
// list of files from the command line. Both go through the same per-entry checks, so the extract
// and ingest CLIs refuse the same things with the same words.
//
// Rule: an entry with any problem is skipped whole and reported; the rest of the batch goes on.
// Skipping (rather than, say, keeping an entry with a bad date as undated) is deliberate: ingest
// is idempotent by content, so whatever goes in first stays; fixing the manifest and running the
// batch again must be enough to get it right.
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileSystemMessage, maxArticleBytes } from './article';
import { EXIT_UNUSABLE, InputError, type InputProblem } from './problem';
import { checkPublished, clip, describe } from './published';

export interface ManifestEntry {
  /** As written in the manifest (or on the command line): outputs name files this way. */
  file: string;
  /** Absolute path to read. */
  path: string;
  published: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  /**
   * The file's bytes when the batch check already read them (to spot duplicate content), so the
   * article is not read from disk a second time; null when not kept (see KEEP_BYTES). A reader
   * that is done with them sets it back to null so they can be freed.
   */
  bytes: Uint8Array | null;
}

export interface Batch {
  entries: ManifestEntry[];
  problems: InputProblem[];
}

const MAX_LABEL = 2000;
// How many bytes of read articles one batch keeps for its reader: enough for any ordinary run,
// bounded so that a huge batch reads its later files again instead of holding them all.
const KEEP_BYTES = 256 * 1024 * 1024;

/**
 * Reads and checks a manifest. Throws InputError when the manifest itself is unusable (missing,
 * not UTF-8, not JSON, not an array); everything wrong with single entries is in `problems`.
 */
export function readManifest(manifestPath: string): Batch {
  const list = parseManifest(manifestPath);
  const base = dirname(resolve(manifestPath));
  const seen = new Seen();
  const entries: ManifestEntry[] = [];
  const problems: InputProblem[] = [];

  for (const [index, raw] of list.entries()) {
    const where = `entry ${index + 1} of ${manifestPath}`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({ file: where, message: `is ${describe(raw)}, not an object like {"file": "articles/a.txt", "published": "2017-10-24"}; skipped` });
      continue;
    }
    const item = raw as Record<string, unknown>;
    if (typeof item.file !== 'string' || item.file.trim() === '') {
      const got = item.file === undefined ? 'has no "file"' : `has "file" set to ${describe(item.file)}`;
      problems.push({ file: where, message: `${got}; every entry needs "file": the article's path, relative to the manifest's folder or absolute. Skipped` });
      continue;
    }
    const file = item.file;
    const fail = (message: string): void => void problems.push({ file, message: `${message} (${where}); skipped` });

    const published = checkPublished(item.published);
    if (!published.ok) { fail(published.message); continue; }
    const title = checkLabel('title', item.title);
    if (typeof title === 'object' && title !== null) { fail(title.message); continue; }
    const source = checkLabel('source', item.source);
    if (typeof source === 'object' && source !== null) { fail(source.message); continue; }
    const url = checkUrl(item.url);
    if (typeof url === 'object' && url !== null) { fail(url.message); continue; }

    const path = isAbsolute(file) ? file : resolve(base, file);
    const seenAs = seen.add(path, `${where}`);
    if (typeof seenAs === 'string') { fail(seenAs); continue; }

    entries.push({ file, path, published: published.published, title, source, url, bytes: seenAs.bytes });
  }
  return { entries, problems };
}

/**
 * Files named on a command line, with one `published` for all of them (a bad date there is an
 * InputError: the option is wrong for the whole run). Same per-file checks as a manifest.
 */
export function listArticles(files: readonly string[], options: { published?: string | null } = {}): Batch {
  const published = checkPublished(options.published);
  if (!published.ok) throw new InputError('--published', published.message, EXIT_UNUSABLE);
  const seen = new Seen();
  const entries: ManifestEntry[] = [];
  const problems: InputProblem[] = [];
  files.forEach((file, index) => {
    const path = resolve(file);
    const seenAs = seen.add(path, `argument ${index + 1}`);
    if (typeof seenAs === 'string') problems.push({ file, message: `${seenAs}; skipped` });
    else entries.push({ file, path, published: published.published, title: null, source: null, url: null, bytes: seenAs.bytes });
  });
  return { entries, problems };
}

function parseManifest(manifestPath: string): unknown[] {
  let bytes: Buffer;
  try {
    if (statSync(manifestPath).isDirectory()) {
      throw new InputError(manifestPath, 'is a directory; give the manifest file itself, e.g. data/manifest.json');
    }
    bytes = readFileSync(manifestPath);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(manifestPath, `manifest ${fileSystemMessage(error, manifestPath)}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(manifestPath, 'manifest is not valid UTF-8 text; save it as UTF-8 JSON');
  }
  if (text.trim() === '') throw new InputError(manifestPath, `manifest is empty; write a JSON array such as ${EXAMPLE}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(manifestPath, `manifest is not valid JSON: ${jsonErrorWhere(error, text)}; it must be a JSON array such as ${EXAMPLE}`);
  }
  if (!Array.isArray(parsed)) {
    throw new InputError(manifestPath, `manifest is ${describe(parsed)}, not a JSON array; write it as ${EXAMPLE}`);
  }
  return parsed;
}

const EXAMPLE = '[{"file": "articles/a.txt", "published": "2017-10-24", "title": "…", "source": "…", "url": "https://…"}]';

function jsonErrorWhere(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/, '');
  if (!at) return reason;
  const position = Number(at[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${reason} at line ${line}, column ${column}`;
}

function checkLabel(name: string, value: unknown): string | null | { message: string } {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return { message: `${name} must be a string, not ${describe(value)}` };
  const trimmed = value.trim();
  if (trimmed.length > MAX_LABEL) return { message: `${name} is ${trimmed.length} characters long; keep it under ${MAX_LABEL}` };
  return trimmed === '' ? null : trimmed;
}

function checkUrl(value: unknown): string | null | { message: string } {
  const label = checkLabel('url', value);
  if (label === null || typeof label === 'object') return label;
  let url: URL;
  try {
    url = new URL(label);
  } catch {
    return { message: `url "${clip(label)}" is not an absolute URL; write it as https://…` };
  }
  // The dashboard links to it: only web addresses, never javascript: or data: ones.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { message: `url "${clip(label)}" uses ${url.protocol}; only http: and https: links are accepted` };
  }
  return label;
}

/**
 * Duplicate detection within one batch: the same file (by real path, so ./a.txt and a.txt match)
 * or another file with identical bytes. The first one wins.
 */
class Seen {
  private readonly paths = new Map<string, string>();
  private readonly hashes = new Map<string, string>();
  private kept = 0;
  // Read once per batch: process.env is a slow lookup to make for every file.
  private readonly maxBytes = maxArticleBytes();

  /**
   * Why the entry is a duplicate (or why its file cannot be used); otherwise the bytes read, when
   * readArticle would have read the same (a regular file within the size limit) and the batch's
   * budget allows.
   */
  add(path: string, where: string): string | { bytes: Uint8Array | null } {
    let real: string;
    let size: number;
    let regular: boolean;
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) return 'is a directory, not an article file';
      // One realpath(3) call, where the JavaScript version makes an lstat per folder of the path.
      real = realpathSync.native(path);
      size = stat.size;
      regular = stat.isFile();
    } catch (error) {
      return fileSystemMessage(error, path);
    }
    const samePath = this.paths.get(real);
    if (samePath !== undefined) return `is listed twice: the same file as ${samePath}`;
    this.paths.set(real, where);
    // Files too big to ingest are refused later by readArticle; no point hashing them here.
    if (size > this.maxBytes) return { bytes: null };
    let bytes: Buffer;
    let hash: string;
    try {
      bytes = readFileSync(path);
      hash = createHash('sha256').update(bytes).digest('hex');
    } catch (error) {
      return fileSystemMessage(error, path);
    }
    const sameContent = this.hashes.get(hash);
    if (sameContent !== undefined) return `has exactly the same content as ${sameContent}`;
    this.hashes.set(hash, where);
    if (!regular || bytes.length > this.maxBytes || this.kept + bytes.length > KEEP_BYTES) return { bytes: null };
    this.kept += bytes.length;
    return { bytes };
  }
}
