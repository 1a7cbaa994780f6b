/**
 * A seeds folder ingested on several cores. Ingesting a seed is pure CPU work
 * (decode, repair, extract, convert) of ~10 ms, so a 10,000-seed cold build
 * spends most of its ingest on one core; worker threads split the files and
 * the folder rules (duplicates, slugs, bad seeds) run afterwards on the
 * outcomes, in seed order, exactly as in ingestFolder.
 *
 * A seed whose stat the last build's snapshot holds (snapshot.ts) is not
 * read at all; only the others go to the workers.
 *
 * The worker is loaded by path with Node's type stripping, so it needs no
 * bundler; the caller passes its URL (a bundled caller cannot find it).
 */
import { Worker } from 'node:worker_threads';
import { createFileCache } from './cache.ts';
import { collectSeeds, ingestOne, listSeedFiles, type FolderResult, type FolderRules, type SeedOutcome } from './folder.ts';
import type { BodyStoreOptions } from '../../render/body-store.ts';
import { checkIngestOptions, type IngestOptions } from './seed.ts';
import { readIngestSnapshot, seedSignature, snapshotLine, writeIngestSnapshot, type IngestSnapshot, type SnapshotScope } from './snapshot.ts';
import { touch } from '../../build-fs.ts';

export interface WorkerIngestOptions extends IngestOptions, FolderRules {
  /** Where the ingest cache lives and the pipeline version it is keyed by. */
  cache: { dir: string; version: string } | null;
  bodies: BodyStoreOptions;
  /** Worker threads to use; fewer when each would get under `minSeedsPerWorker` seeds (none for a small folder). */
  workers: number;
  workerFile: URL;
  /** A worker costs ~0.3 s to start (module load, dictionaries): not worth it for a few seeds. */
  minSeedsPerWorker?: number;
  /** The ingest snapshot's file (snapshot.ts): seeds whose stat it holds are not read again. Only with a cache. */
  snapshot?: string | undefined;
}

export interface IngestJob {
  dir: string;
  files: string[];
  options: IngestOptions;
  cache: { dir: string; version: string } | null;
  bodies: BodyStoreOptions;
}

/** The seeds of one job, in this thread (what a worker runs). */
export function runIngestJob(job: IngestJob): SeedOutcome[] {
  const cache = job.cache ? createFileCache(job.cache.dir, job.cache.version) : undefined;
  return job.files.map((file) => ingestOne(job.dir, file, { ...job.options, cache, bodies: job.bodies }));
}

function inWorker(workerFile: URL, job: IngestJob): Promise<SeedOutcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: job });
    worker.once('message', (outcomes: SeedOutcome[]) => resolve(outcomes));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`ingest worker exited with code ${code}`)));
  });
}

export async function ingestFolderInWorkers(dir: string, options: WorkerIngestOptions): Promise<FolderResult> {
  checkIngestOptions(options);
  const listing = listSeedFiles(dir);
  const ingestOptions: IngestOptions = { timeZone: options.timeZone, imageOrigins: options.imageOrigins };
  const snapshot = options.cache && options.snapshot ? { file: options.snapshot, scope: snapshotScope(dir, options.cache.version, ingestOptions) } : null;
  const last: IngestSnapshot = snapshot ? readIngestSnapshot(snapshot.file, snapshot.scope) : new Map();
  const cache = options.cache ? createFileCache(options.cache.dir, options.cache.version) : undefined;
  // A seed's stat before it is read: a seed written while the build reads it is read again by the next.
  const signatures = new Map(snapshot ? listing.seeds.map((file) => [file, seedSignature(dir, file)]) : []);
  const known = new Map<string, SeedOutcome & { line: string }>();
  for (const file of snapshot ? listing.seeds : []) {
    const entry = last.get(file);
    // Still what the cache and the body store hold (touched, so the build's prune keeps them).
    if (entry && entry.signature === signatures.get(file) && cache?.keep(entry.key) && touch(entry.seed.article.bodyFile))
      known.set(file, { file, seed: entry.seed, cached: true, key: entry.key, line: entry.line });
  }
  const unread = listing.seeds.filter((file) => !known.has(file));
  const read = new Map((await ingestInWorkers(dir, unread, ingestOptions, options)).map((outcome) => [outcome.file, outcome]));
  const outcomes = listing.seeds.map((file) => known.get(file) ?? read.get(file)!);
  // Written before the folder rules run: they rename a colliding seed's article in place.
  if (snapshot) {
    writeIngestSnapshot(
      snapshot.file,
      snapshot.scope,
      outcomes.flatMap((outcome): string[] => {
        const kept = known.get(outcome.file);
        if (kept) return [kept.line];
        if ('error' in outcome || !outcome.key) return [];
        return [snapshotLine(outcome.file, { signature: signatures.get(outcome.file)!, key: outcome.key, seed: outcome.seed })];
      }),
    );
  }
  return collectSeeds(dir, listing, outcomes, options);
}

function snapshotScope(dir: string, version: string, options: IngestOptions): SnapshotScope {
  return { version, dir, timeZone: options.timeZone, imageOrigins: options.imageOrigins ?? [] };
}

/** Ingest `files` in worker threads (in this one for a few), in their order. */
async function ingestInWorkers(dir: string, files: string[], ingestOptions: IngestOptions, options: WorkerIngestOptions): Promise<SeedOutcome[]> {
  const workers = Math.max(1, Math.min(options.workers, Math.floor(files.length / (options.minSeedsPerWorker ?? 200))));
  const job = (slice: string[]): IngestJob => ({ dir, files: slice, options: ingestOptions, cache: options.cache, bodies: options.bodies });
  if (workers === 1) return runIngestJob(job(files));
  // Contiguous slices keep seed order when the outcomes are joined.
  const size = Math.ceil(files.length / workers);
  const slices = Array.from({ length: workers }, (_, i) => files.slice(i * size, (i + 1) * size));
  return (await Promise.all(slices.map((slice) => inWorker(options.workerFile, job(slice))))).flat();
}
