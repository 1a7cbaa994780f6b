#!/usr/bin/env node
/**
 * What the pipeline makes of one seed, line by line, in colour on a terminal:
 *   npm run inspect -- seeds/foo.txt
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CONFIG } from '../config.ts';
import { ingestSeed } from './ingest/seed.ts';
import { formatTraceText } from './trace-view.ts';
import { SeedError } from './errors.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run inspect -- SEED_FILE…');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  try {
    const seed = ingestSeed(basename(file), readFileSync(file), { timeZone: CONFIG.timeZone, modified: statSync(file).mtime });
    console.log(formatTraceText(seed, process.stdout.isTTY === true && !process.env['NO_COLOR']));
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    console.error(error.message);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
