import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Unit tests over src/lib, and real Astro builds of the fixture sites (one at a time: two cores).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'], fileParallelism: false } },
      // Checks over the built site in dist/, without a browser: `npm test` runs them after the build.
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
    ],
  },
});
