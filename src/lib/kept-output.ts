/**
 * The last build's output, kept where it is. Astro empties the output folder before every build, and its
 * incremental build then copies every page it reuses back from its own copy in the cache folder: at 10,000
 * entries about 16 s of deleting and 30 s of copying for a rebuild in which nothing changed. A reusable page
 * that is already in the output folder it leaves alone. So the glossary keeps the output folder
 * (`vite.build.emptyOutDir: false`) and does itself what the emptying was for: nothing in the output
 * outlives the build that wrote it, and nothing is in it that no build of this content wrote.
 *
 * - `open`, before the build: every file that is not exactly as the last build with this cache folder left it
 *   is deleted: a file from a build of other content or with another cache folder, a file edited by hand,
 *   one written by a build that failed. With no record (the first build, a cache folder made anew) all go.
 * - `prune`, once the pages are written: every file the last build left that this build neither wrote again
 *   nor claims is deleted: a deleted entry's pages, a stylesheet under its old hash.
 * - `save`, at the end: the record of every file in the folder, kept in the cache folder, with facts that hold
 *   while a file is unchanged (which cached card a card is a copy of, a page's hash for the search index).
 *
 * "Exactly as left" is the same size and modification time, to the nanosecond: every write sets the time
 * anew, and a tool that keeps times (GNU tar with `--format=posix`) keeps them to the nanosecond, so an
 * output folder a CI restores from its cache along with the cache folder counts as left. A tool that rounds
 * times (tar's default format, to the second) makes every file new: correct, only slower. The change time
 * and inode would catch a file whose bytes were swapped with its time kept, but also every restore; git
 * makes the same trade with `core.trustctime`.
 */
import { existsSync, readFileSync, renameSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { filesUnder, removeFiles } from './copy-files.ts';

// The file system is read and written synchronously here: a build does nothing else on the main thread while
// this runs, and at 10,000 entries (48,000 files in 24,000 folders) walking and reading every file's stamp
// takes 0.5 s this way against 2.5 s through the promise API.

/** Facts about a file, by topic, true while the file is as it was when they were noted. */
type Facts = Record<string, string>;

interface FileRecord {
  stamp: string;
  facts?: Facts;
}

interface OutputRecord {
  version: number;
  /** The output folder the record describes, so a build into another folder starts from an empty one. */
  folder: string;
  files: Record<string, FileRecord>;
}

const recordVersion = 1;

/** A file's size and modification time: they change whenever the file is written or replaced. */
function stampOf(file: string): string | undefined {
  const stats = statSync(file, { bigint: true, throwIfNoEntry: false });
  return stats?.isFile() ? `${stats.size}:${stats.mtimeNs}` : undefined;
}

export class KeptOutput {
  /** The output folder, an absolute path without a trailing slash. */
  readonly folder: string;
  /** How many files `open` deleted. */
  readonly removed: number;
  readonly #recordFile: string;
  /** The files the last build recorded. */
  readonly #recorded: string[];
  /** Those of them that were still exactly as it left them when this build began (the rest were deleted). */
  readonly #left: Map<string, FileRecord>;
  readonly #notes = new Map<string, Facts>();

  private constructor(folder: string, recordFile: string, recorded: string[], left: Map<string, FileRecord>, removed: number) {
    this.folder = folder;
    this.#recorded = recorded;
    this.#recordFile = recordFile;
    this.#left = left;
    this.removed = removed;
  }

  /** Keep of `folder` exactly what the last build recorded in `recordFile` left there; delete the rest. */
  static async open(outputFolder: string, recordFile: string): Promise<KeptOutput> {
    const folder = resolve(outputFolder);
    const record = readRecord(recordFile, folder);
    const left = new Map<string, FileRecord>();
    const stale: string[] = [];
    for (const file of filesUnder(folder)) {
      const recorded = record?.files[file];
      if (recorded && recorded.stamp === stampOf(join(folder, file))) left.set(file, recorded);
      else stale.push(file);
    }
    removeFiles(folder, stale);
    return new KeptOutput(folder, recordFile, Object.keys(record?.files ?? {}), left, stale.length);
  }

  /** How many files of the last build were kept. */
  get kept(): number {
    return this.#left.size;
  }

  /** The fact on `topic` noted of `file` by the last build, if the file is still exactly as that build left it. */
  async noted(file: string, topic: string): Promise<string | undefined> {
    const left = this.#left.get(file);
    const fact = left?.facts?.[topic];
    if (fact === undefined || left!.stamp !== stampOf(join(this.folder, file))) return undefined;
    return fact;
  }

  /** Note a fact on `topic` of `file` as this build leaves it, for the next build to read with `noted`. */
  note(file: string, topic: string, fact: string): void {
    this.#notes.set(file, { ...this.#notes.get(file), [topic]: fact });
  }

  /**
   * Whether the last build left files under `prefix` and every one of them is still there, unchanged, with
   * nothing beside them.
   */
  async intact(prefix: string): Promise<boolean> {
    const before = this.#recorded.filter((file) => file.startsWith(prefix));
    if (before.length === 0 || before.some((file) => !this.#left.has(file))) return false;
    if (filesUnder(join(this.folder, prefix)).length !== before.length) return false;
    return before.every((file) => stampOf(join(this.folder, file)) === this.#left.get(file)!.stamp);
  }

  /**
   * Delete every file the last build left that this build has not written again, noted nothing of, and
   * `claimed` does not name: what a build that started from an empty folder would not have. Returns how
   * many went.
   */
  async prune(claimed: (file: string) => boolean): Promise<number> {
    const candidates = [...this.#left.keys()].filter((file) => !this.#notes.has(file) && !claimed(file));
    const stale = candidates.filter((file) => stampOf(join(this.folder, file)) === this.#left.get(file)!.stamp);
    removeFiles(this.folder, stale);
    for (const file of stale) this.#left.delete(file);
    return stale.length;
  }

  /** Record every file now in the folder, with the facts noted this build, for the next build's `open`. */
  async save(): Promise<void> {
    const record: OutputRecord = { version: recordVersion, folder: this.folder, files: {} };
    for (const file of filesUnder(this.folder)) {
      const stamp = stampOf(join(this.folder, file));
      if (stamp === undefined) continue;
      const facts = this.#notes.get(file);
      record.files[file] = facts ? { stamp, facts } : { stamp };
    }
    // Written beside and renamed into place, so an interrupted save leaves the last whole record.
    mkdirSync(dirname(this.#recordFile), { recursive: true });
    writeFileSync(`${this.#recordFile}.saving`, JSON.stringify(record));
    renameSync(`${this.#recordFile}.saving`, this.#recordFile);
  }
}

function readRecord(recordFile: string, folder: string): OutputRecord | undefined {
  if (!existsSync(recordFile)) return undefined;
  try {
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as OutputRecord;
    return record.version === recordVersion && record.folder === folder ? record : undefined;
  } catch {
    // A record that cannot be read vouches for nothing: the folder is emptied, which is always correct.
    return undefined;
  }
}
