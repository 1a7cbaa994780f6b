/** Build the site from a seeds folder into its own output folder, for tests. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SITES = join(ROOT, '.test-sites');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

export function buildSite(seedsDir: string, name: string, env: Record<string, string> = {}): BuildResult {
  const outDir = join(SITES, name);
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: {
      ...process.env,
      SEEDS_DIR: resolve(ROOT, seedsDir),
      JIANFAN_CACHE_DIR: join(ROOT, 'node_modules', `.astro-${name}`),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

export function readPage(outDir: string, path: string): Root {
  const file = join(outDir, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`no page at ${path} (${file})`);
  return fromHtml(readFileSync(file, 'utf8'));
}
