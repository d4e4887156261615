// `npm run -s extract` starts here, in plain JavaScript: scripts/extract.ts runs from a cached
// bundle (scripts/bundle-cli.mjs says how it stays fresh), and cli() is called on it.
import { setFlagsFromString } from 'node:v8';
import { importBundled } from './bundle-cli.mjs';

// V8 compiles a function with its optimizing compiler once it has run a budget of bytecode; the
// extractor has hundreds of rule functions, and in a batch run that compiling was about half the
// instructions of the first megabytes (cachegrind: 51 % of a cold megabyte, still 35 % of the
// next two). Twice the default budget (67,584) leaves the rarely run rules in the baseline tier
// and compiles the hot ones a little later: 29 % fewer compilations over 4 MB and 8 % fewer
// instructions over four passes of 1 MB (cachegrind), the output the same. Set before the bundle
// loads, so it holds for every function in it.
setFlagsFromString('--interrupt-budget=135168');

const { cli } = await importBundled('extract');
cli(process.argv.slice(2));
