/**
 * A seeds folder ingested on several cores. Ingesting a seed is pure CPU work
 * (decode, repair, extract, convert) of ~10 ms, so a 10,000-seed cold build
 * spends most of its ingest on one core; worker threads split the files and
 * the folder rules (duplicates, slugs, bad seeds) run afterwards on the
 * outcomes, in seed order, exactly as in ingestFolder.
 *
 * The worker is loaded by path with Node's type stripping, so it needs no
 * bundler; the caller passes its URL (a bundled caller cannot find it).
 */
import { Worker } from 'node:worker_threads';
import { createFileCache } from './cache.ts';
import { collectSeeds, ingestOne, listSeedFiles, type FolderResult, type FolderRules, type SeedOutcome } from './folder.ts';
import type { BodyStoreOptions } from '../../render/body-store.ts';
import { checkIngestOptions, type IngestOptions } from './seed.ts';

export interface WorkerIngestOptions extends IngestOptions, FolderRules {
  /** Where the ingest cache lives and the pipeline version it is keyed by. */
  cache: { dir: string; version: string } | null;
  bodies: BodyStoreOptions;
  /** Worker threads to use; fewer when each would get under `minSeedsPerWorker` seeds (none for a small folder). */
  workers: number;
  workerFile: URL;
  /** A worker costs ~0.3 s to start (module load, dictionaries): not worth it for a few seeds. */
  minSeedsPerWorker?: number;
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
  const { seeds } = listing;
  const workers = Math.max(1, Math.min(options.workers, Math.floor(seeds.length / (options.minSeedsPerWorker ?? 200))));
  const ingestOptions: IngestOptions = { timeZone: options.timeZone, imageOrigins: options.imageOrigins };
  if (workers === 1) {
    return collectSeeds(dir, listing, runIngestJob({ dir, files: seeds, options: ingestOptions, cache: options.cache, bodies: options.bodies }), options);
  }
  // Contiguous slices keep seed order when the outcomes are joined.
  const size = Math.ceil(seeds.length / workers);
  const slices = Array.from({ length: workers }, (_, i) => seeds.slice(i * size, (i + 1) * size));
  const outcomes = await Promise.all(
    slices.map((files) => inWorker(options.workerFile, { dir, files, options: ingestOptions, cache: options.cache, bodies: options.bodies })),
  );
  return collectSeeds(dir, listing, outcomes.flat(), options);
}
