// Abuse at the HTTP level against the real Node server (scripts/start.ts): path traversal out of
// the static folder, malformed requests, oversized URLs and headers. The server must refuse each
// one and keep serving.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

/** Sends `raw` bytes as they are (no URL normalisation, unlike fetch) and returns the reply. */
function rawRequest(raw: string | Buffer, timeoutMs = 5000): Promise<{ status: number | null; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve({ status: null, text }) : reject(error)));
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? NaN) || null, text }));
    socket.setTimeout(timeoutMs, () => socket.destroy());
    socket.write(raw);
  });
}

const get = (path: string) => rawRequest(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

describe('the Node server under hostile requests', () => {
  it('serves nothing outside dist/public, however the path is written', async () => {
    const paths = [
      '/../package.json', '/../../package.json', '/%2e%2e/package.json', '/%2e%2e%2fpackage.json', '/assets/../../package.json',
      '/assets/..%2f..%2fpackage.json', '/assets/%2e%2e%2f%2e%2e%2fpackage.json', '/..%5c..%5cpackage.json', '/%252e%252e/package.json',
      '/....//....//package.json', '/assets/%00../../package.json', '/../data/manifest.json', '/../../../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '//etc/passwd', '/assets//etc/passwd',
    ];
    // The raw channel works: the dashboard itself is served.
    expect((await get('/index.html')).status).toBe(200);
    for (const path of paths) {
      const { status, text } = await get(path);
      expect(text, path).not.toMatch(/"name":\s*"flowline"|root:x:0:0|"devDependencies"|"published"/);
      expect(status === null || status < 500, `${path} → ${status}`).toBe(true);
    }
  });

  it('refuses malformed and oversized requests and keeps serving', { timeout: 60_000 }, async () => {
    const cases: Array<[string, string | Buffer]> = [
      ['garbage request line', 'HELLO\r\n\r\n'],
      ['binary noise', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256))],
      ['bad HTTP version', 'GET /api/health HTTP/9.9\r\nHost: x\r\n\r\n'],
      ['100 KB url', `GET /api/series?q=${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
      ['64 KB header', `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(64 * 1024)}\r\nConnection: close\r\n\r\n`],
      ['10,000 headers', `GET /api/health HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 10_000 }, (_, i) => `X-${i}: 1\r\n`).join('')}Connection: close\r\n\r\n`],
      ['conflicting lengths', 'POST /api/documents HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n'],
      ['negative length', 'POST /api/documents HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\nConnection: close\r\n\r\n'],
      ['bad chunk size', 'POST /api/documents HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'],
      ['truncated body', 'POST /api/documents HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\nContent-Type: application/json\r\nAuthorization: Bearer x\r\n\r\n{"text"'],
      ['header injection in the path', 'GET /api/series/x%0d%0aSet-Cookie:%20a=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ];
    for (const [name, raw] of cases) {
      const { status, text } = await rawRequest(raw, 3000);
      expect(status === null || status < 500, `${name} → ${status}: ${text.slice(0, 200)}`).toBe(true);
      expect(text, name).not.toMatch(/^Set-Cookie: a=1/im);
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status, `health after ${name}`).toBe(200);
    }
    expect(server.output()).not.toMatch(/failed:|Error:/);
  });
});
