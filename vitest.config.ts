import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

export default defineConfig({
  // Compiles Solid JSX for the web component tests (test/web/*.test.tsx).
  plugins: [solid()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    globalSetup: ['test/db/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores: PGlite instances and solver runs are CPU-bound, more workers only thrash.
    maxWorkers: 2,
  },
});
