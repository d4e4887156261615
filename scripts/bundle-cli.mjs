// Runs a CLI from a cached esbuild bundle instead of through tsx, whose TypeScript transform of
// every module costs about a second of each run (more than most runs' own work). scripts/NAME.ts
// (plus any extra entries, such as the ingest's extraction worker) is bundled by esbuild (the same
// transform tsx uses) into node_modules/.cache/flowline/, and reused while none of the files that
// went into it has changed: the bundle's esbuild metafile lists them, and their contents are
// hashed on every start (a few milliseconds), so an edit, a checkout or a reinstalled package
// rebuilds it — there is no stale bundle to forget. When no bundle can be built or stored (no
// esbuild, a read-only install), the run goes through tsx as before: slower, never different.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
// FLOWLINE_EXTRACT_CACHE moves it (tests use a temporary folder).
const CACHE = process.env.FLOWLINE_EXTRACT_CACHE || join(ROOT, 'node_modules/.cache/flowline');

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

function fresh(inputs) {
  try {
    const recorded = JSON.parse(readFileSync(inputs, 'utf8'));
    return recorded.hash === hashOf(recorded.files);
  } catch {
    return false;
  }
}

function build(entries, inputs) {
  // esbuild comes with tsx (a dependency), so it is resolved from there, never hoped for.
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild');
  const result = esbuild.buildSync({
    entryPoints: entries,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    tsconfig: join(ROOT, 'tsconfig.json'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    outdir: CACHE,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    // A bundled CommonJS dependency may call require(); ESM output has none of its own.
    banner: { js: "import { createRequire as __flowlineRequire } from 'node:module'; const require = __flowlineRequire(import.meta.url);" },
  });
  const files = Object.keys(result.metafile.inputs).sort();
  const hash = hashOf(files);
  if (hash === null) throw new Error('an input vanished while bundling');
  mkdirSync(CACHE, { recursive: true });
  // Written under temporary names and renamed: two runs starting together never read half a file.
  const tmp = `.${process.pid}.tmp`;
  for (const out of result.outputFiles) {
    writeFileSync(out.path + tmp, out.contents);
    renameSync(out.path + tmp, out.path);
  }
  // The record last: a bundle is only trusted once every file of it is in place.
  writeFileSync(inputs + tmp, JSON.stringify({ hash, files }));
  renameSync(inputs + tmp, inputs);
}

/**
 * Imports scripts/NAME.ts from its bundle (building it when missing or stale) and returns the
 * module; `extra` are further entries bundled beside it (paths from the project root).
 */
export async function importBundled(name, extra = []) {
  const entry = join(ROOT, `scripts/${name}.ts`);
  const bundle = join(CACHE, `${basename(entry, '.ts')}.mjs`);
  const inputs = join(CACHE, `${name}.inputs.json`);
  try {
    if (!fresh(inputs)) build([entry, ...extra.map((e) => join(ROOT, e))], inputs);
    return await import(pathToFileURL(bundle).href);
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return import(pathToFileURL(entry).href);
  }
}
