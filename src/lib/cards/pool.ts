/**
 * Makes the cards' PNG files: each is kept in a cache folder under a key that hashes what it shows and the
 * renderer (lib/cards/card.ts `cardKey`), so an unchanged card is never drawn again; missing ones are drawn
 * by a pool of worker threads, one per core, that starts when there is work and ends when there is none.
 *
 * A build asks for every card's file before any page is rendered (`file`), so the workers draw on the core
 * the page generation leaves idle; once the pages are written, each file is copied into the output (see
 * lib/cards/build-cards.ts). In `astro dev` the card route reads each card as it is asked for (`image`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardKey, type Card, type CardContent } from './card.ts';
import type { CardJob, CardJobResult } from './worker.ts';
import { site } from '../site.ts';

/** The files, relative to the project, whose text decides how a card looks. */
const rendererFiles = ['src/lib/cards/card.ts', 'src/lib/cards/draw.ts'];
/** The packages whose versions decide how a card looks. */
const rendererPackages = ['satori', '@resvg/resvg-js', '@fontsource/inter', 'sharp'];

export interface CardMakerOptions {
  projectRoot: string;
  /** Where drawn cards are kept between builds: `<folder>/<key>.png`. */
  cacheFolder: string;
  /** How many worker threads at most. Default: one per core. */
  workers?: number;
  /** Told when the pool runs dry: how many cards it drew and the time the workers spent. */
  onIdle?: (drawn: number, workerMilliseconds: number) => void;
}

export interface CardMaker {
  /** The cached file holding the card's PNG, drawn first when it is missing (the drawing starts at the call). */
  file(card: Card): Promise<string>;
  /** The card's PNG, from the cache, drawn first when it is missing. */
  image(card: Card): Promise<Buffer>;
}

/** A hash of the renderer's code, the versions of its libraries and font, and the site's name and host it prints. */
export function rendererVersion(projectRoot: string): string {
  const hash = createHash('sha256');
  for (const file of rendererFiles) hash.update(readFileSync(join(projectRoot, file)));
  for (const name of rendererPackages) hash.update(`${name}@${(JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version}`);
  hash.update(`${site.name}\n${site.url}`);
  return hash.digest('hex');
}

export function cardMaker(options: CardMakerOptions): CardMaker {
  const workerCount = options.workers ?? availableParallelism();
  let renderer: string | undefined;
  const pictureDigests = new Map<string, string>();
  const pending = new Map<string, Promise<void>>();
  const queue: { job: CardJob; settle: (error?: Error) => void }[] = [];
  const idle: Worker[] = [];
  const workers = new Set<Worker>();
  const inFlight = new Map<number, { worker: Worker; settle: (error?: Error) => void }>();
  let nextId = 0;
  let drawn = 0;
  let workerMilliseconds = 0;

  function keyOf(content: CardContent): string {
    renderer ??= rendererVersion(options.projectRoot);
    let digest: string | undefined;
    if (content.pictureFile !== undefined) {
      digest = pictureDigests.get(content.pictureFile);
      if (digest === undefined) {
        digest = createHash('sha256').update(readFileSync(content.pictureFile)).digest('hex');
        pictureDigests.set(content.pictureFile, digest);
      }
    }
    return cardKey(content, renderer, digest);
  }

  function fileOf(content: CardContent): string {
    return join(options.cacheFolder, `${keyOf(content)}.png`);
  }

  function startWorker(): void {
    const worker = new Worker(join(options.projectRoot, 'src/lib/cards/worker.ts'));
    // The build's process may end while a worker waits for work: it holds nothing that must finish.
    worker.unref();
    workers.add(worker);
    worker.on('message', (result: CardJobResult) => {
      const job = inFlight.get(result.id)!;
      inFlight.delete(result.id);
      if (result.error === undefined) {
        drawn++;
        workerMilliseconds += result.milliseconds;
        job.settle();
      } else job.settle(new Error(`A card could not be drawn: ${result.error}`));
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (error) => {
      workers.delete(worker);
      for (const [id, job] of inFlight) {
        if (job.worker !== worker) continue;
        inFlight.delete(id);
        job.settle(error);
      }
      dispatch();
    });
    idle.push(worker);
  }

  function dispatch(): void {
    while (queue.length > 0 && workers.size < Math.min(workerCount, queue.length + inFlight.size)) startWorker();
    while (queue.length > 0 && idle.length > 0) {
      const worker = idle.pop()!;
      const { job, settle } = queue.shift()!;
      inFlight.set(job.id, { worker, settle });
      worker.postMessage(job);
    }
    if (queue.length === 0 && inFlight.size === 0 && workers.size > 0) {
      for (const worker of workers) void worker.terminate();
      workers.clear();
      idle.length = 0;
      options.onIdle?.(drawn, workerMilliseconds);
    }
  }

  function ensure(content: CardContent): { file: string; ready: Promise<void> } {
    const file = fileOf(content);
    const known = pending.get(file);
    if (known) return { file, ready: known };
    if (existsSync(file)) return { file, ready: Promise.resolve() };
    mkdirSync(options.cacheFolder, { recursive: true });
    const ready = new Promise<void>((resolve, reject) => {
      queue.push({ job: { id: nextId++, content, file }, settle: (error) => (error ? reject(error) : resolve()) });
    });
    // A card drawn ahead of its request fails that request, not the process.
    ready.catch(() => undefined);
    pending.set(file, ready);
    dispatch();
    return { file, ready };
  }

  return {
    async file(card) {
      const { file, ready } = ensure(card.content);
      await ready;
      pending.delete(file);
      return file;
    },
    async image(card) {
      return readFileSync(await this.file(card));
    },
  };
}
