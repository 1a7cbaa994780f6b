/**
 * A small pool of shard-writing worker threads (see shard-worker.ts). Jobs
 * run in the order given, at most `size` at once; peak memory is about
 * `size` shards' worth of pagefind backend.
 *
 * A worker can end without an `error` event (killed for memory, a crash in
 * pagefind's native backend, process.exit): its job is then rejected with
 * the exit code, so the build fails with the reason instead of waiting for
 * ever, and the dead worker leaves the pool (the next job gets a new one).
 */
import { Worker } from 'node:worker_threads';
import type { ShardOutcome, ShardSpec } from './shard-job.ts';
import type { ShardJob, WorkerReply } from './shard-worker.ts';

export interface ShardPool {
  /** Read, index and write one shard (shard-job.ts) in a worker. */
  write(spec: ShardSpec): Promise<ShardOutcome>;
  close(): Promise<void>;
}

interface Job {
  id: number;
  outputPath: string;
  resolve: (outcome: ShardOutcome) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: boolean;
  /** The job this worker is writing, if any. */
  job: Job | null;
  /** Set once the worker has ended (or failed): it takes no more jobs. */
  dead: boolean;
  /** Resolves when the worker has ended. */
  ended: Promise<void>;
}

export function createShardPool(workerFile: URL, size: number): ShardPool {
  const slots: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];
  let nextId = 0;

  const settle = (slot: Slot, result: Error | ShardOutcome): void => {
    const job = slot.job;
    slot.job = null;
    if (!job) return;
    if (result instanceof Error) job.reject(result);
    else job.resolve(result);
  };

  /** A worker that ended or failed: fail its job and drop it from the pool. */
  const bury = (slot: Slot, reason: string): void => {
    if (slot.dead) return;
    slot.dead = true;
    const job = slot.job;
    settle(slot, new Error(`jianfan-search-index: the shard worker ${reason}${job ? ` while writing ${job.outputPath}` : ''}`));
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
  };

  const spawn = (): Slot => {
    const worker = new Worker(workerFile);
    let ended!: () => void;
    const slot: Slot = { worker, busy: false, job: null, dead: false, ended: new Promise((resolve) => (ended = resolve)) };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'closed' || slot.job?.id !== reply.id) return;
      settle(slot, reply.type === 'done' ? reply.outcome : new Error(reply.error));
    });
    worker.on('error', (error) => bury(slot, `failed: ${error.message}`));
    worker.on('exit', (code) => {
      bury(slot, `exited with code ${code} before finishing`);
      ended();
    });
    return slot;
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

  /** Hand the worker to the next waiting job (a new worker if this one died), or mark it free. */
  const release = (slot: Slot): void => {
    const next = waiting.shift();
    if (!next) {
      slot.busy = false;
      return;
    }
    if (!slot.dead) {
      next(slot);
      return;
    }
    const fresh = spawn();
    fresh.busy = true;
    slots.push(fresh);
    next(fresh);
  };

  return {
    async write(spec) {
      const slot = await acquire();
      const id = nextId++;
      try {
        return await new Promise<ShardOutcome>((resolve, reject) => {
          if (slot.dead) throw new Error('jianfan-search-index: the shard worker ended before its job was posted');
          slot.job = { id, outputPath: spec.outputPath, resolve, reject };
          slot.worker.postMessage({ type: 'write', id, spec } satisfies ShardJob);
        });
      } finally {
        release(slot);
      }
    },
    async close() {
      // Each worker closes its pagefind backend (a child process) before it
      // ends; one that has already ended has nothing to close.
      await Promise.all(
        slots.map((slot) => {
          if (slot.dead) return slot.ended;
          slot.worker.on('message', (reply: WorkerReply) => {
            if (reply.type === 'closed') void slot.worker.terminate();
          });
          slot.worker.postMessage({ type: 'close' });
          return slot.ended;
        }),
      );
    },
  };
}
