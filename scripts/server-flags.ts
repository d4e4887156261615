// Node flags for the long-running server (`npm start`; package.json writes them out, and a test
// keeps the two equal). A young generation of 4 MB semi-spaces instead of V8's default 16 MB: a
// server's garbage is short-lived (a request's rows and strings), and with the default the young
// generation grows to its maximum during a large CSV export. Measured on 1,000,000 CSV rows
// (scripts/bench/csv.ts, same machine, 2026-12-07): peak RSS 152 → 131–133 MB and 28.8 → 40–44 MB/s
// (10.6 → 7.0–7.6 CPU-seconds: scavenges of a small young generation stay in the CPU's caches);
// 2 MB semi-spaces saved 4 MB more and were no faster.
// V8 reads it only at start, so it cannot be set from inside the process.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4'];
