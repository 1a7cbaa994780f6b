/**
 * Build hook: the search index, written with pagefind's Node API after the
 * pages are built.
 *
 * One pagefind bundle for the whole site (SEARCH_BUNDLE): every article
 * once, in its canonical (simplified) text, the zh-hans page's, which every
 * variant searches with the query folded to canonical form (the three
 * variants carry the same text in three scripts, so indexing each was three
 * times the work and the bytes). What a variant shows of a result comes from
 * a small text file per article and variant (textDir), named by the
 * article's pagefind page id and made from that variant's built page, in its
 * own script; the browser fetches it in place of pagefind's fragment.
 *
 * The bundle is cut into shards (src/search/build/shards.ts: none without
 * pages, the first at the bundle's root, which the browser loads) that
 * worker threads write CONFIG.workers at a time (shard-pool.ts), so peak
 * memory is that many shards' worth, whatever the size of the site; the
 * browser merges them (pagefind mergeIndex). A shard whose pages did not
 * change since the last build is left in place (or copied from the cache,
 * texts included). Articles added after the first cut go to a small "recent"
 * shard, then in batches to batch shards (planShards), so adding one
 * re-indexes a few pages. Which pages there are, and their keys, comes from
 * the page cache's manifest (src/incremental/manifest.ts).
 *
 * What is indexed is what the reader reads: the headline and the body
 * (`[data-pagefind-body]`), taken from the built HTML, with the source and
 * publish time as metadata; the navigation, variant switch, byline and
 * footer never reach the index. Pages stay as they are; the indexer is given
 * a small document made from them (src/search/build/document.ts).
 *
 * It also writes the bucketed query-conversion dictionaries (see
 * src/search/build/dicts.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { linkOrCopy, linkTree } from '../../build-fs.ts';
import { CONFIG } from '../../config.ts';
import { TEXTS_DONE, type ShardJobTimes } from './shard-job.ts';
import { DICT_BASE, queryChainFiles } from './dicts.ts';
import { MANIFEST_FILE, readManifest } from '../../incremental/manifest.ts';
import { planShards, SHARD_PAGES, shardFolders, type ShardFolder, type ShardPlan, type ShardState } from './shards.ts';
import { VARIANT_IDS, type VariantId } from '../../pipeline/variants.ts';
import { createShardPool, type ShardPool } from './shard-pool.ts';
import { SEARCH_BUNDLE, SHARD_FOLDER, SHARDS_FILE, textDir, type ShardListing } from '../shared/contract.ts';

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

/** What the last build left in the bundle: its shard plan and the key of each shard folder. */
interface BundleState extends ShardState {
  outDir: string;
  /** Shard folder ('' for the root) → key of the shard written there. */
  keys: Record<string, string>;
}

/** The bundle's state file in the cache (the per-variant bundles before it had their variant's name). */
const stateFile = (cache: ShardCache): string => join(cache.dir, 'all.json');

function readState(cache: ShardCache, outDir: string): BundleState | null {
  try {
    const state = JSON.parse(readFileSync(stateFile(cache), 'utf8')) as BundleState;
    // A state of the hashed shards of earlier builds (no batches, or hashed ones) is not kept: the archive is cut afresh by publish time.
    const legacy = !Array.isArray(state.batches) || (state as { shards?: number }).shards !== undefined;
    return state.outDir === outDir && !legacy && Array.isArray(state.urls) && Array.isArray(state.recent) ? state : null;
  } catch {
    return null;
  }
}

/** One article: its canonical page (indexed) and its page in every variant (shown). */
type ArticlePages = Record<VariantId, string>;

interface ShardTask extends ShardFolder {
  /** Hash of pagefind's version and the shard's pages in every variant with their page keys: the shard's output depends on nothing else. */
  key: string;
}

/** The variant whose pages are the canonical text (no conversion chain). */
const CANONICAL_VARIANT: VariantId = 'zh-hans';

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
 * Put a shard's texts into each variant's text folder: every file for a
 * shard written anew, only the missing ones for a shard kept in place.
 * Returns the ids.
 */
export function placeTexts(texts: string, outDir: string, all: boolean): string[] {
  const ids = new Set<string>();
  for (const variant of VARIANT_IDS) {
    const from = join(texts, variant);
    const to = join(outDir, textDir(variant));
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) {
      ids.add(name);
      const target = join(to, name);
      if (!all && existsSync(target)) continue;
      // Replaced, never written into: the staging bundle's files are links to the published site's (linkTree).
      // Linked from the cache, not copied: a cached text is never written in place either (writeTexts
      // removes a shard's texts before writing them), and a shard is thousands of small files.
      rmSync(target, { force: true });
      linkOrCopy(join(from, name), target);
    }
  }
  return [...ids];
}

/**
 * Where an index phase's time goes, summed over the shards indexed (two run
 * at once, so the sums exceed the phase): in the shard workers (documents,
 * pagefind, texts: shard-job.ts) and on the build's thread (links).
 */
interface ShardTimes extends ShardJobTimes {
  /** The shard linked into the cache, the root moved, the texts put in place. */
  links: number;
}

interface BuildContext {
  outDir: string;
  times: ShardTimes;
  previous: BundleState | null;
  cache: ShardCache;
  pool: ShardPool;
  logger: Logger;
  pagesOf: ReadonlyMap<string, ArticlePages>;
}

/**
 * Put shard `task` in place: kept as it is when the last build wrote the same
 * shard there, else copied from the cache, else indexed (and cached); a kept
 * or cached copy is used only if it can be searched. The root shard is
 * written aside and moved into the root, whose other entries are the other
 * shards' folders. Then its texts go to the variants' text folders.
 */
async function writeShard(task: ShardTask, ctx: BuildContext): Promise<{ outcome: 'kept' | 'cached' | 'indexed'; ids: string[] }> {
  const { outDir, previous, cache } = ctx;
  const bundle = join(outDir, SEARCH_BUNDLE);
  const target = join(bundle, task.dir);
  const texts = join(cache.dir, `${task.key}.text`);
  cache.used.add(task.key).add(`${task.key}.text`);
  const root = task.dir === '';
  const textsWhole = existsSync(join(texts, TEXTS_DONE));
  if (previous?.keys[task.dir] === task.key && textsWhole && indexProblem(target, root) === null)
    return { outcome: 'kept', ids: placeTexts(texts, outDir, false) };
  const cached = join(cache.dir, task.key);
  const staging = root ? join(outDir, 'pagefind/.all-root') : target;
  rmSync(staging, { recursive: true, force: true });
  let outcome: 'cached' | 'indexed';
  // Shards go between the cache and the site as hard links (linkTree), not copies: no file of either is written in
  // place (a shard is indexed into a folder made empty, and a cache entry is removed before it is written again).
  if (textsWhole && indexProblem(cached, root) === null) {
    linkTree(cached, staging);
    outcome = 'cached';
  } else {
    const pages = (url: string): [string, string][] => VARIANT_IDS.map((variant) => [variant, ctx.pagesOf.get(url)![variant]]);
    const done = await ctx.pool.write({
      site: outDir,
      canonical: CANONICAL_VARIANT,
      articles: task.urls.map((url) => ({ url, pages: pages(url) })),
      outputPath: staging,
      texts,
    });
    for (const url of done.skipped) ctx.logger.warn(`${url}: no headline or [data-pagefind-body]; not indexed`);
    for (const part of ['documents', 'index', 'texts'] as const) ctx.times[part] += done.times[part];
    const linking = performance.now();
    rmSync(cached, { recursive: true, force: true });
    linkTree(staging, cached);
    ctx.times.links += performance.now() - linking;
    outcome = 'indexed';
  }
  const placing = performance.now();
  if (root) {
    mkdirSync(bundle, { recursive: true });
    for (const entry of readdirSync(bundle)) if (!SHARD_FOLDER.test(entry)) rmSync(join(bundle, entry), { recursive: true, force: true });
    linkTree(staging, bundle);
    rmSync(staging, { recursive: true, force: true });
  }
  const ids = placeTexts(texts, outDir, true);
  ctx.times.links += performance.now() - placing;
  return { outcome, ids };
}

/** Cut the articles into shard tasks (see planShards and shardFolders: no task has no page). */
function planBundle(
  newest: readonly string[],
  pagesOf: ReadonlyMap<string, ArticlePages>,
  keys: Record<string, string>,
  previous: BundleState | null,
  cache: ShardCache,
): { plan: ShardPlan; tasks: ShardTask[] } {
  const plan = planShards(newest, previous);
  const tasks = shardFolders(plan).map((folder): ShardTask => {
    // The format of the bundle, its documents and its texts is part of the key: entries from before it are not
    // reused (2: documents indexed without a language).
    const key = createHash('sha256').update(cache.version).update('\0one-index-2\0');
    for (const url of folder.urls) {
      for (const page of Object.values(pagesOf.get(url) ?? {}))
        key
          .update(page)
          .update('\0')
          .update(keys[page] ?? '')
          .update('\0');
    }
    return { ...folder, key: key.digest('hex').slice(0, 32) };
  });
  return { plan, tasks };
}

/**
 * Check that every shard can be searched (else fail the build, naming the
 * shard, rather than publish a search that finds nothing), remove shard
 * folders of the last build that this one does not have and texts of no
 * article of this one, and list the shards for the browser. A site with no
 * article has no bundle and no texts.
 */
function finishBundle(outDir: string, tasks: readonly ShardTask[], ids: ReadonlySet<string>): void {
  const bundle = join(outDir, SEARCH_BUNDLE);
  // The per-variant bundles of builds before the one index.
  for (const variant of VARIANT_IDS) rmSync(join(outDir, 'pagefind', variant), { recursive: true, force: true });
  if (tasks.length === 0) {
    rmSync(bundle, { recursive: true, force: true });
    for (const variant of VARIANT_IDS) rmSync(join(outDir, textDir(variant)), { recursive: true, force: true });
    return;
  }
  for (const task of tasks) {
    const problem = indexProblem(join(bundle, task.dir), task.dir === '');
    if (problem) {
      const where = task.dir === '' ? 'the bundle root' : task.dir;
      throw new Error(
        `jianfan-search-index: search shard ${task.name} (${task.urls.length} article(s), at ${where} of ${SEARCH_BUNDLE}) cannot be searched: ${problem}`,
      );
    }
  }
  const dirs = new Set(tasks.map((t) => t.dir.replace(/\/$/, '')));
  for (const entry of readdirSync(bundle)) if (SHARD_FOLDER.test(entry) && !dirs.has(entry)) rmSync(join(bundle, entry), { recursive: true, force: true });
  for (const variant of VARIANT_IDS) {
    const dir = join(outDir, textDir(variant));
    for (const name of readdirSync(dir)) if (!ids.has(name)) rmSync(join(dir, name), { force: true });
  }
  // The browser merges the other shards into the root one (src/search/client/pagefind.ts).
  const listing: ShardListing = {
    root: tasks[0]!.urls.length,
    first: SHARD_PAGES,
    shards: tasks.slice(1).map((t) => ({ dir: t.dir, articles: t.urls.length })),
  };
  writeFileAtomic(join(bundle, SHARDS_FILE), JSON.stringify(listing));
}

/** Run the tasks, CONFIG.workers at a time (each reads its pages only when it starts). */
async function runTasks<R>(tasks: readonly ShardTask[], run: (task: ShardTask) => Promise<R>): Promise<Map<ShardTask, R>> {
  const results = new Map<ShardTask, R>();
  let next = 0;
  const runner = async (): Promise<void> => {
    for (let task = tasks[next++]; task; task = tasks[next++]) results.set(task, await run(task));
  };
  await Promise.all(Array.from({ length: CONFIG.workers }, runner));
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
  const bySlug = new Map<string, Partial<ArticlePages>>();
  for (const url of Object.keys(manifest.pages).sort()) {
    const m = ARTICLE_PATH.exec(url);
    if (!m || !(VARIANT_IDS as readonly string[]).includes(m[1]!)) continue;
    const pages = bySlug.get(m[2]!) ?? {};
    pages[m[1] as VariantId] = url;
    bySlug.set(m[2]!, pages);
  }
  // Canonical page URL → the article's page in every variant; an article the build has not made in every variant is not searchable, and the build says so.
  const pagesOf = new Map<string, ArticlePages>();
  const dateOf = new Map<string, number>();
  for (const [slug, pages] of bySlug) {
    const missing = VARIANT_IDS.filter((v) => !pages[v]);
    if (missing.length > 0) throw new Error(`jianfan-search-index: article ${slug} has no page in ${missing.join(', ')}`);
    pagesOf.set(pages[CANONICAL_VARIANT]!, pages as ArticlePages);
    dateOf.set(pages[CANONICAL_VARIANT]!, Date.parse(manifest.dates?.[slug] ?? '') || 0);
  }
  // Newest first (then by URL), as the shards are cut: the browser asks the newest shards first.
  const newest = [...pagesOf.keys()].sort((a, b) => dateOf.get(b)! - dateOf.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const pool = createShardPool(new URL('src/search/build/shard-worker.ts', root), CONFIG.workers);
  try {
    const previous = readState(cache, outDir);
    // Until this build has finished, nothing in the bundle is known to be whole.
    rmSync(stateFile(cache), { force: true });
    // Shards are keyed by the text search takes from each page, so a page re-rendered
    // only for its related articles (adding one article changes hundreds of lists) keeps its shard.
    const { plan, tasks } = planBundle(newest, pagesOf, { ...manifest.pages, ...manifest.texts }, previous, cache);
    const times: ShardTimes = { documents: 0, index: 0, texts: 0, links: 0 };
    const ctx: BuildContext = { outDir, times, previous, cache, pool, logger, pagesOf };
    const results = await runTasks(tasks, (task) => writeShard(task, ctx));
    finishBundle(outDir, tasks, new Set([...results.values()].flatMap((r) => r.ids)));
    const state: BundleState = {
      outDir,
      urls: [...pagesOf.keys()],
      batches: plan.batches,
      recent: plan.recent,
      keys: Object.fromEntries(tasks.map((t) => [t.dir, t.key])),
    };
    writeFileAtomic(stateFile(cache), JSON.stringify(state));
    const tally = (what: string) => tasks.filter((t) => results.get(t)?.outcome === what).length;
    const counts =
      `all ${pagesOf.size} (${tasks.length} shard(s): ${tally('indexed')} indexed, ${tally('kept')} kept, ${tally('cached')} from cache; ` +
      `${plan.batches.length} batch(es), ${plan.recent.length} in recent), shown in ${VARIANT_IDS.join(', ')}`;
    pruneShardCache(cache);
    // The query dictionaries are written whole every build: last build's (copied into the
    // staging folder with the bundles) would otherwise stay beside them, stale, for ever.
    rmSync(join(outDir, DICT_BASE.slice(1)), { recursive: true, force: true });
    for (const [path, json] of queryChainFiles(VARIANT_IDS)) {
      const file = join(outDir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, json);
    }
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const split = `documents ${seconds(times.documents)}, pagefind ${seconds(times.index)}, texts ${seconds(times.texts)}, links ${seconds(times.links)}`;
    logger.info(`indexed ${counts} article(s) in ${Math.round(performance.now() - started)} ms (summed over shards: ${split})`);
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
