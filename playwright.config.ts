import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/support/browser.ts';

const port = 4322;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: process.env['CI'] ? 'line' : 'list',
  // Lighthouse measures timing, so it runs alone, after everything else.
  projects: [
    { name: 'site', testIgnore: /lighthouse\.spec\.ts/ },
    // One retry: Lighthouse's performance score reads real main-thread timings, and a busy two-core machine can
    // cost a point once; a page that is really slower fails both runs.
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['site'], retries: 1 },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  // The tests read the site as built: `npm test` builds it first; here it is only served.
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
