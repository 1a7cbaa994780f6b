/** Worker thread entry for ingest/parallel.ts: ingest the job's seeds and post the outcomes. */
import { parentPort, workerData } from 'node:worker_threads';
import { runIngestJob, type IngestJob } from './parallel.ts';

parentPort?.postMessage(runIngestJob(workerData as IngestJob));
