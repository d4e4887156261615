// The API depends on the store, never the reverse: nothing under src/db may import src/api, directly
// or through another module of ours (src/db → src/series → src/api would tie the store to the
// API's types just the same). Read as text so the check needs no bundler and sees type imports too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const DB = join(ROOT, 'src/db');
const API = join(ROOT, 'src/api');

/** Module specifiers of static imports, re-exports, side-effect imports and dynamic import(). */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"\n]+)\1/g;
  for (const m of source.matchAll(pattern)) found.push(m[2]!);
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Each module of ours reachable from `start`, with the chain of imports that reaches it. */
function reachable(start: string[]): Map<string, string[]> {
  const chains = new Map<string, string[]>(start.map((f) => [f, [f]]));
  const queue = [...start];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (!file.endsWith('.ts')) continue;
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const target = resolveLocal(file, spec);
      if (!target || chains.has(target)) continue;
      chains.set(target, [...chains.get(file)!, target]);
      queue.push(target);
    }
  }
  return chains;
}

it('finds every form of import the scan relies on', () => {
  const source = [
    "import type { Point } from '../api/types';",
    "import { x } from\n  '../api/x';",
    "export { y } from \"../api/y\";",
    "import '../api/side-effect';",
    "const z = await import('../api/lazy');",
  ].join('\n');
  expect(specifiers(source)).toEqual(['../api/types', '../api/x', '../api/y', '../api/side-effect', '../api/lazy']);
});

it('src/db imports nothing from src/api, directly or through another module', () => {
  const files = tsFiles(DB);
  expect(files.length).toBeGreaterThan(5);
  const offending = [...reachable(files).entries()]
    .filter(([file]) => file.startsWith(API + '/'))
    .map(([, chain]) => chain.map((f) => relative(ROOT, f)).join(' → '));
  expect(offending).toEqual([]);
});
