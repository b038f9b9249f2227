/**
 * A card-drawing worker thread: loads the fonts once, then draws each card it is sent into the cache file it
 * is given (written whole under a temporary name, then renamed, so a reader never sees half a PNG).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { drawCard, loadFonts } from './draw.ts';
import type { CardContent } from './card.ts';

export interface CardJob {
  id: number;
  content: CardContent;
  file: string;
}

export type CardJobResult = { id: number; milliseconds: number; error?: undefined } | { id: number; error: string };

const fonts = loadFonts();

parentPort!.on('message', async ({ id, content, file }: CardJob) => {
  const started = performance.now();
  let result: CardJobResult;
  try {
    const png = await drawCard(content, { fonts });
    const temporary = `${file}.${process.pid}.${id}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, file);
    result = { id, milliseconds: performance.now() - started };
  } catch (error) {
    result = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(result);
});
