// The extract CLI's contract, driven in-process: one JSON object per figure per line, files named
// as given, bad files reported on stderr while the others still print, exit codes.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/extract';

function runCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, (s) => out.push(s), (s) => err.push(s));
  const records = out.join('\n').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, records, err: err.join('\n') };
}

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles/a.txt'), 'The Kurdish pipeline carried 300,000 bpd on Tuesday.');
  writeFileSync(join(dir, 'articles/b.txt'), 'Brent rose 38 cents to $58.26 a barrel.');
  writeFileSync(join(dir, 'articles/empty.txt'), '');
  return dir;
}

describe('extract CLI', () => {
  it('prints the contract fields for each figure of a manifest, naming files as the manifest does', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify([{ file: 'articles/a.txt', published: '2017-10-24' }]));
    const { code, records } = runCli(['--manifest', join(dir, 'manifest.json')]);
    expect(code).toBe(0);
    expect(records).toHaveLength(1);
    expect(Object.keys(records[0]!).slice(0, 18)).toEqual(['file', 'value', 'unit', 'per', 'kind', 'measure', 'approx', 'asOf', 'asOfTo', 'low', 'high', 'subject', 'series', 'start', 'end', 'text', 'sentence', 'tags']);
    expect(records[0]).toMatchObject({ file: 'articles/a.txt', value: 300000, unit: 'bbl/d', kind: 'level', asOf: '2017-10-24', text: '300,000 bpd', publishedSource: 'manifest' });
  });

  it('applies --published to files named on the command line', () => {
    const dir = workspace();
    const file = join(dir, 'articles/b.txt');
    const { code, records } = runCli(['--published', '2017-10-18', file]);
    expect(code).toBe(0);
    expect(records.map((r) => [r.file, r.kind, r.value, r.asOf])).toEqual([
      [file, 'derived', 57.88, '2017-10-17'],
      [file, 'change', 0.38, '2017-10-18'],
      [file, 'level', 58.26, '2017-10-18'],
    ]);
  });

  it('reports a bad file on stderr, still prints the others, and exits 1', () => {
    const dir = workspace();
    const { code, records, err } = runCli([join(dir, 'articles/empty.txt'), join(dir, 'articles/a.txt'), join(dir, 'articles/missing.txt')]);
    expect(code).toBe(1);
    expect(records.map((r) => r.value)).toEqual([300000]);
    expect(err).toMatch(/empty\.txt: is empty/);
    expect(err).toMatch(/missing\.txt: .*not found/);
  });

  it('refuses a run it cannot start with exit 2 and says what to do', () => {
    expect(runCli([])).toMatchObject({ code: 2, records: [] });
    expect(runCli([]).err).toMatch(/no articles given/);
    expect(runCli(['--bogus', 'x.txt']).err).toMatch(/--bogus: is not an option/);
    expect(runCli(['--manifest']).err).toMatch(/--manifest: needs a value/);
    expect(runCli(['--published', '2017-13-45', 'x.txt']).code).toBe(2);
    const dir = workspace();
    writeFileSync(join(dir, 'bad.json'), '{"file": "a.txt"}');
    const bad = runCli(['--manifest', join(dir, 'bad.json')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/not a JSON array/);
  });
});
