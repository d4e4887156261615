// Reviewed figures as a gold set in the scorer's format (shared/eval: manifest.json, articles/,
// gold.jsonl, distractors.jsonl), so what analysts corrected or confirmed becomes a test case for
// the extractor, and what they rejected a number that must not come out. Pure: rows in, files out.
import type { CorrectionRule } from './types';

export interface GoldDocument {
  id: number;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  text: string;
}

export interface GoldSet {
  /** Relative path → contents. */
  files: Map<string, string>;
  figures: number;
  distractors: number;
}

export const articleFile = (id: number) => `articles/doc-${id}.txt`;

function note(rule: CorrectionRule): string {
  const day = rule.at.slice(0, 10);
  if (rule.action === 'confirm' || Object.keys(rule.changes).length === 0) return `confirmed by ${rule.by} on ${day}`;
  return `corrected by ${rule.by} on ${day} (${Object.keys(rule.changes).join(', ')})`;
}

export function goldSet(docs: readonly GoldDocument[], rulesByDoc: ReadonlyMap<number, readonly CorrectionRule[]>): GoldSet {
  const files = new Map<string, string>();
  const manifest: unknown[] = [];
  const gold: string[] = [];
  const distractors: string[] = [];
  for (const doc of docs) {
    const rules = rulesByDoc.get(doc.id) ?? [];
    if (!rules.some((r) => r.figure)) continue;
    const file = articleFile(doc.id);
    files.set(file, doc.text);
    manifest.push({ file, published: doc.published, title: doc.title, source: doc.source, url: doc.url });
    for (const rule of [...rules].sort((a, b) => a.start - b.start)) {
      const f = rule.figure;
      if (!f) continue;
      if (rule.action === 'reject') {
        distractors.push(JSON.stringify({ file, span: f.text, why: `rejected by ${rule.by} on ${rule.at.slice(0, 10)}` }));
        continue;
      }
      gold.push(
        JSON.stringify({
          file,
          value: f.value,
          unit: f.unit,
          kind: f.kind,
          approx: f.approx,
          asOf: f.asOf,
          asOfTo: f.asOfTo,
          subject: [f.subject.toLowerCase()],
          span: f.text,
          note: note(rule),
        }),
      );
    }
  }
  files.set('manifest.json', `${JSON.stringify(manifest, null, 1)}\n`);
  files.set('gold.jsonl', gold.map((l) => `${l}\n`).join(''));
  files.set('distractors.jsonl', distractors.map((l) => `${l}\n`).join(''));
  return { files, figures: gold.length, distractors: distractors.length };
}
