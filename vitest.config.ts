import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**'],
    setupFiles: ['fake-indexeddb/auto'],
    restoreMocks: true,
    // Fixture-wide robustness tests parse full-size pages many times: on a busy 2-core machine they
    // take longer than vitest's 5 s default, which would fail them for the machine, not the code.
    testTimeout: 30_000,
  },
});
