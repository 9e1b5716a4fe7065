import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node (and so Pothos and Yoga) loads graphql's CommonJS build; make Vite load the same one, or
  // graphql sees two copies of itself.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Integration tests share one real Neo4j; files run one after another so they never race.
    fileParallelism: false,
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
