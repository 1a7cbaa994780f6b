/**
 * Worker thread that writes pagefind shards. Pagefind's Node API talks to one
 * backend process per module instance, and that process indexes on about one
 * core; a worker thread has its own module instance, hence its own backend,
 * so two workers index two shards at once on a 2-core machine.
 *
 * Loaded by path with Node's type stripping (no bundler), so: erasable
 * TypeScript only, and no imports but Node's and pagefind.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

export interface ShardJob {
  type: 'write';
  id: number;
  docs: { url: string; html: string }[];
  outputPath: string;
}

export type WorkerRequest = ShardJob | { type: 'close' };
export type WorkerReply = { type: 'done'; id: number } | { type: 'failed'; id: number; error: string } | { type: 'closed' };

/** Index the documents and write the bundle to outputPath (replacing it). */
export async function writeShardFiles(docs: ShardJob['docs'], outputPath: string): Promise<void> {
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
    writeShardFiles(message.docs, message.outputPath).then(
      () => port.postMessage({ type: 'done', id: message.id } satisfies WorkerReply),
      (error: unknown) => port.postMessage({ type: 'failed', id: message.id, error: String(error) } satisfies WorkerReply),
    );
  });
}
