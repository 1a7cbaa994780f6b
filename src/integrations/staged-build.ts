/**
 * Build hooks that make a build all or nothing, and one at a time:
 *
 * - A lock (one beside the output folder, one in the cache folder) taken
 *   before the seeds are read: a second build of the same site or cache
 *   stops at once, naming the build that holds it. A lock whose process is
 *   gone (killed) is taken over.
 * - Astro writes into a staging folder beside the output folder
 *   (`.dist.staging` for `dist`), never into the site being served. The page
 *   cache links the pages it keeps into it, and the search index finds its
 *   shards there (the published bundle is linked there first). Only
 *   when every hook has finished is the staging folder swapped in, by two
 *   renames; the site replaced is then removed by a process of its own,
 *   which the build does not wait for. A build that fails at any
 *   point leaves the published site as it was; a build killed between the
 *   two renames is repaired by the next one.
 *
 * `start` must be the first integration and `publish` the last.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { linkTree } from '../build-fs.ts';

/** The staging and replaced folders of an output folder, beside it (one file system, so renames are atomic). */
export function stagingPaths(outDir: string): { staging: string; replaced: string; lock: string; removing: string } {
  const at = (suffix: string) => join(dirname(outDir), `.${basename(outDir)}.${suffix}`);
  return { staging: at('staging'), replaced: at('replaced'), lock: at('lock'), removing: at('removing-') };
}

/**
 * Remove a folder without waiting for it: renamed aside at once (to the
 * output folder's `.dist.removing-…`, a name of its own), then deleted by a
 * detached process, so a build ends when its site is published. A replaced
 * site is the size of the site: deleting 100,000 articles' pages file by
 * file takes minutes. Folders an earlier remover left (the machine stopped)
 * are handed to this one too.
 */
export function removeInBackground(dir: string, outDir: string): void {
  const { removing } = stagingPaths(outDir);
  if (existsSync(dir)) renameSync(dir, `${removing}${process.pid}-${Date.now()}`);
  const parent = dirname(removing);
  const prefix = basename(removing);
  const left = readdirSync(parent)
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(parent, name));
  if (left.length === 0) return;
  const remover = spawn(
    process.execPath,
    ['-e', "for (const d of process.argv.slice(1)) require('node:fs').rmSync(d, { recursive: true, force: true })", ...left],
    { detached: true, stdio: 'ignore' },
  );
  remover.on('error', () => {
    for (const d of left) rmSync(d, { recursive: true, force: true });
  });
  remover.unref();
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Take `file` as a lock for this process, or throw naming the build that holds it. Returns the release. */
export function takeLock(file: string, what: string): () => void {
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }));
      closeSync(fd);
      let held = true;
      const release = () => {
        if (held) rmSync(file, { force: true });
        held = false;
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      let holder: { pid?: unknown; started?: unknown } = {};
      try {
        holder = JSON.parse(readFileSync(file, 'utf8')) as typeof holder;
      } catch {
        // Half written by a build killed at that moment: stale.
      }
      if (typeof holder.pid === 'number' && holder.pid !== process.pid && alive(holder.pid)) {
        throw new AstroError(
          `another build (process ${holder.pid}, started ${String(holder.started)}) is using ${what} (lock: ${file})`,
          'Wait for that build to finish, then build again. A lock left by a killed build is taken over by the next one.',
        );
      }
      rmSync(file, { force: true }); // its build was killed; take over
    }
  }
}

/** Undo a swap a killed build left half done: the published site is the replaced one until the swap completes. */
export function repairSwap(outDir: string): void {
  const { replaced } = stagingPaths(outDir);
  if (!existsSync(replaced)) return;
  if (existsSync(outDir)) rmSync(replaced, { recursive: true, force: true });
  else renameSync(replaced, outDir);
}

let published: string | null = null;

/** The output folder the site is published to while Astro writes to the staging folder (null outside a build). */
export function publishedOutDir(): string | null {
  return published;
}

export function stagedBuild(): { start: AstroIntegration; publish: AstroIntegration } {
  let releases: Array<() => void> = [];
  let outDir = '';
  let staging = '';
  const release = () => {
    for (const r of releases.reverse()) r();
    releases = [];
  };
  return {
    start: {
      name: 'jianfan-staged-build',
      hooks: {
        'astro:config:setup': ({ command, config, updateConfig }) => {
          if (command !== 'build') return;
          outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
          const paths = stagingPaths(outDir);
          staging = paths.staging;
          releases.push(takeLock(paths.lock, outDir));
          releases.push(takeLock(fileURLToPath(new URL('jianfan/build.lock', config.cacheDir)), fileURLToPath(config.cacheDir)));
          repairSwap(outDir);
          // A failed build's staging folder is of no use: start from nothing but the published search bundle.
          rmSync(staging, { recursive: true, force: true });
          mkdirSync(staging, { recursive: true });
          const bundle = join(outDir, 'pagefind');
          // Linked, not copied: the search index replaces the files it changes, never writes into one.
          if (existsSync(bundle)) linkTree(bundle, join(staging, 'pagefind'));
          published = outDir;
          updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        },
      },
    },
    publish: {
      name: 'jianfan-publish',
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (!published) return;
          const { replaced } = stagingPaths(outDir);
          rmSync(replaced, { recursive: true, force: true });
          if (existsSync(outDir)) renameSync(outDir, replaced);
          renameSync(staging, outDir);
          removeInBackground(replaced, outDir);
          published = null;
          release();
          logger.info(`published ${outDir}`);
        },
      },
    },
  };
}
