/**
 * Build hook: the search index, written with pagefind's Node API after the
 * pages are built.
 *
 * One pagefind bundle per variant, in dist/pagefind/<variant>/, cut into
 * shards (src/search/build/shards.ts: none without pages, the first at the
 * bundle's root, which the browser loads) that worker threads write SITE.workers
 * at a time (shard-pool.ts), so peak memory is that many shards' worth,
 * whatever the size of the site; the browser merges them (pagefind mergeIndex).
 * A shard whose pages did not change since the last build is left in place
 * (or copied from the cache). Articles added after the first cut go to a
 * small "recent" shard, then in batches to batch shards (planShards), so
 * adding one re-indexes a few pages, not a full shard per variant. Which pages there are, and their keys, comes from
 * the page cache's manifest (src/integrations/page-cache.ts).
 *
 * What is indexed is what the reader reads: for every article page, the
 * headline and the body (`[data-pagefind-body]`), taken from the built HTML,
 * with the source and publish time as metadata for the result list. The
 * navigation, variant switch, byline and footer never reach the index. Pages
 * stay as they are; the indexer is given a small document made from them
 * (src/search/build/document.ts).
 *
 * It also writes the bucketed query-conversion dictionaries (see
 * src/search/build/dicts.ts).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { SITE } from '../../config.ts';
import { searchBundleDir } from '../../lib/paths.ts';
import { indexDocument, type IndexDocument } from './document.ts';
import { DICT_BASE, queryChainFiles } from './dicts.ts';
import { readManifest } from '../../lib/page-cache.ts';
import { planShards, shardFolders, type ShardFolder, type ShardPlan, type ShardState } from './shards.ts';
import { MANIFEST_FILE } from '../../integrations/page-cache.ts';
import { VARIANT_IDS, type VariantId } from '../../pipeline/variants.ts';
import { createShardPool, type ShardPool } from './shard-pool.ts';
import { SHARD_FOLDER, SHARDS_FILE, type ShardListing } from '../shared/contract.ts';

type Logger = Pick<AstroIntegrationLogger, 'info' | 'warn'>;

const ARTICLE_PATH = /^\/?([a-z-]+)\/articles\/([^/]+)\/?$/;

/**
 * Pagefind's installed version, part of every shard's cache key, so shards
 * never survive a pagefind upgrade. Found where Node's resolution finds the
 * package from the project (createRequire's lookup folders: pagefind's
 * `exports` hides its package.json from require.resolve itself); a version
 * that cannot be read fails the build.
 */
export function pagefindVersion(root: URL): string {
  const lookup = createRequire(new URL('package.json', root)).resolve.paths('pagefind') ?? [];
  const file = lookup.map((dir) => join(dir, 'pagefind', 'package.json')).find((path) => existsSync(path));
  if (!file) throw new Error(`jianfan-search-index: pagefind is not installed where ${fileURLToPath(root)} can load it (no pagefind/package.json); run npm ci`);
  let version: unknown;
  try {
    version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
  } catch (error) {
    throw new Error(`jianfan-search-index: ${file} cannot be read: ${String(error)}`);
  }
  if (typeof version !== 'string' || version === '') throw new Error(`jianfan-search-index: ${file} has no version; shards cannot be keyed to it`);
  return version;
}

/** Write a file whole or not at all: a killed build leaves the old file or none, never half of one. */
function writeFileAtomic(file: string, data: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

interface ShardCache {
  dir: string;
  version: string;
  /** Cache entries this build used; the others are removed at the end. */
  used: Set<string>;
}

/** Remove cached shards this build did not use, so the cache holds one site's worth. */
function pruneShardCache(cache: ShardCache): void {
  if (!existsSync(cache.dir)) return;
  for (const entry of readdirSync(cache.dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !cache.used.has(entry.name)) rmSync(join(cache.dir, entry.name), { recursive: true, force: true });
  }
}

/** What the last build left in a variant's bundle: its shard plan and the key of each shard folder. */
interface BundleState extends ShardState {
  outDir: string;
  /** Shard folder ('' for the root) → key of the shard written there. */
  keys: Record<string, string>;
}

const stateFile = (cache: ShardCache, variant: VariantId): string => join(cache.dir, `${variant}.json`);

function readState(cache: ShardCache, variant: VariantId, outDir: string): BundleState | null {
  try {
    const state = JSON.parse(readFileSync(stateFile(cache, variant), 'utf8')) as BundleState;
    return state.outDir === outDir && Array.isArray(state.urls) && Array.isArray(state.recent) ? state : null;
  } catch {
    return null;
  }
}

interface ShardTask extends ShardFolder {
  variant: VariantId;
  /** Hash of pagefind's version and the shard's pages with their page keys: the shard's output depends on nothing else. */
  key: string;
}

/** The shard's documents, read from the built pages (only now, so memory holds the shards in progress). */
function shardDocuments(task: ShardTask, outDir: string, logger: Logger): IndexDocument[] {
  const docs: IndexDocument[] = [];
  for (const url of task.urls) {
    const doc = indexDocument(readFileSync(join(outDir, url, 'index.html'), 'utf8'), url, task.variant);
    if (doc) docs.push(doc);
    else logger.warn(`${url}: no headline or [data-pagefind-body]; not indexed`);
  }
  return docs;
}

const bundleOf = (outDir: string, variant: VariantId): string => join(outDir, searchBundleDir(variant));

const hasFiles = (dir: string): boolean => existsSync(dir) && readdirSync(dir).length > 0;

/**
 * What keeps the pagefind bundle at `path` from being searched, or null when
 * nothing does: it must list a language with pages, and have that language's
 * metadata, index chunks and fragments (pagefind writes none of them for no
 * page, and the browser's search then fails for every query). A bundle's root
 * also needs pagefind.js, which the browser loads.
 */
function indexProblem(path: string, root: boolean): string | null {
  let entry: { languages?: Record<string, { hash?: unknown; page_count?: unknown }> };
  try {
    entry = JSON.parse(readFileSync(join(path, 'pagefind-entry.json'), 'utf8')) as typeof entry;
  } catch {
    return 'no readable pagefind-entry.json';
  }
  const languages = Object.values(entry.languages ?? {});
  if (!languages.some((l) => typeof l.page_count === 'number' && l.page_count > 0)) return 'no index: pagefind-entry.json lists no language with pages';
  const missing = languages.map((l) => `pagefind.${String(l.hash)}.pf_meta`).find((meta) => !existsSync(join(path, meta)));
  if (missing) return `no ${missing}`;
  if (!hasFiles(join(path, 'index'))) return 'no index chunks (index/)';
  if (!hasFiles(join(path, 'fragment'))) return 'no fragments (fragment/)';
  if (root && !existsSync(join(path, 'pagefind.js'))) return 'no pagefind.js';
  return null;
}

/**
 * Put shard `task` in place: kept as it is when the last build wrote the same
 * shard there, else copied from the cache, else indexed (and cached); a kept
 * or cached copy is used only if it can be searched. The root shard is
 * written aside and moved into the root, whose other entries are the other
 * shards' folders.
 */
async function writeShard(task: ShardTask, outDir: string, previous: BundleState | null, cache: ShardCache, pool: ShardPool, logger: Logger): Promise<'kept' | 'cached' | 'indexed'> {
  const bundle = bundleOf(outDir, task.variant);
  const target = join(bundle, task.dir);
  cache.used.add(task.key);
  const root = task.dir === '';
  if (previous?.keys[task.dir] === task.key && indexProblem(target, root) === null) return 'kept';
  const cached = join(cache.dir, task.key);
  const staging = root ? join(outDir, `pagefind/.${task.variant}-root`) : target;
  rmSync(staging, { recursive: true, force: true });
  let outcome: 'cached' | 'indexed';
  if (indexProblem(cached, root) === null) {
    cpSync(cached, staging, { recursive: true });
    outcome = 'cached';
  } else {
    await pool.write(shardDocuments(task, outDir, logger), staging);
    rmSync(cached, { recursive: true, force: true });
    cpSync(staging, cached, { recursive: true });
    outcome = 'indexed';
  }
  if (root) {
    mkdirSync(bundle, { recursive: true });
    for (const entry of readdirSync(bundle)) if (!SHARD_FOLDER.test(entry)) rmSync(join(bundle, entry), { recursive: true, force: true });
    cpSync(staging, bundle, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  }
  return outcome;
}

/** Cut a variant's articles into shard tasks (see planShards and shardFolders: no task has no page). */
function planVariant(variant: VariantId, pages: Record<string, string>, urls: readonly string[], previous: BundleState | null, cache: ShardCache): { plan: ShardPlan; tasks: ShardTask[] } {
  const plan = planShards(urls, previous);
  const tasks = shardFolders(plan).map((folder): ShardTask => {
    const key = createHash('sha256').update(cache.version);
    for (const url of folder.urls) key.update(url).update('\0').update(pages[url] ?? '').update('\0');
    return { ...folder, variant, key: key.digest('hex').slice(0, 32) };
  });
  return { plan, tasks };
}

/**
 * Check that every shard of the variant can be searched (else fail the build,
 * naming the shard, rather than publish a search that finds nothing), remove
 * shard folders of the last build that this one does not have, and list the
 * others for the browser. A variant with no article has no bundle.
 */
function finishVariant(outDir: string, variant: VariantId, tasks: readonly ShardTask[]): void {
  const bundle = bundleOf(outDir, variant);
  if (tasks.length === 0) {
    rmSync(bundle, { recursive: true, force: true });
    return;
  }
  for (const task of tasks) {
    const problem = indexProblem(join(bundle, task.dir), task.dir === '');
    if (problem) {
      const where = task.dir === '' ? 'the bundle root' : task.dir;
      throw new Error(`jianfan-search-index: ${variant} search shard ${task.name} (${task.urls.length} article(s), at ${where} of ${searchBundleDir(variant)}) cannot be searched: ${problem}`);
    }
  }
  const dirs = new Set(tasks.map((t) => t.dir.replace(/\/$/, '')));
  for (const entry of readdirSync(bundle)) if (SHARD_FOLDER.test(entry) && !dirs.has(entry)) rmSync(join(bundle, entry), { recursive: true, force: true });
  // The browser merges the other shards into the root one (src/search/client/pagefind.ts).
  const listing: ShardListing = tasks.map((t) => t.dir).filter((d) => d !== '');
  writeFileSync(join(bundle, SHARDS_FILE), JSON.stringify(listing));
}

/** Run the tasks, SITE.workers at a time (each reads its pages only when it starts). */
async function runTasks(tasks: readonly ShardTask[], run: (task: ShardTask) => Promise<'kept' | 'cached' | 'indexed'>): Promise<Map<ShardTask, 'kept' | 'cached' | 'indexed'>> {
  const results = new Map<ShardTask, 'kept' | 'cached' | 'indexed'>();
  let next = 0;
  const runner = async (): Promise<void> => {
    for (let task = tasks[next++]; task; task = tasks[next++]) results.set(task, await run(task));
  };
  await Promise.all(Array.from({ length: SITE.workers }, runner));
  return results;
}

/** What the build gives the search index: the project, Astro's cache folder, the output folder, a logger. */
export interface SearchIndexBuild {
  root: URL;
  cacheDir: URL;
  outDir: string;
  logger: Logger;
}

/**
 * Index the article pages the page cache's manifest lists (already in
 * outDir) into one bundle per variant, keeping and reusing what the last
 * build into the same outDir and cache left; then write the query
 * dictionaries. The build hook below, called by tests with the same inputs.
 */
export async function writeSearchIndex({ root, cacheDir, outDir, logger }: SearchIndexBuild): Promise<void> {
  const started = performance.now();
  const cache: ShardCache = {
    dir: fileURLToPath(new URL('jianfan/search-shards/', cacheDir)),
    version: pagefindVersion(root),
    used: new Set(),
  };
  mkdirSync(cache.dir, { recursive: true });
  // Every article page, kept or rendered, with its key (written by the page cache).
  const manifest = readManifest(fileURLToPath(new URL(MANIFEST_FILE, cacheDir)));
  if (!manifest) throw new Error('jianfan-search-index: no page manifest; the page cache integration must run first');
  const byVariant = new Map<VariantId, string[]>(VARIANT_IDS.map((v) => [v, []]));
  for (const url of Object.keys(manifest.pages).sort()) {
    const m = ARTICLE_PATH.exec(url);
    byVariant.get(m?.[1] as VariantId)?.push(url);
  }
  const pool = createShardPool(new URL('src/search/build/shard-worker.ts', root), SITE.workers);
  try {
    const plans = new Map<VariantId, { plan: ShardPlan; tasks: ShardTask[]; previous: BundleState | null }>();
    for (const [variant, urls] of byVariant) {
      const previous = readState(cache, variant, outDir);
      // Until this build has finished, nothing in the bundle is known to be whole.
      rmSync(stateFile(cache, variant), { force: true });
      plans.set(variant, { ...planVariant(variant, manifest.pages, urls, previous, cache), previous });
    }
    const all = [...plans.values()].flatMap(({ tasks, previous }) => tasks.map((task) => ({ task, previous })));
    const previousOf = new Map(all.map(({ task, previous }) => [task, previous]));
    const results = await runTasks(
      all.map(({ task }) => task),
      (task) => writeShard(task, outDir, previousOf.get(task) ?? null, cache, pool, logger),
    );
    const counts: string[] = [];
    for (const [variant, { plan, tasks }] of plans) {
      finishVariant(outDir, variant, tasks);
      const state: BundleState = {
        outDir,
        shards: plan.shards,
        urls: byVariant.get(variant) ?? [],
        batches: plan.batches,
        recent: plan.recent,
        keys: Object.fromEntries(tasks.map((t) => [t.dir, t.key])),
      };
      writeFileAtomic(stateFile(cache, variant), JSON.stringify(state));
      const pages = tasks.reduce((n, t) => n + t.urls.length, 0);
      const tally = (what: string) => tasks.filter((t) => results.get(t) === what).length;
      counts.push(
        `${variant} ${pages} (${tasks.length} shard(s): ${tally('indexed')} indexed, ${tally('kept')} kept, ${tally('cached')} from cache; ` +
          `${plan.batches.length} batch(es), ${plan.recent.length} in recent)`,
      );
    }
    pruneShardCache(cache);
    // The query dictionaries are written whole every build: last build's (copied into the
    // staging folder with the bundles) would otherwise stay beside them, stale, for ever.
    rmSync(join(outDir, DICT_BASE.slice(1)), { recursive: true, force: true });
    for (const [path, json] of queryChainFiles(VARIANT_IDS)) {
      const file = join(outDir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, json);
    }
    logger.info(`indexed ${counts.join(', ')} article(s) in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await pool.close();
  }
}

export function searchIndex(): AstroIntegration {
  let root: URL | null = null;
  let cacheDir: URL | null = null;
  return {
    name: 'jianfan-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!root || !cacheDir) throw new Error('jianfan-search-index: config not resolved');
        await writeSearchIndex({ root, cacheDir, outDir: fileURLToPath(dir), logger });
      },
    },
  };
}
