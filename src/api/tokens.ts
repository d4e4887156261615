// Write tokens, each with a name the audit records: FLOWLINE_TOKEN="alice:s3cret bob:t0ken"
// (pairs separated by spaces or commas). A value without any "name:" pair is the old single
// token, recorded under the name "default", so existing deployments keep working.

export interface NamedToken {
  name: string;
  secret: string;
}

const NAME = /^[A-Za-z0-9_.@-]{1,64}$/;

export const DEFAULT_TOKEN_NAME = 'default';

export function parseTokens(value: string | null): NamedToken[] {
  if (!value) return [];
  const parts = value.split(/[\s,]+/).filter(Boolean);
  const pairs = parts.map((part) => {
    const colon = part.indexOf(':');
    const name = part.slice(0, colon);
    return colon > 0 && colon < part.length - 1 && NAME.test(name) ? { name, secret: part.slice(colon + 1) } : null;
  });
  if (pairs.every((p) => p !== null)) return pairs as NamedToken[];
  // Not a list of pairs: the whole value is one secret (it may itself contain ':' or ',').
  return [{ name: DEFAULT_TOKEN_NAME, secret: value }];
}
