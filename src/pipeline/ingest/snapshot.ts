/**
 * The last build's outcome of every seed it accepted, in one file beside the
 * ingest cache, each under what a stat of the seed (and of its sidecar) said
 * before it was read. A seed whose stat is the same is not read again: at
 * 100,000 seeds a rebuild otherwise opens 200,000 files (each seed, to hash
 * it for its cache key, and its cache entry), most of the ingest of a build
 * that adds one article. The stat covers the inode, size, modification and
 * change times: an edit, a copy over the file or a rename onto it changes
 * one of them (the change time cannot be set back), and a seed whose stat
 * changed for nothing (touched, chmod) is only read again and found in the
 * ingest cache. The file is keyed by the pipeline version and the settings
 * the cache key covers, so a new pipeline or time zone starts it afresh.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readLines, writeLinesAtomic } from '../../build-fs.ts';
import { sidecarNames } from '../sidecar.ts';
import type { StoredSeed } from './cache.ts';

/** What decides whether a snapshot holds for this build: everything the ingest cache key covers besides a seed's own file. */
export interface SnapshotScope {
  version: string;
  dir: string;
  timeZone: string;
  imageOrigins: readonly string[];
}

/** A seed accepted by the last build: its stat then, its ingest cache key, and what the cache gave for it. */
export interface SnapshotSeed {
  signature: string;
  key: string;
  seed: StoredSeed;
}

/** The snapshot as read: per seed file, the entry and its line as written (written again as it is when the seed is unchanged). */
export type IngestSnapshot = Map<string, SnapshotSeed & { line: string }>;

const statOf = (path: string): string => {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stat ? `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}` : '-';
};

/** A seed file's stat, and its sidecars' (a sidecar added, edited or removed changes it). */
export function seedSignature(dir: string, file: string): string {
  return [file, ...sidecarNames(file)].map((name) => statOf(join(dir, name))).join(' ');
}

const scopeLine = (scope: SnapshotScope): string =>
  JSON.stringify({ version: scope.version, dir: scope.dir, timeZone: scope.timeZone, imageOrigins: [...scope.imageOrigins] });

/** The snapshot written for `scope`, or an empty one (none yet, another pipeline or settings, or a file cut short). */
export function readIngestSnapshot(file: string, scope: SnapshotScope): IngestSnapshot {
  const snapshot: IngestSnapshot = new Map();
  if (!existsSync(file)) return snapshot;
  try {
    let first = true;
    for (const line of readLines(file)) {
      if (first) {
        if (line !== scopeLine(scope)) return snapshot;
        first = false;
        continue;
      }
      const [name, signature, key, seed] = JSON.parse(line) as [string, string, string, StoredSeed];
      snapshot.set(name, { signature, key, seed, line });
    }
    return snapshot;
  } catch {
    // Unreadable or not JSON (a disk error, an edit by hand): the seeds are read as if there were none.
    return new Map();
  }
}

/** One seed's line of the snapshot. Its trace stays in the ingest cache (StoredSeed.traceKey). */
export function snapshotLine(file: string, entry: SnapshotSeed): string {
  const { trace, ...seed } = entry.seed;
  return JSON.stringify([file, entry.signature, entry.key, { ...seed, traceKey: trace ? entry.key : seed.traceKey }]);
}

/** Replace the snapshot with these lines (snapshotLine), whole or not at all. */
export function writeIngestSnapshot(file: string, scope: SnapshotScope, lines: Iterable<string>): void {
  writeLinesAtomic(
    file,
    (function* () {
      yield scopeLine(scope);
      yield* lines;
    })(),
  );
}
