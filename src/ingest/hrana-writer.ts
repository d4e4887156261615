// The bulk writer over HTTP to sqld or Turso, speaking Hrana over HTTP itself (POST /v2/pipeline,
// the protocol @libsql/client speaks: github.com/tursodatabase/libsql, docs/HTTP_V2_SPEC.md).
//
// Why not the client: its JSON writer encodes value by value in JavaScript, which took about 1 s
// of CPU for the ingest bench's 17,634 figure rows, more than sqld took to store them; here each
// request body is one JSON.stringify. A transaction is three requests: BEGIN IMMEDIATE with the
// reads made in the same tick, the inserts as one batch whose steps each run only if the one
// before succeeded, then COMMIT with the stream's close. Any failure sends ROLLBACK and closes the
// stream (a stream the server loses is rolled back too), so the server keeps whole transactions only.
import type { InStatement, InValue } from '@libsql/client';
import type { BulkWriter, WriteTx } from '../db/native-writer';

type HranaValue =
  | { type: 'null' }
  | { type: 'integer'; value: string }
  | { type: 'float'; value: number }
  | { type: 'text'; value: string }
  | { type: 'blob'; base64: string };

interface HranaError {
  message: string;
  code?: string | null;
}

type StreamResult = { type: 'ok'; response: { type: string; result?: unknown } } | { type: 'error'; error: HranaError };

interface ExecuteResult {
  rows: HranaValue[][];
}

interface BatchResult {
  step_errors: (HranaError | null)[];
}

/** An error the server reported, with its code (SQLITE_BUSY, …) where src/db/errors.ts looks for it. */
export class ServerError extends Error {
  override name = 'ServerError';
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(code && !message.includes(code) ? `${code}: ${message}` : message);
  }
}

/** The pipeline endpoint for a DATABASE_URL, as @libsql/client reads it; null when it is not a server URL. */
export function pipelineUrl(url: string): string | null {
  const m = /^(https?|libsql|wss?):\/\/([^/?#@]+)([^?#]*)(\?[^#]*)?/i.exec(url);
  if (!m) return null;
  const [, scheme, host, path, query] = m;
  const plain = /[?&]tls=0\b/.test(query ?? '');
  const http = { http: 'http', https: 'https', ws: 'http', wss: 'https', libsql: plain ? 'http' : 'https' }[scheme!.toLowerCase()]!;
  return `${http}://${host}${path!.replace(/\/+$/, '')}/v2/pipeline`;
}

function encode(value: InValue): HranaValue {
  if (value === null) return { type: 'null' };
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be stored: only finite numbers can`);
      return { type: 'float', value };
    case 'string':
      return { type: 'text', value };
    case 'bigint':
      return { type: 'integer', value: String(value) };
    case 'boolean':
      return { type: 'integer', value: value ? '1' : '0' };
  }
  if (value instanceof Date) return { type: 'float', value: value.valueOf() };
  return { type: 'blob', base64: Buffer.from(value as ArrayBuffer).toString('base64') };
}

function decode(value: HranaValue): unknown {
  switch (value.type) {
    case 'null':
      return null;
    case 'integer':
      return Number(value.value);
    case 'blob':
      return Buffer.from(value.base64, 'base64');
    default:
      return value.value;
  }
}

const stmt = (s: InStatement, wantRows = false) =>
  typeof s === 'string' ? { sql: s, want_rows: wantRows } : { sql: s.sql, args: ((s.args ?? []) as InValue[]).map(encode), want_rows: wantRows };

export function hranaWriter(endpoint: string, authToken: string | null): BulkWriter {
  const where = endpoint.replace(/\/v2\/pipeline$/, '');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authToken) headers.authorization = `Bearer ${authToken}`;

  return {
    rowsAs: 'json',
    async transaction(work) {
      let baton: string | null = null;
      let target = endpoint;
      // Requests made in the same tick go in one HTTP request; the next waits for the answer
      // before it (it must carry the baton the answer gave).
      let pending: { request: object; resolve(r: StreamResult): void; reject(e: Error): void }[] = [];
      let chain: Promise<void> = Promise.resolve();
      const flush = async () => {
        const sending = pending;
        pending = [];
        try {
          // Bytes, not a string: fetch would scan a string body of megabytes for lone surrogates first.
          const body = Buffer.from(JSON.stringify({ baton, requests: sending.map((p) => p.request) }));
          const response = await fetch(target, { method: 'POST', headers, body }).catch((error: Error) => {
            const why = (error.cause as Error | undefined)?.message ?? error.message;
            throw new Error(`could not reach the libSQL server at ${where} (${why}); check DATABASE_URL and that the server is running`);
          });
          if (!response.ok) {
            const text = (await response.text()).slice(0, 300);
            throw new Error(`the libSQL server at ${where} answered HTTP ${response.status}: ${text}`);
          }
          const answer = (await response.json()) as { baton: string | null; base_url: string | null; results: StreamResult[] };
          baton = answer.baton;
          if (answer.base_url) target = pipelineUrl(answer.base_url) ?? target;
          sending.forEach((p, i) => p.resolve(answer.results[i]!));
        } catch (error) {
          for (const p of sending) p.reject(error as Error);
        }
      };
      const send = (request: object) =>
        new Promise<StreamResult>((resolve, reject) => {
          pending.push({ request, resolve, reject });
          if (pending.length === 1) chain = chain.then(flush);
        });
      const ok = async <T>(result: Promise<StreamResult>): Promise<T> => {
        const r = await result;
        if (r.type === 'error') throw new ServerError(r.error.message, r.error.code ?? null);
        return r.response.result as T;
      };

      // Nothing may run before BEGIN is known to have worked: a write outside the transaction
      // would be committed on its own.
      const begun = ok(send({ type: 'execute', stmt: stmt('BEGIN IMMEDIATE') }));
      begun.catch(() => undefined);
      const tx: WriteTx = {
        async rows(sql, args = []) {
          const answer = ok<ExecuteResult>(send({ type: 'execute', stmt: stmt({ sql, args: [...args] }, true) }));
          const [, result] = await Promise.all([begun, answer]);
          return result.rows.map((row) => row.map(decode));
        },
        async run(statements) {
          await begun;
          if (!statements.length) return;
          const steps = statements.map((s, i) => ({ stmt: stmt(s), ...(i ? { condition: { type: 'ok', step: i - 1 } } : {}) }));
          const result = await ok<BatchResult>(send({ type: 'batch', batch: { steps } }));
          const failed = result.step_errors.find((e) => e !== null);
          if (failed) throw new ServerError(failed.message, failed.code ?? null);
        },
      };

      let result;
      try {
        result = await work(tx);
        await begun;
      } catch (error) {
        // ROLLBACK and close; if even that fails, the server rolls the lost stream back itself.
        await Promise.all([send({ type: 'execute', stmt: stmt('ROLLBACK') }), send({ type: 'close' })]).catch(() => undefined);
        throw error;
      }
      // A COMMIT that fails leaves nothing: the close in the same request ends the stream.
      await Promise.all([ok(send({ type: 'execute', stmt: stmt('COMMIT') })), send({ type: 'close' })]);
      return result;
    },
    close: () => undefined,
  };
}
