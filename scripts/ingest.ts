// npm run ingest -- --manifest M.json
// npm run ingest -- [--published YYYY-MM-DD] FILE…
// A thin parser over src/ingest: reads the articles, stores their figures, prints a summary.
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { ingestBatch, summarise } from '../src/ingest/batch';
import { EXIT_SOME_FAILED, EXIT_UNUSABLE, formatProblem, listArticles, readManifest } from '../src/input';
import { progressBar } from '../src/ingest/progress';
import { feedList, ingestFeeds, type FeedArgs } from '../src/feeds/cli';
import { runMain } from './run-main';

const USAGE = `usage: npm run ingest -- --manifest M.json
       npm run ingest -- [--published YYYY-MM-DD] FILE…
       npm run ingest -- --feed URL [--feed URL2] [--feeds FILE] [--contact URL]
Stores the figures of each article in the database (DATABASE_URL, default data/flowline.db).
The same text twice is stored once.`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { manifest: { type: 'string' }, feed: { type: 'string', multiple: true }, feeds: { type: 'string', multiple: true }, contact: { type: 'string' }, published: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
    return EXIT_UNUSABLE;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.feed || values.feeds) return ingestFeedsCli(values, positionals);
  if (!values.manifest && positionals.length === 0) {
    console.error(`ingest: nothing to ingest: give --manifest M.json or article files.\n${USAGE}`);
    return EXIT_UNUSABLE;
  }
  if (values.manifest && positionals.length) {
    console.error('ingest: give either --manifest or files, not both.');
    return EXIT_UNUSABLE;
  }

  const batch = values.manifest
    ? readManifest(values.manifest)
    : listArticles(positionals, { published: values.published ?? null });
  const database = await openDatabase(readConfig(process.env));
  try {
    await migrateDatabase(database);
    const bar = process.stderr.isTTY ? progressBar(process.stderr) : undefined;
    const report = await ingestBatch(database, batch, bar ? { onProgress: bar } : {});
    for (const problem of report.problems) console.error(`ingest: ${formatProblem(problem)}`);
    console.log(summarise(report));
    return report.problems.length ? EXIT_SOME_FAILED : 0;
  } finally {
    database.close();
  }
}

async function ingestFeedsCli(args: FeedArgs & { manifest?: string; published?: string; contact?: string }, positionals: string[]): Promise<number> {
  if (args.manifest || positionals.length || args.published) {
    console.error('ingest: give either --feed/--feeds or a manifest or files, not both (a feed item is dated by the feed, not by --published).');
    return EXIT_UNUSABLE;
  }
  const list = feedList(args);
  const database = await openDatabase(readConfig(process.env));
  try {
    await migrateDatabase(database);
    // --contact (a URL or mailto: for site owners) goes in the User-Agent, like FLOWLINE_FEEDS_CONTACT.
    return await ingestFeeds(database.db, list, args.contact ? { ...process.env, FLOWLINE_FEEDS_CONTACT: args.contact } : process.env);
  } finally {
    database.close();
  }
}

runMain('ingest', main);
