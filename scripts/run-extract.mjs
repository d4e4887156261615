// `npm run -s extract` starts here, in plain JavaScript: scripts/extract.ts runs from a cached
// bundle (scripts/bundle-cli.mjs says how it stays fresh), and cli() is called on it.
import { setFlagsFromString } from 'node:v8';
import { importBundled } from './bundle-cli.mjs';

// Each regex compiled once, to machine code, on its first use. By default V8 first compiles a
// regex to bytecode for its interpreter and compiles it again to machine code on its second use;
// the extractor's patterns (the time words' alone is ~10 KB of alternatives, case-insensitive)
// are nearly all used more than once, so the bytecode was work thrown away: ~6 % of the
// instructions of a cold run over 1 MB (cachegrind). Matches are the same either way.
setFlagsFromString('--no-regexp-tier-up');

const { cli } = await importBundled('extract');
cli(process.argv.slice(2));
