// Configuration from environment-like variables. No `process` here: Node passes process.env,
// the Worker passes its bindings, tests pass plain objects.

export interface Config {
  /** Unset: the embedded libSQL file data/flowline.db. `file:…`, `http(s)://…`, `libsql://…`. */
  databaseUrl: string | null;
  databaseAuthToken: string | null;
  /** Bearer token for writes (POST /api/documents). Null: writes are off. */
  token: string | null;
  port: number;
  /** Largest accepted request body, bytes. */
  maxBodyBytes: number;
  /** Whether the Node server on a libSQL file writes series answers on a thread of their own (src/api/series-thread.ts). */
  seriesThread: boolean;
}

export type EnvVars = Record<string, string | undefined>;

const DEFAULT_PORT = 8787;
const DEFAULT_MAX_BODY = 5 * 1024 * 1024;

export function readConfig(env: EnvVars): Config {
  return {
    databaseUrl: nonEmpty(env.DATABASE_URL),
    databaseAuthToken: nonEmpty(env.DATABASE_AUTH_TOKEN),
    token: nonEmpty(env.FLOWLINE_TOKEN),
    port: positiveInt(env.PORT, 'PORT', DEFAULT_PORT),
    maxBodyBytes: positiveInt(env.FLOWLINE_MAX_BODY_BYTES, 'FLOWLINE_MAX_BODY_BYTES', DEFAULT_MAX_BODY),
    seriesThread: onOff(env.FLOWLINE_SERIES_THREAD, 'FLOWLINE_SERIES_THREAD', true),
  };
}

function onOff(value: string | undefined, name: string, fallback: boolean): boolean {
  const v = value?.trim().toLowerCase();
  if (!v) return fallback;
  if (v === 'on' || v === '1' || v === 'true') return true;
  if (v === 'off' || v === '0' || v === 'false') return false;
  throw new Error(`${name} must be on or off, got "${value}"; unset it for ${fallback ? 'on' : 'off'}.`);
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`${name} must be a whole number, got "${value}"; unset it to use ${fallback}.`);
  }
  return n;
}
