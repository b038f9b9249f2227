/**
 * The Chromium the end-to-end tests drive. Playwright's own browser download cannot run on these
 * machines, so the tests use the system's Chromium (Debian's package), or CHROME_PATH when set.
 */
import { existsSync } from 'node:fs';

const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one (on Debian: sudo apt-get install -y chromium) ' +
        'or set CHROME_PATH to a Chromium or Chrome binary, then run npm test again.',
    );
  }
  return found;
}

/** Flags for a root user in a container with no GPU and no network beyond loopback. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
