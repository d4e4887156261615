// `npm run ingest -- --feed URL [--feed URL2] [--feeds FILE]`: the feed part of the ingest CLI
// (scripts/ingest.ts parses the options and hands them here). Prints one line per feed and one
// per problem; exit 0 when everything was read, 1 when something was refused or failed, 2 when
// nothing could start (no usable feed address).
import { readFileSync } from 'node:fs';
import type { Orm } from '../db/orm';
import { maxArticleBytes } from '../input/article';
import { EXIT_SOME_FAILED, EXIT_UNUSABLE, InputError } from '../input/problem';
import { feedSettings } from './config';
import { feedUrl, parseFeedList } from './list';
import { nodeTransport } from './node-transport';
import type { FeedConfig } from './poll';
import { runFeeds, type FeedReport } from './run';

export interface FeedArgs {
  feed?: string[];
  feeds?: string[];
}

/** The feeds named by --feed and listed in --feeds files; an unusable one is an InputError. */
export function feedList(args: FeedArgs): FeedConfig[] {
  const list: FeedConfig[] = [];
  for (const address of args.feed ?? []) {
    const url = feedUrl(address);
    if (typeof url !== 'string') throw new InputError('--feed', url.problem, EXIT_UNUSABLE);
    list.push({ url, name: null });
  }
  for (const file of args.feeds ?? []) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new InputError(file, `the feeds list cannot be read (${(error as Error).message}); give a text file with one feed URL per line`);
    }
    const parsed = parseFeedList(text, file);
    if (parsed.problems.length) throw new InputError(file, `${parsed.problems.join('; ')}; fix these lines of the feeds list`);
    list.push(...parsed.feeds);
  }
  if (!list.length) throw new InputError('--feeds', 'lists no feeds; write one feed URL per line');
  // The same feed named twice is polled once; the first name given wins.
  return list.filter((f, i) => list.findIndex((g) => g.url === f.url) === i);
}

export async function ingestFeeds(db: Orm, list: readonly FeedConfig[], env: Record<string, string | undefined> = process.env, log = console): Promise<number> {
  const settings = feedSettings(env, maxArticleBytes(env));
  const started = performance.now();
  const reports = await runFeeds(db, list, { ...settings, transport: nodeTransport(settings.policy.allowPrivate) });
  for (const report of reports) {
    for (const problem of report.problems) log.error(`ingest: ${problem}`);
    log.log(describeFeed(report));
  }
  const stored = reports.reduce((n, r) => n + r.stored, 0);
  const figures = reports.reduce((n, r) => n + r.figures, 0);
  log.log(`feeds: ${reports.length} polled, ${stored} new document${stored === 1 ? '' : 's'}, ${figures} figure${figures === 1 ? '' : 's'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return reports.some((r) => r.problems.length) ? EXIT_SOME_FAILED : 0;
}

export function describeFeed(r: FeedReport): string {
  if (r.status === null) return `${r.url}: not read (see above)`;
  if (r.status === 304 && r.fresh === 0) return `${r.url}: unchanged since the last run (304), nothing fetched`;
  if (r.status === 304) return `${r.url}: unchanged since the last run (304); ${r.fresh} item${r.fresh === 1 ? '' : 's'} that failed for now tried again: ${r.stored} stored`;
  return `${r.url}: ${r.items} items, ${r.fresh} new: ${r.stored} stored, ${r.present} already present, ${r.figures} figures${r.problems.length ? `, ${r.problems.length} problems` : ''}`;
}
