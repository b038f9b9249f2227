/**
 * `astro dev` over a copy of a content folder, for the live-preview test and its latency measurement:
 * start it, edit the copy as an author would, and wait until a page shows the change.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface DevServer {
  origin: string;
  /** The copy of the content folder the server reads, for the test to edit. */
  contentDirectory: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Copy `source` (a content folder) into the project's ignored `.cache/`, and serve it with `astro dev` on `port`. */
export async function startDevServer(source: string, port: number): Promise<DevServer> {
  // Inside the project, so the copy is served exactly as content/ is (Vite allows files under the root).
  const workspace = join(projectRoot, '.cache', `live-preview-${port}`);
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(workspace, { recursive: true });
  const contentDirectory = join(workspace, 'content');
  cpSync(source, contentDirectory, { recursive: true });
  let output = '';
  // The environment an author's shell has: not the test runner's (NODE_ENV=test makes Vite serve differently).
  const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'));
  // --ignore-lock: an author's own dev server may be running; this one must neither stop it nor be refused.
  const child: ChildProcess = spawn(join(projectRoot, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    cwd: projectRoot,
    env: { ...environment, GLOSSARY_CONTENT: relative(projectRoot, contentDirectory), GLOSSARY_CACHE: join(workspace, 'astro-cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    rmSync(workspace, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => (await fetch(`${origin}/`)).ok, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`astro dev did not start: ${String(error)}\n${output}`, { cause: error });
  }
  return { origin, contentDirectory, output: () => output, stop };
}

/** Poll `condition` until it holds; resolves with the milliseconds it took. */
export async function waitFor(condition: () => Promise<boolean>, timeout: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    try {
      if (await condition()) return performance.now() - started;
    } catch {
      // The server may be restarting a module: try again.
    }
    if (performance.now() - started > timeout) throw new Error(`not within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function pageText(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url);
  return { status: response.status, html: await response.text() };
}
