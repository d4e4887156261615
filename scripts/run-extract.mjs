// `npm run -s extract` starts here, in plain JavaScript, so that a run does not pay tsx's
// TypeScript transform of every module (about a second of each run, more than extracting a
// few megabytes). scripts/extract.ts is bundled once by esbuild (the same transform tsx uses)
// into node_modules/.cache/flowline/, and reused while none of the files that went into it has
// changed: the bundle's esbuild metafile lists them, and their contents are hashed on every
// start (a few milliseconds), so an edit, a checkout or a reinstalled package rebuilds it.
// When no bundle can be built or stored (no esbuild, a read-only install), the run goes through
// tsx as before: slower, never different.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRY = join(ROOT, 'scripts/extract.ts');
// FLOWLINE_EXTRACT_CACHE moves it (tests use a temporary folder).
const CACHE = process.env.FLOWLINE_EXTRACT_CACHE || join(ROOT, 'node_modules/.cache/flowline');
const BUNDLE = join(CACHE, 'extract.mjs');
const INPUTS = join(CACHE, 'extract.inputs.json');

/** Hash of the named files' contents; null when one of them is gone. */
function hashOf(files) {
  const h = createHash('sha256');
  for (const f of files) {
    let bytes;
    try {
      bytes = readFileSync(resolve(ROOT, f));
    } catch {
      return null;
    }
    h.update(f).update('\0').update(bytes).update('\0');
  }
  return h.digest('hex');
}

function fresh() {
  try {
    const recorded = JSON.parse(readFileSync(INPUTS, 'utf8'));
    return recorded.hash === hashOf(recorded.files);
  } catch {
    return false;
  }
}

function build() {
  // esbuild comes with tsx (a dependency), so it is resolved from there, never hoped for.
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    tsconfig: join(ROOT, 'tsconfig.json'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    outfile: BUNDLE,
    // A bundled CommonJS dependency may call require(); ESM output has none of its own.
    banner: { js: "import { createRequire as __flowlineRequire } from 'node:module'; const require = __flowlineRequire(import.meta.url);" },
  });
  const files = Object.keys(result.metafile.inputs).sort();
  const hash = hashOf(files);
  if (hash === null) throw new Error('an input vanished while bundling');
  mkdirSync(CACHE, { recursive: true });
  // Written under temporary names and renamed: two runs starting together never read half a file.
  const tmp = `.${process.pid}.tmp`;
  writeFileSync(BUNDLE + tmp, result.outputFiles[0].contents);
  writeFileSync(INPUTS + tmp, JSON.stringify({ hash, files }));
  renameSync(BUNDLE + tmp, BUNDLE);
  renameSync(INPUTS + tmp, INPUTS);
}

let cli;
try {
  if (!fresh()) build();
  ({ cli } = await import(pathToFileURL(BUNDLE).href));
} catch {
  const { register } = await import('tsx/esm/api');
  register();
  ({ cli } = await import(pathToFileURL(ENTRY).href));
}
cli(process.argv.slice(2));
