import { defineConfig } from 'vitest/config';

// The client lives in client/ and is built into dist/client, which the API serves.
// `vitest` reads its settings from the `test` key below.
export default defineConfig({
  root: 'client',
  publicDir: 'public',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global-neo4j.ts'],
    fileParallelism: false,
    // Files run in a random order, the seed printed ("Running tests with seed …"): every file loads
    // the data it needs, so the order never matters. Repeat an order: npx vitest run --sequence.seed=<seed>
    sequence: { shuffle: { files: true, tests: false } },
    testTimeout: 60_000,
    // Only a browser test whose page a stalled GPU process blocked (test/helpers/browser.ts
    // GPU_STALLED: headless Chromium has no GPU watchdog, so the harness restarts the GPU process)
    // runs once more; any other failure fails.
    retry: { count: 1, condition: /GPU process stalled/ },
    hookTimeout: 180_000,
  },
});
