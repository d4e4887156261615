// Writes need `Authorization: Bearer <token>` with one of the tokens in FLOWLINE_TOKEN (see
// tokens.ts); the token's name is set as c.var.tokenName for the audit. With no token configured
// writes are off altogether (403), so a fresh deployment is read-only until someone chooses a secret.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';
import { ApiError } from './errors';
import { parseTokens } from './tokens';

const encoder = new TextEncoder();

/**
 * Compares SHA-256 digests byte by byte without an early exit: the time taken says nothing about
 * how much of a guess was right, and hashing first hides the token's length too.
 */
export async function tokensEqual(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all(
    [given, expected].map(async (s) => new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(s)))),
  );
  let diff = 0;
  for (let i = 0; i < a!.length; i++) diff |= a![i]! ^ b![i]!;
  return diff === 0;
}

export const requireToken: MiddlewareHandler<AppEnv> = async (c, next) => {
  const tokens = parseTokens(c.var.token);
  if (!tokens.length) {
    throw new ApiError(403, 'writes_disabled', 'Writes are turned off on this server: set FLOWLINE_TOKEN to enable ingest and corrections.');
  }
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const challenge = { 'WWW-Authenticate': 'Bearer realm="flowline"' };
  if (!match) {
    throw new ApiError(401, 'unauthorized', 'This write needs the header "Authorization: Bearer <token>" with the server\'s FLOWLINE_TOKEN.', undefined, challenge);
  }
  // Every token is compared, so the time taken does not say which name a guess came close to.
  const equal = await Promise.all(tokens.map((t) => tokensEqual(match[1]!, t.secret)));
  const found = tokens[equal.indexOf(true)];
  if (!found) {
    throw new ApiError(401, 'unauthorized', 'The bearer token is not one this server was configured with.', undefined, challenge);
  }
  c.set('tokenName', found.name);
  await next();
};
