// The feed fetcher's transport on Node: node:http(s) with a DNS lookup that refuses private,
// loopback, link-local and metadata addresses. The check runs inside the connection's own lookup,
// so the address checked is the address connected to: a name that answers 1.2.3.4 to a first
// query and 127.0.0.1 to the next (DNS rebinding) gains nothing, since there is no second query.
// What remains: a redirect to another name is a new connection with a new, checked lookup; an
// HTTP proxy would resolve names itself, so none is used (HTTP(S)_PROXY are ignored here).
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { nonPublicReason } from './address';
import type { Transport } from './fetch';

export function nodeTransport(allowPrivate: boolean): Transport {
  const lookup = checkedLookup(allowPrivate);
  // Kept-alive connections save a handshake per page from the same site; each was checked when
  // it was opened, by the lookup below. Idle sockets are unref'd, so they never hold the CLI open.
  const agents = { http: new http.Agent({ keepAlive: true, lookup }), https: new https.Agent({ keepAlive: true, lookup }) };
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const secure = url.protocol === 'https:';
      const request = (secure ? https : http).request(
        url,
        { method: 'GET', headers: init.headers, signal: init.signal, lookup, agent: secure ? agents.https : agents.http },
        (res) => {
          const status = res.statusCode ?? 0;
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const one of [value ?? []].flat()) headers.append(name, one);
          }
          const bodiless = status === 204 || status === 304 || status < 200;
          if (bodiless) res.resume();
          try {
            resolve(new Response(bodiless ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>), { status: bodiless && status < 200 ? 502 : status, headers }));
          } catch (error) {
            res.destroy();
            reject(error);
          }
        },
      );
      request.on('error', reject);
      request.end();
    });
}

function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      // Every address the name has, not just the first: a client may fall back to any of them.
      const bad = allowPrivate ? undefined : addresses.find((a) => nonPublicReason(a.address) !== null);
      if (bad) {
        const refused = Object.assign(
          new Error(`${hostname} resolves to ${bad.address}, ${nonPublicReason(bad.address)}; flowline does not fetch from private or local networks`),
          { code: 'EFLOWLINE_PRIVATE' },
        );
        return callback(refused, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };
}
