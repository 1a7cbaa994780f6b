/**
 * Search after any sequence of rebuilds finds exactly what a clean build of
 * the same seeds finds (issue 17: once every article of the first shard was
 * gone, the bundle root the browser loads first had no index, and every
 * search failed).
 *
 * A seeded random sequence of seed-folder changes (add, edit, remove,
 * replace all), with the cases of the issue written out: the recent shard
 * filled and flushed, every article of the first shard deleted, the whole
 * folder replaced. After each change the search index is rebuilt
 * incrementally (same output folder and cache as the last step) and from
 * clean, and every query of a fixed set is searched on both in every variant
 * with the search page's own code (test/helpers/search-in-node.ts).
 *
 * A full `astro build` per step would take minutes, so the pages are built
 * once, by Astro, for every version of every article; each step then gives
 * the search-index integration (writeSearchIndex, what its build hook runs)
 * what a build would: the step's article pages in the output folder, the
 * removed ones gone, and the page cache's manifest of their keys. Shards of
 * 2 articles and a recent shard of 1 make every kind of shard, and empty
 * ones, with a handful of articles.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/generate.ts';
import { VARIANT_IDS, type VariantId } from '../../src/pipeline/variants.ts';
import { buildSite, ROOT, SITES } from '../helpers/site.ts';
import { searchSite, type QueryOutcome } from '../helpers/search-in-node.ts';
import type { ShardState } from '../../src/search/build/shards.ts';

// Read when src/search/build/shards.ts loads, so set before the integration is imported (below).
process.env['JIANFAN_SEARCH_SHARD_PAGES'] = '2';
const { writeSearchIndex } = await import('../../src/search/build/integration.ts');
const { shardFolders } = await import('../../src/search/build/shards.ts');
const { MANIFEST_FILE } = await import('../../src/incremental/manifest.ts');

/** Simplified, with their traditional forms in the pages of the traditional variants. */
const TOPICS = ['港口', '书店', '果园', '渡轮', '球场', '茶馆', '邮局', '花市', '码头', '灯塔', '剧院', '桥梁', '车站', '画廊', '钟楼', '公园'];
/** Articles on the site at most: a search shows 10 hits, and which 10 of more would depend on pagefind's scores. */
const MAX_ARTICLES = 10;

const QUERIES = [
  ...TOPICS,
  '市民', // every first version
  '改建', // every edited version
  '迎来 码头',
  '改建 桥梁',
  '"完成改建"',
  '書店', // traditional, found in every variant
  '碼頭 居民',
  '火箭', // nowhere
];

type Version = 'first' | 'edited';

const publishedOf = (i: number): string => `2026-03-${String(10 + i).padStart(2, '0')}T09:00:00+08:00`;

function seed(topic: string, version: Version, i: number): string {
  const [title, body] =
    version === 'first'
      ? [`${topic}迎来新变化`, `本地的${topic}在周末迎来了许多市民，负责人介绍了今年的安排。\n\n第二段说明${topic}的历史。`]
      : [`${topic}完成改建`, `${topic}的改建工程已经完成，居民表示满意。\n\n附近的商户也说生意好了一些。`];
  return ['---', `title: ${title}`, `published: "${publishedOf(i)}"`, 'author: 记者乙', 'source: 测试日报', '---', body, ''].join('\n');
}

const slugOf = (i: number): string => `topic-${i}`;
const poolSlug = (i: number, version: Version): string => (version === 'first' ? slugOf(i) : `${slugOf(i)}-edited`);

/** The seeds folder of a step: article → version. */
type Seeds = Map<number, Version>;

const POOL = 'search-rebuilds-pool';
const INCREMENTAL = { site: join(SITES, 'search-rebuilds'), cache: join(ROOT, 'node_modules/.astro-search-rebuilds/') };
const CLEAN = { site: join(SITES, 'search-rebuilds-clean'), cache: join(ROOT, 'node_modules/.astro-search-rebuilds-clean/') };

let poolDir = '';
const articleDir = (site: string, variant: VariantId, slug: string): string => join(site, variant, 'articles', slug);

/**
 * What a build leaves for the search index: the step's article pages (and no
 * others) and the page manifest. Pages are keyed by their HTML's hash;
 * `rekey` stands for a page key that changed while its text did not (its
 * related list), and `texts` for the text keys the page cache writes.
 */
function writePages(target: { site: string; cache: string }, seeds: Seeds, rekey = (hash: string) => hash, texts = false): void {
  const pages: Record<string, string> = {};
  const textKeys: Record<string, string> = {};
  for (const variant of VARIANT_IDS) {
    const dir = join(target.site, variant, 'articles');
    mkdirSync(dir, { recursive: true });
    for (const slug of readdirSync(dir)) if (![...seeds.keys()].some((i) => slugOf(i) === slug)) rmSync(join(dir, slug), { recursive: true });
    for (const [i, version] of seeds) {
      const html = readFileSync(join(articleDir(poolDir, variant, poolSlug(i, version)), 'index.html'));
      mkdirSync(articleDir(target.site, variant, slugOf(i)), { recursive: true });
      writeFileSync(join(articleDir(target.site, variant, slugOf(i)), 'index.html'), html);
      const hash = createHash('sha256').update(html).digest('hex').slice(0, 32);
      pages[`/${variant}/articles/${slugOf(i)}/`] = rekey(hash);
      textKeys[`/${variant}/articles/${slugOf(i)}/`] = hash;
    }
  }
  // Each article's publish time, as the seed gives it: the shards are cut by it.
  const dates = Object.fromEntries([...seeds.keys()].map((i) => [slugOf(i), publishedOf(i)]));
  const manifest = join(target.cache, MANIFEST_FILE);
  mkdirSync(join(manifest, '..'), { recursive: true });
  writeFileSync(manifest, JSON.stringify({ template: 'search-rebuilds', outDir: target.site, pages, dates, ...(texts ? { texts: textKeys } : {}) }));
}

async function indexSite(target: { site: string; cache: string }, seeds: Seeds, rekey?: (hash: string) => string, texts?: boolean): Promise<string> {
  writePages(target, seeds, rekey, texts);
  const lines: string[] = [];
  const logger = { info: (m: string) => void lines.push(m), warn: (m: string) => void lines.push(`warn: ${m}`) };
  await writeSearchIndex({ root: pathToFileURL(`${ROOT}/`), cacheDir: pathToFileURL(target.cache), outDir: target.site, logger });
  return lines.join('\n');
}

/** Articles of the incremental build's root shard, the one the browser loads first (from the state it left for the next build). */
function firstShardArticles(): number[] {
  const state = JSON.parse(readFileSync(join(INCREMENTAL.cache, 'jianfan/search-shards/all.json'), 'utf8')) as ShardState;
  const root = shardFolders(state)[0]!;
  return root.urls.map((url) => Number(url.split('/')[3]!.replace('topic-', '')));
}

interface Step {
  change: string;
  seeds: Seeds;
  log: string;
}

/** What a clean build must find, from the seeds alone: each present article by its topic, and every edited one by the edit's word. */
function expectRealResults(step: Step, clean: readonly QueryOutcome[]): void {
  for (const variant of VARIANT_IDS) {
    const urls = (query: string) => {
      const outcome = clean.find((o) => o.variant === variant && o.query === query)!;
      expect(outcome.error, `${step.change}: ${variant} ${query}`).toBeUndefined();
      return outcome.hits!.map((h) => h.url);
    };
    TOPICS.forEach((topic, i) => {
      expect(urls(topic), `${step.change}: ${variant} ${topic}`).toEqual(step.seeds.has(i) ? [`/${variant}/articles/${slugOf(i)}/`] : []);
    });
    const edited = [...step.seeds].filter(([, v]) => v === 'edited').map(([i]) => `/${variant}/articles/${slugOf(i)}/`);
    expect(urls('改建')).toEqual(edited.sort());
  }
}

// Every version of every article, built once by Astro.
beforeAll(() => {
  const poolSeeds = join(SITES, `${POOL}-seeds`);
  rmSync(poolSeeds, { recursive: true, force: true });
  mkdirSync(poolSeeds, { recursive: true });
  TOPICS.forEach((topic, i) => {
    for (const version of ['first', 'edited'] as const) writeFileSync(join(poolSeeds, `${poolSlug(i, version)}.md`), seed(topic, version, i));
  });
  const pool = buildSite(poolSeeds, POOL, { JIANFAN_SEARCH_SHARD_PAGES: '2500' });
  if (pool.status !== 0) throw new Error(pool.output);
  poolDir = pool.outDir;
}, 600_000);

describe('search after a sequence of rebuilds', () => {
  const steps: Step[] = [];
  beforeAll(() => {
    for (const dir of [INCREMENTAL.site, INCREMENTAL.cache]) rmSync(dir, { recursive: true, force: true });
  });

  // One test, checked after every step: a search broken at one step fails
  // there, not after every later step has failed too.
  it('finds after every rebuild exactly what a clean build of the same seeds finds', async () => {
    // Seeded, so a failing sequence can be replayed.
    const next = mulberry32(17);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const absent = (seeds: Seeds) => TOPICS.map((_, i) => i).filter((i) => !seeds.has(i));
    let seeds: Seeds = new Map([0, 1, 2, 3, 4, 5].map((i) => [i, 'first']));

    const run = async (change: string) => {
      const step: Step = { change: `step ${steps.length}: ${change}`, seeds: new Map(seeds), log: await indexSite(INCREMENTAL, seeds) };
      steps.push(step);
      for (const dir of [CLEAN.site, CLEAN.cache]) rmSync(dir, { recursive: true, force: true });
      await indexSite(CLEAN, seeds);
      const clean = await searchSite(CLEAN.site, QUERIES);
      expectRealResults(step, clean);
      expect(await searchSite(INCREMENTAL.site, QUERIES), `${step.change}\n${step.log}`).toEqual(clean);
    };
    const add = (n: number) => {
      for (let k = 0; k < n && seeds.size < MAX_ARTICLES && absent(seeds).length > 0; k++) seeds.set(pick(absent(seeds)), 'first');
    };
    /** A random change, or one of the kind asked for (so every kind is run whatever the draws). */
    const randomChange = (kind?: 'add' | 'edit' | 'remove' | 'replace'): string => {
      const present = [...seeds.keys()];
      const roll = kind ? { add: 0, edit: 0.4, remove: 0.7, replace: 0.9 }[kind] : next();
      if (roll < 0.3 && seeds.size < MAX_ARTICLES) {
        const n = 1 + Math.floor(next() * 3);
        add(n);
        return `add ${n}`;
      }
      if (roll < 0.55) {
        const i = pick(present);
        seeds.set(i, seeds.get(i) === 'first' ? 'edited' : 'first');
        return `edit ${slugOf(i)}`;
      }
      if (roll < 0.85 && seeds.size > 1) {
        const i = pick(present);
        seeds.delete(i);
        return `remove ${slugOf(i)}`;
      }
      const replacement = absent(seeds)
        .filter(() => next() < 0.6)
        .slice(0, MAX_ARTICLES);
      if (replacement.length === 0) replacement.push(pick(absent(seeds)));
      seeds = new Map(replacement.map((i) => [i, next() < 0.5 ? 'first' : 'edited']));
      return `replace all with ${replacement.length}`;
    };

    await run('cold build of 6 articles');
    add(1);
    await run('add 1: fills the recent shard');
    add(1);
    await run('add 1: the recent shard is flushed to a batch');
    for (const i of firstShardArticles()) seeds.delete(i);
    await run('remove every article of the first shard');
    for (let k = 0; k < 8; k++) await run(randomChange());
    // The steps: folder A, then a folder B with none of A's articles.
    seeds = new Map(
      absent(seeds)
        .slice(0, 5)
        .map((i) => [i, 'first']),
    );
    await run('replace all (the issue: folder A, then folder B)');
    add(2);
    await run('add 2: straight to a batch');
    for (const i of firstShardArticles()) seeds.delete(i);
    if (seeds.size === 0) add(1);
    await run('remove every article of the first shard again');
    for (let k = 0; k < 7; k++) await run(randomChange());
    // Every kind of change at least once, whatever the draws gave.
    for (const [kind, done] of [
      ['add', /: add/],
      ['edit', /: edit/],
      ['remove', /: remove topic/],
      ['replace', /: replace all with/],
    ] as const) {
      if (!steps.some((s) => done.test(s.change))) {
        if (kind === 'add' && seeds.size >= MAX_ARTICLES) seeds.delete([...seeds.keys()][0]!);
        if (kind === 'remove' && seeds.size < 2) add(1);
        await run(randomChange(kind));
      }
    }
  }, 900_000);

  it('ran at least 20 changes, of every kind, on the incremental path', () => {
    // The cold build, then the changes.
    expect(steps.length - 1).toBeGreaterThanOrEqual(20);
    const changes = steps.map((s) => s.change).join('\n');
    for (const kind of [/: add/, /: edit/, /: remove topic/, /: replace all with/]) expect(changes).toMatch(kind);
    // Unchanged shards were kept, also when the first shard was emptied.
    const log = (change: string) => steps.find((s) => s.change.endsWith(change))!.log;
    // The new recent shard takes the bundle root: the newest batch moves to its own folder, copied from the cache, not indexed again.
    expect(log('add 1: fills the recent shard')).toMatch(/all 7 \(4 shard\(s\): 1 indexed, 2 kept, 1 from cache; 3 batch\(es\), 1 in recent\)/);
    expect(log(': remove every article of the first shard')).toMatch(/all \d+ \(\d+ shard\(s\): \d+ indexed, [1-9]\d* kept/);
  });
});

describe('a page re-rendered for its related articles alone', () => {
  const target = { site: join(SITES, 'search-rebuilds-related'), cache: join(ROOT, 'node_modules/.astro-search-rebuilds-related/') };
  const seeds: Seeds = new Map([0, 1, 2, 3, 4].map((i) => [i, 'first']));
  beforeAll(() => {
    for (const dir of [target.site, target.cache]) rmSync(dir, { recursive: true, force: true });
  });

  // Adding one article changes the related lists of hundreds of others: their
  // pages are rendered again, but what search takes from them is the same.
  it('keeps its shard when the text keys say its text is unchanged', async () => {
    await indexSite(target, seeds, undefined, true);
    const log = await indexSite(target, seeds, (hash) => `related-changed-${hash}`, true);
    expect(log).toMatch(/all 5 \((\d+) shard\(s\): 0 indexed, \1 kept/);
  });

  it('indexes it again when the manifest has no text keys (page keys alone)', async () => {
    const log = await indexSite(target, seeds, (hash) => `related-changed-again-${hash}`, false);
    expect(log).toMatch(/all 5 \((\d+) shard\(s\): \1 indexed, 0 kept/);
  });
});

describe('a search shard that cannot be searched', () => {
  const target = { site: join(SITES, 'search-rebuilds-broken'), cache: join(ROOT, 'node_modules/.astro-search-rebuilds-broken/') };
  beforeAll(() => {
    for (const dir of [target.site, target.cache]) rmSync(dir, { recursive: true, force: true });
  });

  it('fails the build, naming the shard, instead of publishing it', async () => {
    // An article page without the article markup gives pagefind nothing to index.
    const urls = VARIANT_IDS.map((variant) => `/${variant}/articles/no-markup/`);
    for (const url of urls) {
      mkdirSync(join(target.site, url), { recursive: true });
      writeFileSync(join(target.site, url, 'index.html'), '<!doctype html><html lang="zh-Hans"><body><p>没有标记</p></body></html>');
    }
    const url = urls[0]!;
    mkdirSync(join(target.cache, MANIFEST_FILE, '..'), { recursive: true });
    writeFileSync(
      join(target.cache, MANIFEST_FILE),
      JSON.stringify({ template: 'broken', outDir: target.site, pages: Object.fromEntries(urls.map((u) => [u, 'k'])) }),
    );
    const warnings: string[] = [];
    const build = writeSearchIndex({
      root: pathToFileURL(`${ROOT}/`),
      cacheDir: pathToFileURL(target.cache),
      outDir: target.site,
      logger: { info: () => undefined, warn: (m) => void warnings.push(m) },
    });
    await expect(build).rejects.toThrow(/search shard batch-0 \(1 article\(s\), at the bundle root of pagefind\/all\/\) cannot be searched: no index/);
    expect(warnings.join('\n')).toContain(url);
    // Nothing tells the browser or the next build that this bundle is whole.
    expect(existsSync(join(target.site, 'pagefind/all/shards.json'))).toBe(false);
    expect(existsSync(join(target.cache, 'jianfan/search-shards/all.json'))).toBe(false);
  });

  it('indexes a shard again, rather than keep it, when what the last build left of it is damaged', async () => {
    rmSync(target.site, { recursive: true, force: true });
    const seeds: Seeds = new Map([
      [0, 'first'],
      [1, 'first'],
    ]);
    await indexSite(target, seeds);
    rmSync(join(target.site, 'pagefind/all/index'), { recursive: true });
    const log = await indexSite(target, seeds);
    expect(log).toMatch(/all 2 \(1 shard\(s\): 0 indexed, 0 kept, 1 from cache/);
    const found = await searchSite(target.site, ['港口'], ['zh-hans']);
    expect(found[0]!.hits!.map((h) => h.url)).toEqual(['/zh-hans/articles/topic-0/']);
  });

  it('puts back a result text that went missing from a kept shard', async () => {
    const seeds: Seeds = new Map([
      [0, 'first'],
      [1, 'first'],
    ]);
    await indexSite(target, seeds);
    const dir = join(target.site, 'pagefind/text/zh-tw');
    const [gone] = readdirSync(dir);
    rmSync(join(dir, gone!));
    const log = await indexSite(target, seeds);
    expect(log).toMatch(/all 2 \(1 shard\(s\): 0 indexed, 1 kept/);
    expect(existsSync(join(dir, gone!))).toBe(true);
    const found = await searchSite(target.site, ['港口', '书店'], ['zh-tw']);
    expect(found.map((o) => o.hits!.map((h) => h.url))).toEqual([['/zh-tw/articles/topic-0/'], ['/zh-tw/articles/topic-1/']]);
  });
});
