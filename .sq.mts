// Storing only into sqld: wall, client CPU, and the server's CPU (from /proc) per run.
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
const ROOT = process.env.ROOT!;
const { openDatabase } = await import(`${ROOT}/src/db/client.ts`);
const { migrateDatabase } = await import(`${ROOT}/src/db/migrate.ts`);
const { bumpDataVersion } = await import(`${ROOT}/src/db/repo/meta.ts`);
const { storeDocuments } = await import(`${ROOT}/src/ingest/store.ts`);
const writerMod = await import(`${ROOT}/src/ingest/writer.ts`).catch(() => null);
const { GAZETTEER } = await import(`${ROOT}/src/series/gazetteer.ts`);
const { seriesKey } = await import(`${ROOT}/src/series/key.ts`);
const { startSqld } = await import(`${ROOT}/test/support/sqld.ts`);
const { execSync } = await import('node:child_process');
const docs = JSON.parse(readFileSync('/tmp/prof/docs.json', 'utf8'));
const figures = docs.reduce((n: number, d: any) => n + d.result.figures.length, 0);
const GROUP = Number(process.env.GROUP ?? 100);
const sqldCpu = () => { const pids = execSync('pgrep -f "sqld --http-listen-addr" || true').toString().trim().split('\n').filter(Boolean); let t = 0; for (const p of pids) { try { const f = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' '); t += (Number(f[11]) + Number(f[12])) / 100; } catch {} } return t; };
const session = new Session(); session.connect();
for (let r = 0; r < Number(process.env.RUNS ?? 2); r++) {
  const sqld = await startSqld();
  const database = await openDatabase({ databaseUrl: sqld.url, databaseAuthToken: null });
  await migrateDatabase(database);
  const bump = bumpDataVersion(database.db).toSQL();
  const target = writerMod ? writerMod.openBulkWriter(database) : database.client;
  const keyFor = (f: any) => seriesKey(GAZETTEER, f);
  const prof = process.env.PROF && r === 0;
  if (prof) { await session.post('Profiler.enable'); await session.post('Profiler.start'); }
  const s0 = sqldCpu(); const cpu0 = process.cpuUsage(); const started = performance.now();
  for (let i = 0; i < docs.length; i += GROUP) await storeDocuments(target, docs.slice(i, i + GROUP), { keyFor, ingestedAt: 'x', bumpVersion: { sql: bump.sql, args: bump.params } });
  const s = (performance.now() - started) / 1000; const cu = process.cpuUsage(cpu0); const sc = sqldCpu() - s0;
  if (prof) { const { profile } = await session.post('Profiler.stop'); writeFileSync(process.env.PROF!, JSON.stringify(profile)); }
  console.log(`sqld run ${r}: ${Math.round(figures / s)}/s wall ${s.toFixed(2)} s, client cpu ${((cu.user + cu.system) / 1e6).toFixed(2)} s, sqld cpu ${sc.toFixed(2)} s`);
  if (writerMod) target.close();
  database.close(); await sqld.stop();
}
