// The seed articles (data/manifest.json) as POST /api/documents bodies.
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/db/client';
import { readArticle, readManifest } from '../../src/input';

export interface SeedArticle {
  file: string;
  text: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
}

export const SEED_MANIFEST = resolve(PROJECT_ROOT, 'data/manifest.json');

export function seedArticles(): SeedArticle[] {
  const { entries, problems } = readManifest(SEED_MANIFEST);
  if (problems.length) throw new Error(`seed manifest has problems: ${problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  return entries.map((e) => {
    const read = readArticle(e.path, e.file);
    if (!read.ok) throw new Error(`${read.problem.file}: ${read.problem.message}`);
    return { file: e.file, text: read.text, title: e.title, source: e.source, url: e.url, published: e.published };
  });
}
