// npm run reextract [-- --dry-run] [-- --quiet]
// Runs the current extractor over every stored document, keeps what analysts corrected, rejected
// or confirmed, and reports per document which figures were added, removed or changed.
import { parseArgs } from 'node:util';
import { describeReport, reextractAll } from '../src/curation/reextract';
import { readConfig } from '../src/config';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { runMain } from './run-main';

const USAGE = `usage: npm run reextract [-- --dry-run] [-- --quiet]
Re-extracts every document in the database (DATABASE_URL, default data/flowline.db) with the
current extractor; analysts' corrections are applied on top. --dry-run reports without writing;
--quiet prints only documents that changed and the totals.`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { 'dry-run': { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`reextract: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const database = await openDatabase(readConfig(process.env));
  try {
    await migrateDatabase(database);
    const totals = await reextractAll(database.db, {
      dryRun: values['dry-run'] ?? false,
      onDocument: (r) => {
        const f = r.figures;
        const quiet = !f.added.length && !f.removed.length && !f.changed.length && r.published.before === r.published.after;
        if (!(values.quiet && quiet)) console.log(describeReport(r));
      },
    });
    console.log(
      `${values['dry-run'] ? 'would re-extract' : 're-extracted'} ${totals.documents} documents (${totals.changed} changed): ` +
        `${totals.added} figures added, ${totals.removed} removed, ${totals.altered} changed; ` +
        `${totals.restored} corrected figures restored, ${totals.rejected} rejected ones kept out`,
    );
    return 0;
  } finally {
    database.close();
  }
}

runMain('reextract', main);
