// `npm run build` (and `npm start --build`): the dashboard is built by Vite into a fresh folder
// beside dist/public, then published into dist/public so that a server running from it never
// serves half a build. Vite fingerprints every asset's name, so a new build's assets are added
// beside the old ones (each file moved in with one rename), and index.html, which names them, is
// renamed in last: a request sees either the old page with the old assets or the new page with the
// new ones. The files of the previous build are kept (a page loaded just before the swap may still
// ask for them); older ones are removed. A failed build leaves dist/public as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const PUBLIC = join(DIST, 'public');
// Which files each of the last builds published, newest last (beside dist/public, never served).
const RECORD = join(DIST, '.public-builds.json');

function files(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), base) : [relative(base, join(dir, e.name))],
  );
}

export function buildDashboard() {
  const fresh = join(DIST, `.public-${process.pid}-${Date.now()}`);
  try {
    const vite = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', fresh, '--emptyOutDir'], {
      cwd: ROOT,
      stdio: 'inherit',
      // Vite builds for whatever NODE_ENV it inherits: under a test runner (NODE_ENV=test) it made a
      // development bundle of other names and sizes, published over the production one.
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (vite.status !== 0) throw new Error(`vite build failed (exit ${vite.status ?? vite.signal}); dist/public is unchanged`);
    publish(fresh);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

function publish(fresh) {
  const built = files(fresh);
  if (!built.includes('index.html')) throw new Error('vite build wrote no index.html; dist/public is unchanged');
  mkdirSync(PUBLIC, { recursive: true });
  for (const file of built) {
    if (file === 'index.html') continue;
    mkdirSync(dirname(join(PUBLIC, file)), { recursive: true });
    renameSync(join(fresh, file), join(PUBLIC, file));
  }
  renameSync(join(fresh, 'index.html'), join(PUBLIC, 'index.html'));

  let builds = [];
  try {
    builds = JSON.parse(readFileSync(RECORD, 'utf8'));
  } catch {
    // No record (a first build, or dist/public from before this script): nothing known to remove.
  }
  builds = [...builds.slice(-1), built];
  const keep = new Set(builds.flat());
  if (builds.length > 1) {
    for (const file of files(PUBLIC)) {
      if (!keep.has(file)) rmSync(join(PUBLIC, file), { force: true });
    }
  }
  writeFileSync(`${RECORD}.tmp`, JSON.stringify(builds));
  renameSync(`${RECORD}.tmp`, RECORD);
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  try {
    buildDashboard();
  } catch (error) {
    console.error(`build: ${error.message}`);
    process.exitCode = 1;
  }
}
