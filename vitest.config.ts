import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built CLI and build catalogs; give a shared, noisy machine room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
