/**
 * Worker thread that writes pagefind shards. Pagefind's Node API talks to one
 * backend process per module instance, and that process indexes on about one
 * core; a worker thread has its own module instance, hence its own backend,
 * so two workers index two shards at once on a 2-core machine. The worker
 * also reads the shard's pages and writes its result texts (shard-job.ts),
 * so that work runs beside the other shard's, not on the build's thread.
 *
 * Loaded by path with Node's type stripping (no bundler), so: erasable
 * TypeScript only, and no imports but Node's, pagefind and modules that are
 * the same (shard-job.ts and what it imports).
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { readDocuments, writeTexts, type ShardOutcome, type ShardSpec } from './shard-job.ts';

export interface ShardJob {
  type: 'write';
  id: number;
  spec: ShardSpec;
}

export type WorkerRequest = ShardJob | { type: 'close' };
export type WorkerReply = { type: 'done'; id: number; outcome: ShardOutcome } | { type: 'failed'; id: number; error: string } | { type: 'closed' };

/** Read the shard's pages, index them into spec.outputPath (replacing it), and write the shard's result texts. */
export async function writeShard(spec: ShardSpec): Promise<ShardOutcome> {
  let at = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - at;
    at = now;
    return ms;
  };
  const { docs, canonicalTexts, skipped } = readDocuments(spec);
  const documents = lap();
  await writeShardFiles(docs, spec.outputPath);
  const index = lap();
  writeTexts(spec, canonicalTexts);
  return { skipped, times: { documents, index, texts: lap() } };
}

/** Index the documents and write the bundle to outputPath (replacing it). */
export async function writeShardFiles(docs: { url: string; html: string }[], outputPath: string): Promise<void> {
  rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const doc of docs) {
    const added = await index.addHTMLFile({ url: doc.url, content: doc.html });
    if (added.errors.length) throw new Error(`pagefind ${doc.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind write: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  // The bundle's prebuilt UIs are never loaded (the search page renders results itself).
  for (const name of readdirSync(outputPath)) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(join(outputPath, name));
  }
}

const port = parentPort;
if (port) {
  port.on('message', (message: WorkerRequest) => {
    if (message.type === 'close') {
      void pagefind.close().then(() => port.postMessage({ type: 'closed' } satisfies WorkerReply));
      return;
    }
    writeShard(message.spec).then(
      (outcome) => port.postMessage({ type: 'done', id: message.id, outcome } satisfies WorkerReply),
      (error: unknown) =>
        port.postMessage({ type: 'failed', id: message.id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
    );
  });
}
