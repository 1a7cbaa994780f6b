/**
 * A content-addressed cache of ingested seeds, so a rebuild after adding one
 * article re-reads one seed, not ten thousand. The key covers the seed's
 * bytes and name, the options, and the pipeline's own source: editing any
 * pipeline module invalidates every entry, with no version to remember.
 * Entries are touched when read, so a build can remove those it did not use
 * (pruneFileCache) and the cache holds one seeds folder's worth.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hashFiles, hashTree, readFirstLine, touch, writeFileAtomic } from '../../build-fs.ts';
import type { ArticleEntry } from '../article.ts';
import type { SeedReport, SeedTrace } from './seed.ts';

/** What the cache keeps of an ingested seed: the stored article (its body is in the body store) and the report. */
export interface StoredSeed {
  article: ArticleEntry;
  report: SeedReport;
  /**
   * What became of each line, and the repairs: for the editors' HTML report.
   * Carried only from a seed just ingested; the cache keeps it unparsed
   * (readCachedTrace), read only when the report page of its seed is written
   * again: at 10,000 seeds the traces are some 180 MB, and a rebuild after
   * one new seed needs one of them.
   */
  trace?: SeedTrace | undefined;
  /** The seed's trace in the ingest cache (readCachedTrace), when it has one. */
  traceKey?: string | undefined;
  /** The opening of the body, as text, that related articles compare (render/body-store.ts bodyOpening). */
  opening: string;
}

export interface IngestCache {
  key(file: string, bytes: Uint8Array): string;
  get(key: string): StoredSeed | undefined;
  set(key: string, seed: StoredSeed): void;
  /** Mark an entry as used by this build without reading it (pruneFileCache keeps it); false if it is gone. */
  keep(key: string): boolean;
}

/**
 * Hash of every .ts file below the pipeline folder (this module's folder),
 * and of `extraFiles` (the lockfile: the converters' dictionaries come from
 * packages).
 */
export function pipelineVersion(pipelineDir: string, extraFiles: readonly string[] = []): string {
  const hash = hashTree(createHash('sha256'), pipelineDir, '', (path) => path.endsWith('.ts'));
  return hashFiles(hash, extraFiles).digest('hex');
}

/**
 * A cached seed's trace, from the second line of its entry (the first is the
 * entry itself): a hit parses the entry's line only, and the trace (most of
 * the entry's bytes) stays unparsed until a report page needs it. One file
 * a seed, as before: files are what a cold build of 100,000 seeds pays for.
 */
export function readCachedTrace(dir: string, key: string): SeedTrace | undefined {
  try {
    const text = readFileSync(join(dir, `${key}.json`), 'utf8');
    const at = text.indexOf('\n');
    return at < 0 ? undefined : (JSON.parse(text.slice(at + 1)) as SeedTrace);
  } catch {
    return undefined;
  }
}

export function createFileCache(dir: string, version: string): IngestCache {
  mkdirSync(dir, { recursive: true });
  const pathOf = (key: string) => join(dir, `${key}.json`);
  return {
    key(file, bytes) {
      return createHash('sha256').update(version).update('\0').update(file).update('\0').update(bytes).digest('hex').slice(0, 32);
    },
    get(key) {
      try {
        // JSON.stringify writes no raw newline: the first line is the entry, the rest its trace (readCachedTrace), not read here.
        const seed = JSON.parse(readFirstLine(pathOf(key))) as StoredSeed;
        touch(pathOf(key));
        return seed;
      } catch {
        return undefined;
      }
    },
    set(key, seed) {
      // Whole or not at all: an interrupted build never leaves half an entry.
      const { trace, ...entry } = seed;
      const line = JSON.stringify({ ...entry, traceKey: trace ? key : undefined });
      writeFileAtomic(pathOf(key), trace ? `${line}\n${JSON.stringify(trace)}` : line);
    },
    keep(key) {
      return touch(pathOf(key));
    },
  };
}

/**
 * Remove entries neither read nor written since `since` (the start of this
 * build): seeds deleted or edited since, or ingested by an older pipeline.
 * Returns how many were removed.
 */
export function pruneFileCache(dir: string, since: Date): number {
  let removed = 0;
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (!name.endsWith('.json') && !name.endsWith('.tmp')) continue;
    const path = join(dir, name);
    if (statSync(path).mtimeMs < since.getTime()) {
      rmSync(path, { force: true });
      removed++;
    }
  }
  return removed;
}
