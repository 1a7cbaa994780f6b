/**
 * File-system helpers every build cache uses (the ingest cache, the body
 * store, the page cache, the loader's hand-offs), in one place so they share
 * one rule each: a file is replaced whole or not at all, a tree is read in one
 * sorted order, and a file's mtime says whether this build used it.
 */
import type { Hash } from 'node:crypto';
import {
  closeSync,
  lstatSync,
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * Slack allowed for file systems with coarse timestamps (2 s on FAT, 1 s on
 * ext3): a build's start is taken this much earlier when it compares mtimes.
 */
export const CLOCK_SLACK_MS = 2000;

/**
 * Write a file through a temporary one beside it and a rename, so a reader
 * (or the next build, after a kill) never sees half of it. The folder is made
 * if missing. The temporary name is unique per process and call, so two
 * threads writing one file cannot interleave.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Write `records` as JSON Lines (one JSON value a line), through a temporary
 * file and a rename like writeFileAtomic. One string for all of them would
 * not do: at 100,000 seeds the line traces are ~2 GB of JSON, past V8's
 * longest string (JSON.stringify throws "Invalid string length").
 */
export function writeJsonLinesAtomic(file: string, records: Iterable<unknown>): void {
  writeLinesAtomic(
    file,
    (function* () {
      for (const record of records) yield JSON.stringify(record);
    })(),
  );
}

/** Write `lines` (none holding a newline), one a line, through a temporary file and a rename like writeFileAtomic, a megabyte at a time. */
export function writeLinesAtomic(file: string, lines: Iterable<string>): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    let chunk = '';
    for (const line of lines) {
      chunk += `${line}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    if (chunk) writeSync(fd, chunk);
    closeSync(fd);
    renameSync(tmp, file);
  } catch (error) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** The records of a JSON Lines file, read a megabyte at a time (the file may be larger than one string can be). */
export function* readJsonLines(file: string): Generator<unknown> {
  for (const line of readLines(file)) yield JSON.parse(line);
}

/** The lines of a file that are not blank, without their newlines, read a megabyte at a time. */
export function* readLines(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    let pending: Buffer = Buffer.alloc(0);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      const data = pending.length > 0 ? Buffer.concat([pending, buffer.subarray(0, n)]) : buffer.subarray(0, n);
      let start = 0;
      for (let nl = data.indexOf(10); nl >= 0; nl = data.indexOf(10, start)) {
        const line = data.subarray(start, nl).toString('utf8');
        start = nl + 1;
        if (line.trim()) yield line;
      }
      // Copied: the buffer is read into again.
      pending = Buffer.from(data.subarray(start));
    }
    const last = pending.toString('utf8');
    if (last.trim()) yield last;
  } finally {
    closeSync(fd);
  }
}

/**
 * The first line of a file, without its newline (the whole file when it has
 * none), read `chunk` bytes at a time: an ingest cache entry's first line is
 * the entry (about 5 KB) and the rest its trace (20-40 KB more), which a
 * cache hit does not need (src/pipeline/ingest/cache.ts).
 */
export function readFirstLine(file: string, chunk = 16 * 1024): string {
  const fd = openSync(file, 'r');
  try {
    const parts: Buffer[] = [];
    for (;;) {
      const buffer = Buffer.allocUnsafe(chunk);
      const n = readSync(fd, buffer, 0, chunk, null);
      if (n === 0) break;
      const nl = buffer.subarray(0, n).indexOf(10);
      if (nl >= 0) {
        parts.push(buffer.subarray(0, nl));
        break;
      }
      parts.push(buffer.subarray(0, n));
    }
    return Buffer.concat(parts).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Every file below `dir` (not folders), as `/`-separated paths relative to it, in code-point order; none when `dir` is missing. */
export function walkFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Feed a tree into a hash: each file's path (under `label`) and bytes, in
 * walkFiles order, so renaming, adding, removing or editing any file changes
 * the digest. `include` picks the files that count (all by default).
 */
export function hashTree(hash: Hash, dir: string, label: string, include: (path: string) => boolean = () => true): Hash {
  for (const path of walkFiles(dir)) {
    if (include(path))
      hash
        .update(`${label}${path}\0`)
        .update(readFileSync(join(dir, path)))
        .update('\0');
  }
  return hash;
}

/** Feed single files into a hash (path and bytes); a missing file counts as absent, not as an error. */
export function hashFiles(hash: Hash, files: readonly string[]): Hash {
  for (const file of files) if (existsSync(file)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash;
}

/** Mark a file as used by this build (its mtime is now); false if it is gone. */
export function touch(file: string): boolean {
  if (!existsSync(file)) return false;
  const now = new Date();
  try {
    utimesSync(file, now, now);
    return true;
  } catch (error) {
    // Removed between the check and the touch (a concurrent prune): gone.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * `to` made a hard link to `from` (no bytes copied), or a copy where links
 * are refused (another file system). Its folder is made only when the link
 * finds it missing, and with one mkdir when its parent exists: a build links
 * tens of thousands of pages, each in a folder of its own, and on a virtual
 * disk a recursive mkdir of a folder that is there costs about as much as
 * the link.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !existsSync(from)) throw error;
    // A file in the way is replaced, never written into: it may be a link to a published file (a folder in the way goes too).
    if (code === 'EEXIST') rmSync(to, { recursive: true, force: true });
    else if (code === 'ENOENT') makeFolder(dirname(to));
    else {
      copyFileSync(from, to, constants.COPYFILE_FICLONE);
      return;
    }
  }
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to, constants.COPYFILE_FICLONE);
  }
}

/** A folder made with one mkdir when its parent exists, else with every missing parent. */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') mkdirSync(dir, { recursive: true });
    else if (code !== 'EEXIST') throw error;
  }
}

/**
 * A copy of a folder whose files are hard links to the original's (a copy
 * where links cannot be made): the search bundle of 100,000 articles is
 * some 700,000 files. Only safe for files nobody writes in place: the
 * search index replaces the files it changes (see placeTexts).
 */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const file of walkFiles(from)) linkOrCopy(join(from, file), join(to, file));
}

/**
 * Make `to` hold exactly `files` (relative, `/`-separated), each a hard link
 * to the file of the same path below `from` (a copy where links cannot be
 * made): a file of `to` that already is that link stays, every other file
 * is removed, the links missing are made, and folders left empty go. `to`
 * is then safe to write into: none of its files but those named is one of
 * `from`'s. For a folder that mostly holds these links already (the site the
 * last build replaced, src/integrations/staged-build.ts), this costs a stat
 * a file instead of a folder and a link: on this machine's disk a mkdir
 * costs about 120 µs, and a site of 100,000 articles has 300,000 folders.
 */
export function mirrorLinks(from: string, to: string, files: Iterable<string>): { kept: number; linked: number; removed: number } {
  const wanted = new Set(files);
  const counts = { kept: 0, linked: 0, removed: 0 };
  const emptied = new Set<string>();
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(to, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const path = join(entry.parentPath, entry.name);
    const rel = relative(to, path).split(sep).join('/');
    if (wanted.has(rel)) {
      const have = lstatSync(path);
      const source = statSync(join(from, rel), { throwIfNoEntry: false });
      if (source && have.isFile() && have.ino === source.ino && have.dev === source.dev) {
        wanted.delete(rel);
        counts.kept++;
        continue;
      }
    }
    rmSync(path, { force: true });
    emptied.add(entry.parentPath);
    counts.removed++;
  }
  for (const rel of wanted) {
    linkOrCopy(join(from, rel), join(to, rel));
    counts.linked++;
  }
  // Deepest first, so a folder whose only content was an emptied folder goes too.
  const folders = [...emptied].sort((a, b) => b.length - a.length);
  for (let i = 0; i < folders.length; i++) {
    const folder = folders[i]!;
    if (folder === to || !folder.startsWith(to)) continue;
    try {
      rmdirSync(folder);
      const parent = dirname(folder);
      if (!emptied.has(parent)) {
        emptied.add(parent);
        folders.push(parent);
      }
    } catch {
      // Not empty: it holds a kept or new file.
    }
  }
  return counts;
}
