/**
 * Build hook: the search index, written with pagefind's Node API after the
 * pages are built.
 *
 * One pagefind bundle per variant, in dist/pagefind/<variant>/, cut into
 * shards (src/lib/search-shards.ts) that worker threads write SITE.workers
 * at a time (shard-pool.ts), so peak memory is that many shards' worth,
 * whatever the size of the site; the browser merges them (pagefind mergeIndex). A shard whose
 * documents did not change since the last build is copied from the cache.
 *
 * What is indexed is what the reader reads: for every article page, the
 * headline and the body (`[data-pagefind-body]`), taken from the built HTML,
 * with the source and publish time as metadata for the result list. The
 * navigation, variant switch, byline and footer never reach the index. Pages
 * stay as they are; the indexer is given a small document made from them
 * (src/lib/search-document.ts).
 *
 * It also writes the bucketed query-conversion dictionaries (see
 * src/lib/search-dicts.ts).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { SITE } from '../../config.ts';
import { searchBundleDir } from '../../lib/paths.ts';
import { indexDocument, type IndexDocument } from '../../lib/search-document.ts';
import { queryChainFiles } from '../../lib/search-dicts.ts';
import { groupByShard, shardDir, stableShardCount } from '../../lib/search-shards.ts';
import { VARIANT_IDS, type VariantId } from '../../pipeline/variants.ts';
import { createShardPool, type ShardPool } from './shard-pool.ts';

const ARTICLE_PATH = /^\/?([a-z-]+)\/articles\/([^/]+)\/?$/;

/** Pagefind's installed version, part of every shard's cache key. */
function pagefindVersion(root: URL): string {
  try {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('node_modules/pagefind/package.json', root)), 'utf8')) as { version?: unknown };
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
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

/** Shard count of a variant's last build, kept in the cache (see stableShardCount). */
function previousShardCount(cache: ShardCache, variant: VariantId): number | null {
  try {
    const n = Number(readFileSync(join(cache.dir, `${variant}.shards`), 'utf8'));
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

interface ShardTask {
  variant: VariantId;
  /** Article URLs of this shard, in order. */
  urls: string[];
  outputPath: string;
}

/** The shard's documents, read from the built pages (only now, so memory holds the shards in progress). */
function shardDocuments(task: ShardTask, outDir: string, logger: AstroIntegrationLogger): IndexDocument[] {
  const docs: IndexDocument[] = [];
  for (const url of task.urls) {
    const doc = indexDocument(readFileSync(join(outDir, url, 'index.html'), 'utf8'), url, task.variant);
    if (doc) docs.push(doc);
    else logger.warn(`${url}: no headline or [data-pagefind-body]; not indexed`);
  }
  return docs;
}

async function writeShard(docs: IndexDocument[], outputPath: string, cache: ShardCache, pool: ShardPool): Promise<'cached' | 'indexed'> {
  // A shard's output depends only on its documents (and pagefind's version):
  // reuse it from an earlier build when they are unchanged.
  const key = createHash('sha256').update(cache.version);
  for (const doc of docs) key.update(doc.url).update('\0').update(doc.html).update('\0');
  const name = key.digest('hex').slice(0, 32);
  cache.used.add(name);
  const cached = join(cache.dir, name);
  if (existsSync(join(cached, 'pagefind.js'))) {
    rmSync(outputPath, { recursive: true, force: true });
    cpSync(cached, outputPath, { recursive: true });
    return 'cached';
  }
  await pool.write(docs, outputPath);
  rmSync(cached, { recursive: true, force: true });
  cpSync(outputPath, cached, { recursive: true });
  return 'indexed';
}

/** Cut a variant's articles into shard tasks and clear its bundle folder. */
function planVariant(outDir: string, variant: VariantId, pathnames: readonly string[], cache: ShardCache): ShardTask[] {
  const urls = pathnames.map((p) => ({ url: `/${p.replace(/^\/|\/$/g, '')}/` })).sort((a, b) => (a.url < b.url ? -1 : 1));
  const shards = stableShardCount(urls.length, previousShardCount(cache, variant));
  writeFileSync(join(cache.dir, `${variant}.shards`), String(shards));
  const bundle = join(outDir, searchBundleDir(variant));
  rmSync(bundle, { recursive: true, force: true });
  // Shard 0's folder is the bundle root, which holds the other shards: it is
  // written aside and copied in last (finishVariant).
  return groupByShard(urls, shards).map((group, k) => ({
    variant,
    urls: group.map((u) => u.url),
    outputPath: k === 0 ? shard0Dir(outDir, variant) : join(bundle, shardDir(k)),
  }));
}

const shard0Dir = (outDir: string, variant: VariantId): string => join(outDir, `pagefind/.${variant}-shard-0`);

function finishVariant(outDir: string, variant: VariantId, shards: number): void {
  const bundle = join(outDir, searchBundleDir(variant));
  cpSync(shard0Dir(outDir, variant), bundle, { recursive: true });
  rmSync(shard0Dir(outDir, variant), { recursive: true, force: true });
  // The browser merges the other shards into the root one (src/scripts/search/pagefind.ts).
  writeFileSync(join(bundle, 'shards.json'), JSON.stringify(Array.from({ length: shards - 1 }, (_, i) => shardDir(i + 1))));
}

/** Run the tasks, SITE.workers at a time (each reads its pages only when it starts). */
async function runTasks(tasks: readonly ShardTask[], outDir: string, logger: AstroIntegrationLogger, cache: ShardCache, pool: ShardPool): Promise<Map<ShardTask, 'cached' | 'indexed'>> {
  const results = new Map<ShardTask, 'cached' | 'indexed'>();
  let next = 0;
  const runner = async (): Promise<void> => {
    for (let task = tasks[next++]; task; task = tasks[next++]) {
      results.set(task, await writeShard(shardDocuments(task, outDir, logger), task.outputPath, cache, pool));
    }
  };
  await Promise.all(Array.from({ length: SITE.workers }, runner));
  return results;
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
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!root || !cacheDir) throw new Error('jianfan-search-index: config not resolved');
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const cache: ShardCache = {
          dir: fileURLToPath(new URL('jianfan/search-shards/', cacheDir)),
          version: pagefindVersion(root),
          used: new Set(),
        };
        mkdirSync(cache.dir, { recursive: true });
        const byVariant = new Map<VariantId, string[]>(VARIANT_IDS.map((v) => [v, []]));
        for (const { pathname } of pages) {
          const m = ARTICLE_PATH.exec(pathname);
          const list = m && byVariant.get(m[1] as VariantId);
          if (list) list.push(pathname);
        }
        const pool = createShardPool(new URL('src/integrations/search-index/shard-worker.ts', root), SITE.workers);
        try {
          const plans = new Map([...byVariant].map(([variant, pathnames]) => [variant, planVariant(outDir, variant, pathnames, cache)]));
          const results = await runTasks([...plans.values()].flat(), outDir, logger, cache, pool);
          const counts: string[] = [];
          for (const [variant, tasks] of plans) {
            finishVariant(outDir, variant, tasks.length);
            const pages = tasks.reduce((n, t) => n + t.urls.length, 0);
            const cached = tasks.filter((t) => results.get(t) === 'cached').length;
            counts.push(`${variant} ${pages} (${tasks.length} shard(s), ${cached} from cache)`);
          }
          pruneShardCache(cache);
          for (const [path, json] of queryChainFiles(VARIANT_IDS)) {
            const file = join(outDir, path);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, json);
          }
          logger.info(`indexed ${counts.join(', ')} article(s) in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pool.close();
        }
      },
    },
  };
}
