// npm run import-reference -- FILE.csv --subject brent --measure price --unit USD/bbl --frequency daily
// A thin parser over importReference (src/reference/store.ts): one CSV of date,value rows becomes a
// reference series, whole or not at all; a bad row is named with its line.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { MEASURES, UNITS, type Measure, type Unit } from '../src/extract/types';
import { ReferenceCsvError } from '../src/reference/csv';
import { importReference } from '../src/reference/store';
import { referenceEntity, unknownSubjectMessage } from '../src/reference/subject';
import { slug } from '../src/series/entities';
import { runMain } from './run-main';

const USAGE = `usage: npm run import-reference -- FILE.csv --subject brent --measure price --unit USD/bbl --frequency daily
  [--id eia-brent-spot-daily] [--label "EIA Brent spot"] [--provider EIA] [--licence "public domain"]
  [--url https://…] [--retrieved YYYY-MM-DD] [--date-column Date] [--value-column Price]
Stores FILE as a reference series in the database (DATABASE_URL, default data/flowline.db),
replacing the values of a series with the same id. The CSV needs a header row; the date column is
found by its name (date, day, month, observation_date) and the value column is the only other one
unless named. EIA downloads (title lines above the header, M/D/YYYY dates) and FRED's
(DATE,DCOILBRENTEU with "." for missing days) work as they come.`;

function fail(message: string): number {
  console.error(`import-reference: ${message}\n${USAGE}`);
  return 2;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        subject: { type: 'string' },
        measure: { type: 'string' },
        unit: { type: 'string' },
        frequency: { type: 'string', default: 'daily' },
        id: { type: 'string' },
        label: { type: 'string' },
        provider: { type: 'string' },
        licence: { type: 'string' },
        url: { type: 'string' },
        retrieved: { type: 'string' },
        'date-column': { type: 'string' },
        'value-column': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) return fail(positionals.length ? `one file at a time (got ${positionals.length}).` : 'name the CSV file to import.');
  if (!v.subject || !v.measure || !v.unit) return fail('say what the series is with --subject, --measure and --unit.');
  const entity = referenceEntity(v.subject);
  if (!entity) return fail(`--subject ${unknownSubjectMessage(v.subject)}.`);
  if (!MEASURES.includes(v.measure as Measure)) return fail(`--measure must be one of ${MEASURES.join(', ')}.`);
  if (!UNITS.includes(v.unit as Unit)) return fail(`--unit must be one of ${UNITS.join(', ')}.`);
  if (v.frequency !== 'daily' && v.frequency !== 'monthly') return fail('--frequency must be daily or monthly.');
  if (v.id !== undefined && !/^[a-z0-9-]{1,200}$/.test(v.id)) return fail('--id is lowercase letters, digits and dashes.');
  if (v.retrieved !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.retrieved)) return fail('--retrieved is a date, YYYY-MM-DD.');

  const file = positionals[0]!;
  let csv: string;
  try {
    csv = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
  const id = v.id ?? slug(`${entity}-${v.measure}-${v.frequency}-${basename(file).replace(/\.csv$/i, '')}`);
  const database = await openDatabase(readConfig(process.env));
  try {
    await migrateDatabase(database);
    const started = performance.now();
    const outcome = await importReference(
      database.db,
      {
        id,
        label: v.label ?? id,
        entity,
        measure: v.measure as Measure,
        unit: v.unit as Unit,
        frequency: v.frequency,
        provider: v.provider ?? 'unnamed provider',
        licence: v.licence ?? null,
        url: v.url ?? null,
        retrieved: v.retrieved ?? null,
      },
      csv,
      { dateColumn: v['date-column'], valueColumn: v['value-column'] },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const missing = outcome.missing ? `, ${outcome.missing} rows without a value skipped` : '';
    if (!outcome.imported) console.log(`${file}: already stored as reference series ${id} (${outcome.values} values); nothing changed`);
    else console.log(`${file}: reference series ${id}: ${outcome.values.toLocaleString('en-US')} values from ${outcome.first} to ${outcome.last}${missing} in ${seconds} s`);
    return 0;
  } catch (error) {
    if (!(error instanceof ReferenceCsvError)) throw error;
    console.error(`import-reference: ${file}: refused, nothing stored:`);
    for (const p of error.problems) console.error(`  ${p.line === null ? '' : `line ${p.line}: `}${p.message}`);
    return 1;
  } finally {
    database.close();
  }
}

runMain('import-reference', main);
