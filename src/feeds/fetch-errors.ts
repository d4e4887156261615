// How a fetch fails, in words for the person running flowline, and whether trying again later
// can help (the CLI retries on its next run, the Worker's queue after a delay).

/**
 * A fetch that failed, said for a person. `transient` failures (timeouts, refused connections,
 * 5xx, 429) may succeed later and are worth retrying; the others will fail the same way again.
 */
export class FetchFailed extends Error {
  override name = 'FetchFailed';
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

export function statusFailure(where: string, status: number): FetchFailed {
  if (status === 404 || status === 410) return new FetchFailed(`${where}: not found (HTTP ${status}); the item or feed was removed or moved`, false);
  if (status === 401 || status === 403) return new FetchFailed(`${where}: refused (HTTP ${status}); the site does not let flowline read it`, false);
  if (status === 429) return new FetchFailed(`${where}: too many requests (HTTP 429); poll less often, it will be retried`, true);
  if (status >= 500) return new FetchFailed(`${where}: the server failed (HTTP ${status}); it will be retried`, true);
  return new FetchFailed(`${where}: answered HTTP ${status}, not a page`, false);
}

/** A network error's cause in words: "connection refused", "name not found", … */
export function networkMessage(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause ?? error;
  const code = (cause as { code?: unknown } | null)?.code;
  const message = cause instanceof Error ? cause.message : String(cause);
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused (nothing listens there)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name was not found (check the address)';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'the server closed the connection';
    default:
      return message;
  }
}
