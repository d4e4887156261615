// Browser tests that cannot run must say so: under CI a missing chromium fails the run.
import { describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium } from './harness';

const MISSING = '/nonexistent/chromium-for-this-test';

describe('hasChromium', () => {
  it('throws under CI=true when chromium is missing, naming the path and the fix', () => {
    expect(() => hasChromium(MISSING, { CI: 'true' })).toThrow(/chromium-for-this-test is missing and CI=true.*apt-get install -y chromium/);
    expect(() => hasChromium(MISSING, { CI: '1' })).toThrow(/refuse to skip under CI/);
  });

  it('skips quietly (false) outside CI, and is true wherever chromium exists', () => {
    expect(hasChromium(MISSING, {})).toBe(false);
    expect(hasChromium(MISSING, { CI: 'false' })).toBe(false);
    // The real path, as the browser suites call it: installed here, so true under CI as well.
    expect(hasChromium(CHROMIUM, { CI: 'true' })).toBe(true);
  });
});
