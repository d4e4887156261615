// The README is the API's documentation: every route and query parameter of the OpenAPI
// document must be in its `api` section, and every route the app answers must be in OpenAPI.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { openapiDocument } from '../../src/api/openapi-doc';
import { createApp } from '../../src/app';
import { PROJECT_ROOT } from '../../src/db/client';

const readme = readFileSync(resolve(PROJECT_ROOT, 'README.md'), 'utf8');
const section = readme.split('<!-- section: api -->')[1]?.split('<!-- section:')[0] ?? '';
const doc = openapiDocument() as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };

it('documents every route and query parameter in the README', () => {
  expect(section.length).toBeGreaterThan(500);
  for (const [path, methods] of Object.entries(doc.paths)) {
    const readmePath = path.replace(/\{(\w+)\}/g, ':$1');
    for (const [method, op] of Object.entries(methods)) {
      expect(section, `${method.toUpperCase()} ${readmePath}`).toContain(`${method.toUpperCase()} ${readmePath}`);
      for (const p of op.parameters ?? []) if (p.in === 'query') expect(section, `${path} ?${p.name}`).toMatch(new RegExp(`[?&]${p.name}=`));
    }
  }
});

it('describes every route the app serves in OpenAPI', () => {
  const app = createApp({ deps: () => ({ db: null as never, token: null }) });
  const served = new Set(
    app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:file\{[^}]*\}/, '{id}.csv').replace(/:(\w+)/g, '{$1}')}`),
  );
  const described = new Set(Object.entries(doc.paths).flatMap(([path, m]) => Object.keys(m).map((method) => `${method} ${path}`)));
  expect([...served].sort()).toEqual([...described].sort());
});

it('resolves every $ref of the OpenAPI document', () => {
  const full = openapiDocument() as { components: { schemas: Record<string, unknown> } };
  const refs = [...JSON.stringify(full).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
  expect(refs.length).toBeGreaterThan(10);
  for (const name of new Set(refs)) expect(full.components.schemas, name).toHaveProperty(name);
});
