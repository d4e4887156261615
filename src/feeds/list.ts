// The list of feeds to follow, as written in a --feeds file or the Worker's FLOWLINE_FEEDS
// variable: one feed per line, its URL then optionally the source name to file it under;
// blank lines and lines starting with # are ignored.
//   https://example.com/energy.rss   Example Energy Desk
import type { FeedConfig } from './poll';

export function parseFeedList(text: string, where: string): { feeds: FeedConfig[]; problems: string[] } {
  const feeds: FeedConfig[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [address = '', ...name] = line.split(/\s+/);
    const checked = feedUrl(address);
    if (typeof checked !== 'string') {
      problems.push(`${where} line ${index + 1}: ${checked.problem}`);
      return;
    }
    if (seen.has(checked)) return;
    seen.add(checked);
    feeds.push({ url: checked, name: name.length ? name.join(' ') : null });
  });
  return { feeds, problems };
}

/** The URL normalised, or why it cannot be a feed address. */
export function feedUrl(address: string): string | { problem: string } {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { problem: `"${address}" is not an absolute URL; write the feed's address as https://…` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: `"${address}" uses ${url.protocol}; feeds are fetched over http: or https: only` };
  return url.href;
}
