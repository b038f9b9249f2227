import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/support/browser.ts';

// Beside `npm start` (4321); E2E_PORT moves it where another server holds that port.
const port = Number(process.env['E2E_PORT'] ?? 4322);
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`E2E_PORT must be a port number (1 to 65535); it is "${process.env['E2E_PORT']}"`);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: process.env['CI'] ? 'line' : 'list',
  // Lighthouse measures timing, so it runs alone, after everything else.
  projects: [
    { name: 'site', testIgnore: /lighthouse\.spec\.ts/ },
    // No retry: a page short of full marks is measured three times and judged on the median (see the spec).
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['site'] },
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
