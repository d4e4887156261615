// `npm run -s extract` starts here, in plain JavaScript: scripts/extract.ts runs from a cached
// bundle (scripts/bundle-cli.mjs says how it stays fresh), and cli() is called on it.
import { importBundled } from './bundle-cli.mjs';

const { cli } = await importBundled('extract');
cli(process.argv.slice(2));
