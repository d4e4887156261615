// Feed settings from the environment, the same names on Node (process.env) and in the Worker
// (wrangler.toml vars). Pure: the transport is chosen by each runtime.
import { DEFAULT_MAX_ARTICLE_BYTES } from '../input/decode';
import { DEFAULT_POLICY, userAgent, type FetchPolicy } from './fetch';

export interface FeedSettings {
  policy: Omit<FetchPolicy, 'maxBytes'>;
  maxFeedBytes: number;
  maxPageBytes: number;
}

export const DEFAULT_MAX_FEED_BYTES = 5 * 1024 * 1024;

/**
 * FLOWLINE_FEEDS_CONTACT: a URL or mailto: put in the User-Agent so site owners can reach you.
 * FLOWLINE_FEEDS_ALLOW_PRIVATE=1: allow private and loopback addresses (tests on 127.0.0.1 only).
 * FLOWLINE_FEEDS_TIMEOUT_S: seconds to wait for an answer and for each part of a body (default 10/15).
 */
export function feedSettings(env: Record<string, string | undefined>, maxPageBytes = DEFAULT_MAX_ARTICLE_BYTES): FeedSettings {
  const timeout = Number(env.FLOWLINE_FEEDS_TIMEOUT_S);
  const seconds = Number.isFinite(timeout) && timeout > 0 ? timeout * 1000 : null;
  return {
    policy: {
      ...DEFAULT_POLICY,
      userAgent: userAgent(env.FLOWLINE_FEEDS_CONTACT?.trim() || null),
      allowPrivate: env.FLOWLINE_FEEDS_ALLOW_PRIVATE === '1' || env.FLOWLINE_FEEDS_ALLOW_PRIVATE === 'true',
      ...(seconds ? { connectTimeoutMs: seconds, readTimeoutMs: seconds, totalTimeoutMs: seconds * 4 } : {}),
    },
    maxFeedBytes: DEFAULT_MAX_FEED_BYTES,
    maxPageBytes,
  };
}
