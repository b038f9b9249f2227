/**
 * Plain-Markdown bodies rendered on another core. Astro renders pages on the main thread; a body's Markdown,
 * KaTeX and auto-links are the largest single part of an entry page's rendering (10 s of a 10,000-entry
 * build's 65 s of page generation here). A build sends each body to a worker thread and renders the rest of
 * the page meanwhile, so the core the page generation leaves idle does that part.
 *
 * One worker for each core beyond the first, and at least one: the main thread keeps a core. The worker is
 * the same renderer (lib/render.ts) over the same link targets, so the HTML is byte for byte what the main
 * thread would make. It holds the process open only while a body is being rendered.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LinkTarget } from './autolink.ts';
import type { RenderedMarkdown } from './render.ts';
import type { RenderJob, RenderJobResult } from './render-worker.ts';

export type BodyRenderer = (body: string, filePath: string) => Promise<RenderedMarkdown>;

/** A renderer that hands each body to a worker thread, started at the first body. */
export function renderPool(projectRoot: string, targets: readonly LinkTarget[], workerCount = Math.max(1, availableParallelism() - 1)): BodyRenderer {
  const workers: { worker: Worker; busy: number }[] = [];
  const waiting = new Map<number, { worker: { worker: Worker; busy: number }; resolve: (rendered: RenderedMarkdown) => void; reject: (error: Error) => void }>();
  let nextId = 0;

  function start(): { worker: Worker; busy: number } {
    const slot = { worker: new Worker(join(projectRoot, 'src/lib/render-worker.ts'), { workerData: { targets } }), busy: 0 };
    slot.worker.unref();
    slot.worker.on('message', (result: RenderJobResult) => {
      const job = waiting.get(result.id)!;
      waiting.delete(result.id);
      if (--slot.busy === 0) slot.worker.unref();
      if (result.error === undefined) job.resolve(result.rendered);
      else job.reject(new Error(`A body could not be rendered: ${result.error}`));
    });
    slot.worker.on('error', (error) => {
      workers.splice(workers.indexOf(slot), 1);
      for (const [id, job] of waiting) {
        if (job.worker !== slot) continue;
        waiting.delete(id);
        job.reject(error);
      }
    });
    workers.push(slot);
    return slot;
  }

  return (body, filePath) => {
    // The least busy worker, or a new one while there are fewer than the pool allows.
    const slot = workers.length < workerCount ? start() : workers.reduce((best, candidate) => (candidate.busy < best.busy ? candidate : best));
    const id = nextId++;
    if (slot.busy++ === 0) slot.worker.ref();
    return new Promise<RenderedMarkdown>((resolve, reject) => {
      waiting.set(id, { worker: slot, resolve, reject });
      slot.worker.postMessage({ id, body, filePath } satisfies RenderJob);
    });
  };
}
