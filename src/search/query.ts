// A user's words → an FTS5 MATCH expression that cannot be read as FTS5 syntax. Every term is
// quoted (an embedded quote doubled), so a quote, `*`, `-`, `:`, `^`, parentheses or the words
// AND, OR, NOT and NEAR are searched for as words instead of breaking the query (or, worse,
// changing it). The last term also matches as a prefix, so a search box finds "Kurdistan" while
// "Kurd" is still being typed.

export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 12;

/** Runs of letters and digits (any script): what unicode61 would index as tokens. */
const TERM = /[\p{L}\p{N}]+/gu;

export interface SearchQuery {
  terms: string[];
  /** The FTS5 expression: `"kirkuk" "pipelin"*`-style, terms ANDed. */
  match: string;
}

export class QueryProblem extends Error {}

export function parseSearchQuery(raw: string): SearchQuery {
  const text = raw.trim();
  if (text.length > MAX_QUERY_CHARS) throw new QueryProblem(`is ${text.length} characters long; search with at most ${MAX_QUERY_CHARS}`);
  const terms = [...text.normalize('NFKC').matchAll(TERM)].map((m) => m[0].toLowerCase());
  if (!terms.length) throw new QueryProblem('has no letters or digits to search for; type a word such as "Kirkuk" or "exports"');
  if (terms.length > MAX_QUERY_TERMS) throw new QueryProblem(`has ${terms.length} words; search with at most ${MAX_QUERY_TERMS}`);
  const quoted = terms.map((t) => `"${t.replaceAll('"', '""')}"`);
  quoted[quoted.length - 1] += '*';
  return { terms, match: quoted.join(' ') };
}
