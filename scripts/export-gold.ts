// npm run export-gold -- --out DIR
// Writes the figures analysts corrected or confirmed as a gold set in the scorer's format
// (DIR/manifest.json, DIR/articles/doc-<id>.txt, DIR/gold.jsonl, DIR/distractors.jsonl), so
//   node ../shared/eval/score.mjs DIR
// scores the extractor against them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportGold } from '../src/curation/export';
import { readConfig } from '../src/config';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { runMain } from './run-main';

const USAGE = `usage: npm run export-gold -- --out DIR
Writes reviewed figures (corrected or confirmed in the API) from the database (DATABASE_URL,
default data/flowline.db) as a gold set: manifest.json, articles/, gold.jsonl, distractors.jsonl
(rejected figures). Score it with: node ../shared/eval/score.mjs DIR`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`export-gold: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.out) {
    console.error(`export-gold: say where to write the set with --out DIR.\n${USAGE}`);
    return 2;
  }
  const database = await openDatabase(readConfig(process.env));
  try {
    await migrateDatabase(database);
    const set = await exportGold(database.db);
    for (const [file, text] of set.files) {
      const path = join(values.out, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    const articles = set.files.size - 3;
    console.log(`wrote ${set.figures} reviewed figures and ${set.distractors} rejected ones from ${articles} documents to ${values.out}`);
    if (set.figures === 0) console.log('nothing reviewed yet: correct or confirm figures through the API first (see README, Curation)');
    return 0;
  } finally {
    database.close();
  }
}

runMain('export-gold', main);
