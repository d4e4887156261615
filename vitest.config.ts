import { defineConfig } from 'vitest/config';

// Date arithmetic in the extractor and the API must not depend on the machine's zone.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
