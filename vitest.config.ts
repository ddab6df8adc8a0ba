import { defineConfig } from 'vitest/config';

// One run, several projects: pure rules, the integration suite on PGlite, the same suite on
// PostgreSQL when scripts/test.js provides TEST_DATABASE_URL, and browser tests.
const postgresUrl = process.env.TEST_DATABASE_URL;
const integration = ['server/**/*.test.ts', 'cli/**/*.test.ts'];
// Demo data is plain data: its checks need no database.
const demoData = ['server/db/demo/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['domain/**/*.test.ts', 'web/src/**/*.test.ts', ...demoData] } },
      {
        test: {
          name: 'pglite',
          include: integration,
          exclude: demoData,
          env: { TEST_DB: 'pglite' },
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(postgresUrl
        ? [
            {
              test: {
                name: 'postgres',
                include: integration,
                exclude: demoData,
                env: { TEST_DB: 'postgres', TEST_DATABASE_URL: postgresUrl },
                globalSetup: ['server/test/global-setup.ts'],
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          fileParallelism: false,
          // A page's first paint waits on the bundle and the API; on a busy CI machine that takes
          // longer than vitest's 1-second polling default.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
