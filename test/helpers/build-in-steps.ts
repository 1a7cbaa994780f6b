/**
 * Build a site as an editor grows it: first without some seeds, then adding
 * them one at a time, rebuilding after each. Every rebuild after the first is
 * incremental, so the served site is made of kept pages and shards, batch
 * shards and a recent one (src/search/build/shards.ts). The e2e fixture site is
 * built this way, so every search test runs against that layout.
 *
 *   node test/helpers/build-in-steps.ts <seeds dir> <out dir> <held-back seed>...
 * (SEEDS_DIR is set here; other settings come from the environment.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [seeds, outDir, ...held] = process.argv.slice(2);
if (!seeds || !outDir || held.length === 0) throw new Error('usage: build-in-steps.ts <seeds dir> <out dir> <held-back seed>...');
const copy = resolve(`${outDir}-seeds`);
const aside = `${copy}.held`;
for (const dir of [copy, aside]) rmSync(dir, { recursive: true, force: true });
cpSync(seeds, copy, { recursive: true });
mkdirSync(aside);
for (const file of held) renameSync(join(copy, file), join(aside, file));

const build = (): void => {
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], { stdio: 'inherit', env: { ...process.env, SEEDS_DIR: copy } });
  if (run.status !== 0) process.exit(run.status ?? 1);
};
build();
for (const file of held) {
  renameSync(join(aside, file), join(copy, file));
  build();
}
