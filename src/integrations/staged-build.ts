/**
 * Build hooks that make a build all or nothing, and one at a time:
 *
 * - A lock (one beside the output folder, one in the cache folder) taken
 *   before the seeds are read: a second build of the same site or cache
 *   stops at once, naming the build that holds it. A lock whose process is
 *   gone (killed) is taken over.
 * - Astro writes into a staging folder beside the output folder
 *   (`.dist.staging` for `dist`), never into the site being served. The page
 *   cache names the pages it keeps (stagePublishedFiles), which are linked
 *   there with the published search bundle, in which the search index finds
 *   its shards. Only when every hook has finished is the staging folder
 *   swapped in, by two renames. A build that fails at any point leaves the
 *   published site as it was; a build killed between the two renames is
 *   repaired by the next one.
 * - The site replaced is kept (`.dist.previous`) when most of its pages
 *   were kept by this build: it is then mostly links to the files now
 *   published, in the folders the next build needs, and becomes the next
 *   staging folder, made to hold exactly the links it should
 *   (mirrorLinks): a stat a file rather than a folder made and a link a
 *   file. Otherwise it is removed by a process of its own, which the build
 *   does not wait for.
 *
 * `start` must be the first integration and `publish` the last.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { mirrorLinks, walkFiles } from '../build-fs.ts';

/** The staging and replaced folders of an output folder, beside it (one file system, so renames are atomic). */
export function stagingPaths(outDir: string): { staging: string; replaced: string; previous: string; lock: string; removing: string } {
  const at = (suffix: string) => join(dirname(outDir), `.${basename(outDir)}.${suffix}`);
  return { staging: at('staging'), replaced: at('replaced'), previous: at('previous'), lock: at('lock'), removing: at('removing-') };
}

/**
 * Remove a folder without waiting for it: renamed aside at once (to the
 * output folder's `.dist.removing-…`, a name of its own), then deleted by a
 * detached process, so a build ends when its site is published. A replaced
 * site is the size of the site: deleting 100,000 articles' pages file by
 * file takes minutes. Folders an earlier remover left (the machine stopped)
 * are handed to this one too.
 */
export function removeInBackground(dirs: string | readonly string[], outDir: string): void {
  const { removing } = stagingPaths(outDir);
  for (const [i, dir] of (typeof dirs === 'string' ? [dirs] : dirs).entries())
    if (existsSync(dir)) renameSync(dir, `${removing}${process.pid}-${Date.now()}-${i}`);
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
let stagingDir = '';
/** Whether the staging folder holds what it should yet (stagePublishedFiles), and whether the site it replaces is worth keeping. */
let staged: { recyclable: boolean } | null = null;

/** The output folder the site is published to while Astro writes to the staging folder (null outside a build). */
export function publishedOutDir(): string | null {
  return published;
}

/**
 * Make the staging folder hold the published files this build keeps (paths
 * relative to the site, `/`-separated) and the published search bundle, as
 * hard links, and nothing else, so Astro writes every other file anew: a
 * kept file is a link to a published one, and writing into it would change
 * the site being served. Called by the page cache once it knows the pages
 * it keeps; `share` says how many of how many, and so whether the site this
 * build replaces is worth keeping as the next one's staging folder.
 */
export function stagePublishedFiles(files: readonly string[], share: { kept: number; total: number }): void {
  if (!published) return;
  const bundle = join(published, 'pagefind');
  const bundleFiles = walkFiles(bundle).map((file) => `pagefind/${file}`);
  mirrorLinks(published, stagingDir, [...files, ...bundleFiles]);
  staged = { recyclable: share.total > 0 && share.kept * 2 >= share.total };
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
          // A failed build's staging folder, or the site the last build replaced, is reused: stagePublishedFiles
          // leaves in it only the links it should hold, before Astro writes a file.
          if (!existsSync(staging) && existsSync(paths.previous)) renameSync(paths.previous, staging);
          mkdirSync(staging, { recursive: true });
          published = outDir;
          stagingDir = staging;
          staged = null;
          updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        },
      },
    },
    publish: {
      name: 'jianfan-publish',
      hooks: {
        // After every other integration's: the page cache has named what it keeps, or nothing is kept.
        'astro:build:start': () => {
          if (published && !staged) stagePublishedFiles([], { kept: 0, total: 0 });
        },
        'astro:build:done': ({ logger }) => {
          if (!published) return;
          const { replaced, previous } = stagingPaths(outDir);
          rmSync(replaced, { recursive: true, force: true });
          if (existsSync(outDir)) renameSync(outDir, replaced);
          renameSync(staging, outDir);
          if (staged?.recyclable && existsSync(replaced)) {
            removeInBackground(previous, outDir);
            renameSync(replaced, previous);
          } else removeInBackground([replaced, previous], outDir);
          published = null;
          staged = null;
          release();
          logger.info(`published ${outDir}`);
        },
      },
    },
  };
}
