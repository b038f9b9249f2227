/**
 * A worker thread that renders plain-Markdown bodies (lib/render-pool.ts): the renderer is made once, over
 * the link targets the pool hands it, then each body it is sent comes back as HTML with its headings.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LinkTarget } from './autolink.ts';
import { markdownRenderer, type RenderedMarkdown } from './render.ts';

export interface RenderJob {
  id: number;
  body: string;
  filePath: string;
}

export type RenderJobResult = { id: number; rendered: RenderedMarkdown; error?: undefined } | { id: number; error: string };

const render = await markdownRenderer((workerData as { targets: LinkTarget[] }).targets);

parentPort!.on('message', async ({ id, body, filePath }: RenderJob) => {
  let result: RenderJobResult;
  try {
    result = { id, rendered: await render(body, filePath) };
  } catch (error) {
    result = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(result);
});
