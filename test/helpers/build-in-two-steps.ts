/**
 * Build a site as an editor would grow it: first without one seed, then with
 * it, so the second build is incremental and the held-back article lands in
 * the recent search shard. The e2e fixture site is built this way, so every
 * search test also runs against kept shards merged with a recent one.
 *
 *   node test/helpers/build-in-two-steps.ts <seeds dir> <held-back seed> <out dir>
 * (SEEDS_DIR is set here; other settings come from the environment.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [seeds, held, outDir] = process.argv.slice(2);
if (!seeds || !held || !outDir) throw new Error('usage: build-in-two-steps.ts <seeds dir> <held-back seed> <out dir>');
const copy = resolve(`${outDir}-seeds`);
rmSync(copy, { recursive: true, force: true });
cpSync(seeds, copy, { recursive: true });
renameSync(join(copy, held), `${copy}.held`);

const build = (): void => {
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], { stdio: 'inherit', env: { ...process.env, SEEDS_DIR: copy } });
  if (run.status !== 0) process.exit(run.status ?? 1);
};
build();
renameSync(`${copy}.held`, join(copy, held));
build();
