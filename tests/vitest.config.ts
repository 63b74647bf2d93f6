import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const alias = {
  '@payload-config': path.join(root, 'payload.config.ts'),
  '@/': `${path.join(root, 'src')}/`,
}

/**
 * Three projects, one command (`npm test`):
 * - unit: pure logic in src/lib and mappings, no database;
 * - int: collections, access and plugins against a throwaway embedded PostgreSQL built from
 *   the committed migrations;
 * - lifecycle: the embedded PostgreSQL's start, crash recovery and stop, and the dev runner's signals;
 * - e2e: a production build served by `next start` on its own database, driven in Chromium.
 */
export default defineConfig({
  root,
  resolve: { alias },
  test: {
    reporters: ['default'],
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', root, dir: 'tests/unit', include: ['**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          root,
          // Test files are looked for only here, never in folders the app writes while the tests run.
          dir: 'tests/int',
          include: ['**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/databaseSetup.ts'],
          setupFiles: ['tests/helpers/useTestDatabase.ts'],
          // One Payload instance for all files: initialising it costs seconds.
          pool: 'forks',
          maxWorkers: 1,
          isolate: false,
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        // Starts and kills PostgreSQL servers of its own: kept apart from the shared Payload of `int`.
        test: {
          name: 'lifecycle',
          root,
          dir: 'tests/lifecycle',
          include: ['**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          root,
          // Test files are looked for only here, never in folders the app writes while the tests run.
          dir: 'tests/e2e',
          include: ['**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/appSetup.ts'],
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
