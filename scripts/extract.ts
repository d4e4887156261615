// npm run -s extract -- --manifest M.json
// npm run -s extract -- [--published YYYY-MM-DD] FILE…
//
// Prints one JSON object per extracted figure per line on stdout (see README, section "cli").
// Problems go to stderr naming the file; the other files still print. Exit 0 when every file
// was read, 1 when some were refused, 2 when the run could not start (bad option, bad manifest).
import { extract } from '../src/extract/index';
import { toRecords } from '../src/extract/record';
import { EXIT_SOME_FAILED, formatProblem, InputError, listArticles, maxArticleBytes, readArticle, readManifest } from '../src/input/index';

const USAGE = `usage: npm run -s extract -- --manifest M.json
       npm run -s extract -- [--published YYYY-MM-DD] FILE…
Prints one JSON object per figure per line: {file, value, unit, kind, approx, asOf, asOfTo, low,
high, subject, series, start, end, text, sentence, tags, …}.`;

interface Args {
  manifest: string | null;
  published: string | null;
  files: string[];
  help: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { manifest: null, published: null, files: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (name: string): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new InputError(name, `needs a value; ${name === '--manifest' ? 'give the manifest file, e.g. --manifest data/manifest.json' : 'give a date, e.g. --published 2017-10-24'}`);
      return v;
    };
    if (a === '--manifest') args.manifest = value(a);
    else if (a.startsWith('--manifest=')) args.manifest = a.slice('--manifest='.length);
    else if (a === '--published') args.published = value(a);
    else if (a.startsWith('--published=')) args.published = a.slice('--published='.length);
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--') continue;
    else if (a.startsWith('--')) throw new InputError(a, `is not an option of extract\n${USAGE}`);
    else args.files.push(a);
  }
  if (!args.help && !args.manifest && args.files.length === 0) throw new InputError('extract', `no articles given\n${USAGE}`);
  if (args.manifest && args.files.length) throw new InputError('extract', `give either --manifest or files, not both\n${USAGE}`);
  if (args.manifest && args.published) throw new InputError('--published', 'does not apply to a manifest; put "published" in each manifest entry instead');
  return args;
}

/** Runs the CLI; returns the exit code. `out` and `err` receive whole lines. */
export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof InputError) {
      err(e.message);
      return e.exitCode;
    }
    throw e;
  }
  if (args.help) {
    out(USAGE);
    return 0;
  }
  let batch;
  try {
    batch = args.manifest ? readManifest(args.manifest) : listArticles(args.files, { published: args.published });
  } catch (e) {
    if (e instanceof InputError) {
      err(e.message);
      return e.exitCode;
    }
    throw e;
  }
  let failed = batch.problems.length;
  for (const p of batch.problems) err(formatProblem(p));
  // Once for the batch, not per file (it reads process.env).
  const maxBytes = maxArticleBytes();
  for (const entry of batch.entries) {
    const read = readArticle(entry.path, entry.file, { bytes: entry.bytes, maxBytes });
    entry.bytes = null;
    if (!read.ok) {
      err(formatProblem(read.problem));
      failed++;
      continue;
    }
    try {
      const result = extract(read.text, { published: entry.published });
      for (const record of toRecords(entry.file, result)) out(JSON.stringify(record));
    } catch (e) {
      err(`${entry.file}: the extractor failed on this file (${e instanceof Error ? e.message : String(e)}); please report it with the file attached`);
      failed++;
    }
  }
  return failed ? EXIT_SOME_FAILED : 0;
}

/** The process around main(): real stdout/stderr, a closed pipe ending the run quietly, the exit code. */
export function cli(argv: readonly string[]): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  // Lines go out in chunks of ~64 KB: one write per article cost more than a few percent of a
  // run (each is a system call when stdout is a file). Each line is encoded straight into the
  // chunk's bytes: joining an article's lines, then the chunk's, into strings and encoding the
  // result copied every character of the output (three times the input's size) twice more, a
  // third of the output's cost. A written chunk is left to the stream and a new one started.
  // stdout is flushed before anything goes to stderr, so a terminal still shows a problem after
  // the figures printed before it.
  const CHUNK = 65536;
  let chunk = Buffer.allocUnsafe(2 * CHUNK);
  let used = 0;
  const flush = (): void => {
    if (!used) return;
    process.stdout.write(chunk.subarray(0, used));
    chunk = Buffer.allocUnsafe(2 * CHUNK);
    used = 0;
  };
  const out = (s: string): void => {
    // At most 3 bytes of UTF-8 per UTF-16 unit, and the newline.
    const most = 3 * s.length + 1;
    if (used + most > chunk.length) {
      flush();
      if (most > chunk.length) {
        process.stdout.write(`${s}\n`);
        return;
      }
    }
    used += chunk.write(s, used);
    chunk[used++] = 10;
    if (used >= CHUNK) flush();
  };
  const err = (s: string): void => {
    flush();
    process.stderr.write(`${s}\n`);
  };
  const code = main(argv, out, err);
  flush();
  process.exitCode = code;
}

// Run directly (node --import tsx scripts/extract.ts); `npm run extract` goes through
// scripts/run-extract.mjs, which calls cli() from a prebuilt bundle.
const isMain = process.argv[1] && /extract\.ts$/.test(process.argv[1]);
if (isMain) cli(process.argv.slice(2));
