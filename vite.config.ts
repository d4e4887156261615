import { defineConfig } from 'vite';

// The dashboard lives in components/ and is built into dist/public, which the Node server and the
// Worker serve at /. Relative asset paths keep the build usable under any mount point.
export default defineConfig({
  root: 'components',
  base: './',
  publicDir: false,
  build: {
    outDir: '../dist/public',
    emptyOutDir: true,
    target: 'es2022',
    // The bundle budget (100 KB gzip) is checked by scripts/bench/dashboard.ts; warn well before it.
    chunkSizeWarningLimit: 400,
    reportCompressedSize: false,
  },
  server: {
    // `npx vite` for working on the dashboard: the API comes from a running `npm start`.
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
