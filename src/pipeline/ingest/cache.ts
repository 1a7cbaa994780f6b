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
import { hashFiles, hashTree, touch, writeFileAtomic } from '../../build-fs.ts';
import type { ArticleEntry } from '../article.ts';
import type { SeedReport, SeedTrace } from './seed.ts';

/** What the cache keeps of an ingested seed: the stored article (its body is in the body store) and the report. */
export interface StoredSeed {
  article: ArticleEntry;
  report: SeedReport;
  /** What became of each line, and the repairs: for the editors' HTML report. */
  trace?: SeedTrace | undefined;
  /** The opening of the body, as text, that related articles compare (render/body-store.ts bodyOpening). */
  opening: string;
}

export interface IngestCache {
  key(file: string, bytes: Uint8Array): string;
  get(key: string): StoredSeed | undefined;
  set(key: string, seed: StoredSeed): void;
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

export function createFileCache(dir: string, version: string): IngestCache {
  mkdirSync(dir, { recursive: true });
  const pathOf = (key: string) => join(dir, `${key}.json`);
  return {
    key(file, bytes) {
      return createHash('sha256').update(version).update('\0').update(file).update('\0').update(bytes).digest('hex').slice(0, 32);
    },
    get(key) {
      try {
        const seed = JSON.parse(readFileSync(pathOf(key), 'utf8')) as StoredSeed;
        touch(pathOf(key));
        return seed;
      } catch {
        return undefined;
      }
    },
    set(key, seed) {
      // Whole or not at all: an interrupted build never leaves half an entry.
      writeFileAtomic(pathOf(key), JSON.stringify(seed));
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
