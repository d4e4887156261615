// One pass over the configured feeds, in process (the CLI; the bench): poll each feed, store its
// new items, remember what was seen. One broken feed or item is reported and the rest go on.
import type { Orm } from '../db/orm';
import { FetchFailed } from './fetch';
import { storeItem, type FetchDeps } from './item';
import { NotAFeed } from './parse';
import { pollFeed, type FeedConfig } from './poll';
import { recordItems, retryItems, saveFeed, type ItemRecord } from './state';

export interface FeedReport {
  url: string;
  /** 200 fetched, 304 unchanged, or null when the feed could not be read (see problems). */
  status: 200 | 304 | null;
  items: number;
  fresh: number;
  stored: number;
  /** Items already stored from another feed or file (the same text). */
  present: number;
  figures: number;
  bytes: number;
  problems: string[];
}

export interface RunOptions {
  /** Items fetched at once per feed; extraction itself runs one at a time. */
  concurrency?: number;
}

export async function runFeeds(db: Orm, list: readonly FeedConfig[], deps: FetchDeps, options: RunOptions = {}): Promise<FeedReport[]> {
  const reports: FeedReport[] = [];
  for (const feed of list) reports.push(await runFeed(db, feed, deps, options));
  return reports;
}

async function runFeed(db: Orm, feed: FeedConfig, deps: FetchDeps, options: RunOptions): Promise<FeedReport> {
  const report: FeedReport = { url: feed.url, status: null, items: 0, fresh: 0, stored: 0, present: 0, figures: 0, bytes: 0, problems: [] };
  let poll;
  try {
    poll = await pollFeed(db, feed, deps);
  } catch (error) {
    if (!(error instanceof FetchFailed || error instanceof NotAFeed)) throw error;
    report.problems.push(error instanceof NotAFeed ? `${feed.url}: ${error.message}` : error.message);
    return report;
  }
  report.status = poll.status;
  // An unchanged feed still has its items that failed for now: they are tried again.
  const pending = poll.status === 304 ? await retryItems(db, feed.url) : poll.fresh;
  const source = poll.status === 304 ? poll.row.name : poll.source;
  if (poll.status === 200) {
    report.items = poll.items;
    report.problems.push(...poll.problems.map((p) => `${feed.url}: ${p}`));
  }
  report.fresh = pending.length;

  const queue = [...pending];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const outcome = await storeItem(db, { link: item.link, title: item.title, published: item.published, source }, deps);
      let record: ItemRecord;
      if (outcome.state === 'stored') {
        if (outcome.created) report.stored++;
        else report.present++;
        report.figures += outcome.figures;
        report.bytes += outcome.bytes;
        record = { feedUrl: feed.url, item, state: 'stored', documentId: outcome.documentId };
      } else {
        report.problems.push(outcome.state === 'retry' ? `${outcome.problem} (tried again on the next run)` : outcome.problem);
        record = { feedUrl: feed.url, item, state: outcome.state, problem: outcome.problem };
      }
      // Recorded at once: a run killed half-way does not fetch what it already stored.
      await recordItems(db, [record]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  // Saved last: a run that dies before here fetches the whole feed again next time, and skips the
  // items it recorded (or, killed between storing and recording, finds their text present).
  await saveFeed(db, poll.row);
  return report;
}
