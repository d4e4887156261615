// `npm run ingest|reextract|export-gold` start here, in plain JavaScript: `node scripts/run-cli.mjs
// NAME ARGS…` runs scripts/NAME.ts from a cached bundle (scripts/bundle-cli.mjs says how it stays
// fresh); the script runs its own main() when imported. The ingest bundles its extraction and
// writer threads' modules beside it (src/ingest/worker-module.ts looks for them there).
import { importBundled } from './bundle-cli.mjs';

const WORKERS = ['src/ingest/extract-worker.ts', 'src/ingest/writer-worker.ts'];
// The server answers series reads on a thread of its own (src/api/series-thread.ts).
const EXTRA = { ingest: WORKERS, start: [...WORKERS, 'src/api/series-worker.ts'] };
const name = process.argv[2] ?? '';
if (!/^(ingest|reextract|export-gold|start)$/.test(name)) {
  console.error(`run-cli: unknown command "${name}"; one of ingest, reextract, export-gold, start`);
  process.exit(2);
}
// The script reads its options from process.argv.slice(2), as when run directly.
process.argv.splice(2, 1);
await importBundled(name, EXTRA[name] ?? []);
