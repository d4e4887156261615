// Uncached series reads in process, one thread, for counting instructions (valgrind) rather than
// timing them on this shared machine: `bench api`'s series, read N times through the app with
// native reads and answers written in this thread.
//
//   valgrind --tool=cachegrind --cache-sim=no node --single-threaded --import tsx \
//     scripts/bench/api-miss-instructions.ts DB_FILE (range|write) N
//
// range: every read asks a new date range of the same data (the response cache misses);
// write: every read follows a write (a data version bump), so it is the series' first read after one.
// Run it for two N and divide the difference in instructions by the difference in N: start-up cancels out.
import { createNodeApp } from '../../src/node';
import { openDatabase } from '../../src/db/client';
import { readPathOf } from '../../src/db/native-read';
import { seriesAnswersHere } from '../../src/api/series-answer';

const [file, mode, count] = process.argv.slice(2);
if (!file || (mode !== 'range' && mode !== 'write') || !count) throw new Error('usage: api-miss-instructions.ts DB_FILE range|write N');
const database = await openDatabase({ databaseUrl: `file:${file}`, databaseAuthToken: null });
const reads = readPathOf(database);
// The version is read on every request (no reuse window), so a write shows at once.
const app = createNodeApp(database.db, { token: null, maxBodyBytes: 1e6, reads, seriesAnswers: seriesAnswersHere(reads) }, { versionTtlMs: 0 });
const list = (await (await app.request('/api/series?limit=1000')).json()) as { series: { id: string; points: number }[] };
const series = [...list.series].sort((a, b) => b.points - a.points)[0]!.id;
let days = 0;
const day = () => new Date(Date.UTC(2100, 0, 1) + days++ * 86_400_000).toISOString().slice(0, 10);
let bytes = 0;
for (let i = 0; i < Number(count); i++) {
  if (mode === 'write') await database.client.execute(`UPDATE meta SET value = value + 1 WHERE key = 'data_version'`);
  const res = await app.request(`/api/series/${series}?to=${day()}`);
  bytes += (await res.arrayBuffer()).byteLength;
}
console.log(`${mode}: ${count} reads of ${series}, ${bytes} bytes`);
reads.close();
database.close();
