/**
 * A small pool of shard-writing worker threads (see shard-worker.ts). Jobs
 * run in the order given, at most `size` at once; peak memory is about
 * `size` shards' worth of pagefind backend.
 */
import { Worker } from 'node:worker_threads';
import type { ShardJob, WorkerReply } from './shard-worker.ts';

export interface ShardPool {
  write(docs: ShardJob['docs'], outputPath: string): Promise<void>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

export function createShardPool(workerFile: URL, size: number): ShardPool {
  const slots: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];
  const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let nextId = 0;

  const spawn = (): Slot => {
    const worker = new Worker(workerFile);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'closed') return;
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.type === 'done') p?.resolve();
      else p?.reject(new Error(reply.error));
    });
    worker.on('error', (error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    });
    return { worker, busy: false };
  };

  /** A free worker, marked busy before anyone else can take it. */
  const acquire = (): Promise<Slot> => {
    let slot = slots.find((s) => !s.busy);
    if (!slot && slots.length < size) {
      slot = spawn();
      slots.push(slot);
    }
    if (slot) {
      slot.busy = true;
      return Promise.resolve(slot);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };

  /** Hand the worker to the next waiting job, or mark it free. */
  const release = (slot: Slot): void => {
    const next = waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  };

  return {
    async write(docs, outputPath) {
      const slot = await acquire();
      const id = nextId++;
      try {
        await new Promise<void>((resolve, reject) => {
          pending.set(id, { resolve, reject });
          slot.worker.postMessage({ type: 'write', id, docs, outputPath } satisfies ShardJob);
        });
      } finally {
        release(slot);
      }
    },
    async close() {
      // Each worker closes its pagefind backend (a child process) before it ends.
      await Promise.all(
        slots.map(
          ({ worker }) =>
            new Promise<void>((resolve) => {
              const done = (): void => void worker.terminate().then(() => resolve());
              worker.on('message', (reply: WorkerReply) => {
                if (reply.type === 'closed') done();
              });
              worker.once('error', done);
              worker.postMessage({ type: 'close' });
            }),
        ),
      );
    },
  };
}
