// npm run import-reference as a user runs it: the real CLI on a real libSQL file.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/client';
import { tempDbUrl } from '../support/temp';

const run = promisify(execFile);
const temp = tempDbUrl();
afterAll(() => temp.cleanup());

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/import-reference.ts', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: temp.url } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const file = (name: string, text: string) => {
  const path = join(temp.dir, name);
  writeFileSync(path, text);
  return path;
};
const WHAT = ['--subject', 'West Texas Intermediate', '--measure', 'price', '--unit', 'USD/bbl', '--id', 'test-wti'];

describe('npm run import-reference', () => {
  it('refuses a bad file naming each line, exit 1, and stores nothing', async () => {
    const out = await cli(file('bad.csv', 'DATE,DCOILWTICO\n2020-01-02,61.17\n2020-01-02,61.2\n2020-01-03,n/a?\n'), ...WHAT);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('refused, nothing stored');
    expect(out.stderr).toContain('line 3: date 2020-01-02 is already on line 2');
    expect(out.stderr).toContain('line 4: "n/a?" in column DCOILWTICO is not a number');
    const good = await cli(file('good.csv', 'DATE,DCOILWTICO\n2020-01-02,61.17\n2020-01-03,.\n'), ...WHAT);
    expect(good.code).toBe(0);
    // The first line of the store's answer is about the good file alone: the bad one left nothing.
    expect(good.stdout).toMatch(/reference series test-wti: 1 values from 2020-01-02 to 2020-01-02, 1 rows without a value skipped/);
    expect((await cli(join(temp.dir, 'good.csv'), ...WHAT)).stdout).toMatch(/already stored.*nothing changed/);
  }, 60_000);

  it('says what is missing with exit 2: the file, the subject, a known subject', async () => {
    expect(await cli(...WHAT)).toMatchObject({ code: 2, stderr: expect.stringMatching(/name the CSV file/) });
    expect(await cli(join(temp.dir, 'good.csv'))).toMatchObject({ code: 2, stderr: expect.stringMatching(/--subject, --measure and --unit/) });
    expect(await cli(join(temp.dir, 'good.csv'), ...WHAT.slice(2), '--subject', 'Atlantis')).toMatchObject({ code: 2, stderr: expect.stringMatching(/"Atlantis" is not in data\/gazetteer.json/) });
    expect(await cli(join(temp.dir, 'nope.csv'), ...WHAT)).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read .*nope.csv: no such file/) });
  }, 60_000);
});
