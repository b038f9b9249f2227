import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build tests run real Astro builds; one at a time keeps them within 2 cores.
    fileParallelism: false,
  },
});
