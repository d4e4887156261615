// Writes need `Authorization: Bearer <FLOWLINE_TOKEN>`. With no token configured writes are off
// altogether (403), so a fresh deployment is read-only until someone chooses a secret.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';
import { ApiError } from './errors';

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
  const expected = c.var.token;
  if (!expected) {
    throw new ApiError(403, 'writes_disabled', 'Writes are turned off on this server: set FLOWLINE_TOKEN to enable POST /api/documents.');
  }
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const challenge = { 'WWW-Authenticate': 'Bearer realm="flowline"' };
  if (!match) {
    throw new ApiError(401, 'unauthorized', 'This write needs the header "Authorization: Bearer <token>" with the server\'s FLOWLINE_TOKEN.', undefined, challenge);
  }
  if (!(await tokensEqual(match[1]!, expected))) {
    throw new ApiError(401, 'unauthorized', 'The bearer token is not the one this server was configured with.', undefined, challenge);
  }
  await next();
};
