import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Generating and type-checking the whole v1.0 corpus takes tens of seconds on 2 cores.
    hookTimeout: 600_000,
    testTimeout: 120_000,
  },
});
