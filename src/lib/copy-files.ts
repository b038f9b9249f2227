/**
 * Working through many files quickly: a build copies its cached social cards and search index into the
 * output, and hashes every page the index reads. Node's own `fs.cp` walks a tree one file at a time (9 s for
 * the 10,000 files of a search index here, where a pool of copies took 0.8 s); these keep a few files in
 * flight, which lets the disk work while the next file is opened.
 */
import { constants, copyFile, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** A copy to make; `from` may still be on its way (a card still being drawn). */
export interface FileCopy {
  from: string | Promise<string>;
  to: string;
}

/** File operations in flight: enough to keep the disk busy, few enough to leave file handles spare. */
const filesInFlight = 16;

/** Run `task` over every item, a few at a time (`filesInFlight`), in no promised order; fails with the first failure. */
export async function forEachFile<T>(items: readonly T[], task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const runNext = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(filesInFlight, items.length) }, runNext));
}

/**
 * Make every copy, creating folders as needed. A copy is a clone where the file system can share blocks
 * (copy-on-write), a byte copy elsewhere: never a hard link, which would let anything that rewrites the
 * output in place corrupt the cache it came from.
 */
export async function copyFiles(copies: readonly FileCopy[]): Promise<void> {
  // A source that fails while earlier copies run fails this call when its turn comes, not the process now.
  for (const { from } of copies) if (typeof from !== 'string') from.catch(() => undefined);
  const folders = new Set<string>();
  await forEachFile(copies, async ({ from, to }) => {
    const folder = dirname(to);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    await copyFile(await from, to, constants.COPYFILE_FICLONE);
  });
}

/** Copy the files under `from` to the same places under `to`. */
export async function copyTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  await copyFiles(entries.filter((entry) => entry.isFile()).map((entry) => {
    const file = join(entry.parentPath, entry.name);
    return { from: file, to: join(to, relative(from, file)) };
  }));
}
