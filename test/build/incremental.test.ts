/**
 * Rebuilds: a build keeps the article pages and search shards the last one
 * left unchanged, and renders or re-indexes the rest. What it leaves in dist/
 * must be exactly what a clean build of the same seeds makes: the same files,
 * and search bundles that find the same (test/helpers/search-in-node.ts).
 * test/build/search-rebuilds.test.ts runs a longer sequence of changes
 * through the search index alone.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTS_FILE } from '../../src/incremental/manifest.ts';
import type { PageCounts } from '../../src/incremental/page-keys.ts';
import { searchSite } from '../helpers/search-in-node.ts';
import { buildSite, readPage, ROOT, type BuildResult } from '../helpers/site.ts';

const VARIANTS = ['zh-hans', 'zh-tw', 'zh-hk'] as const;
// Small shards: six articles make two batches cut by publish time (2 and 4), and the recent shard holds one page.
// Lists of two a page: six articles are a first page and two numbered pages in each variant's list and the outlet's.
const ENV = { JIANFAN_SEARCH_SHARD_PAGES: '4', JIANFAN_LIST_PAGE_SIZE: '2', JIANFAN_ARCHIVE_PAGE_SIZE: '2' };
const TOPICS = ['港口', '书店', '果园', '渡轮', '球场', '茶馆', '邮局', '花市', '码头'];
/** Searched on a rebuilt site and a clean one: each topic, words of every article and of the edit, and one in traditional script. */
const QUERIES = [...TOPICS, '开心农场', '市民', '历史 码头', '"迎来新变化"', '郵局', '火箭'];

function seed(i: number, title = `${TOPICS[i]}迎来新变化`): string {
  return [
    '---',
    `title: ${title}`,
    `published: "2026-0${1 + (i % 9)}-1${i}T09:00:00+08:00"`,
    'author: 记者甲',
    'source: 测试日报',
    '---',
    `本地的${TOPICS[i]}在周末迎来了许多市民，负责人介绍了今年的安排。`,
    '',
    `第二段说明${TOPICS[i]}的历史和附近居民的看法，内容各不相同。`,
    '',
  ].join('\n');
}

const seedsDir = mkdtempSync(join(tmpdir(), 'jianfan-incremental-'));
const write = (i: number, text = seed(i)) => writeFileSync(join(seedsDir, `topic-${i}.md`), text);
const mtime = (outDir: string, path: string) => statSync(join(outDir, path, 'index.html')).mtimeMs;
const CACHE = join(ROOT, 'node_modules/.astro-incremental');
/** Article pages the last build with this cache kept, and its total, from the page cache's counts.json (read right after the build). */
const pageCounts = (cache = CACHE): [number, number] => {
  const counts = JSON.parse(readFileSync(join(cache, COUNTS_FILE), 'utf8')) as PageCounts;
  expect(counts.kept + counts.rendered).toBe(counts.total);
  return [counts.kept, counts.total];
};

/**
 * Files of the search bundle (dist/pagefind/all/) and its result texts
 * (dist/pagefind/text/<variant>/, named by pagefind's page ids): a rebuilt
 * bundle is cut into shards differently from a clean one (it has a recent
 * shard), so it is compared by what it finds, not by its bytes. The query
 * dictionaries (pagefind/dict/) are compared as files.
 */
const inSearchBundle = (path: string): boolean => /^pagefind\/(all|text)\//.test(path);

/** A site's files (but its report, which carries a timestamp) by relative path. */
function files(dir: string, include: (path: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name !== 'report.json' && include(relative(dir, p))) out.set(relative(dir, p), readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

/** Two sites with the same files, byte for byte, but their search bundles (compared by searching them). */
function expectSameSite(rebuilt: string, clean: string): void {
  const a = files(rebuilt, (p) => !inSearchBundle(p));
  const b = files(clean, (p) => !inSearchBundle(p));
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  expect([...a].filter(([path, bytes]) => b.get(path) !== bytes).map(([path]) => path)).toEqual([]);
}

describe('incremental rebuilds', () => {
  const builds: BuildResult[] = [];
  /** [kept, total] article pages of each build. */
  const kept: Array<[number, number]> = [];
  /** [kept, total] numbered list pages of each build. */
  const keptLists: Array<[number, number]> = [];
  const pageTimes: number[] = [];
  let outDir = '';

  beforeAll(() => {
    for (let i = 0; i < 6; i++) write(i);
    const build = () => {
      const result = buildSite(seedsDir, 'incremental', ENV);
      if (result.status !== 0) throw new Error(result.output);
      builds.push(result);
      kept.push(pageCounts());
      const { lists } = JSON.parse(readFileSync(join(CACHE, COUNTS_FILE), 'utf8')) as PageCounts;
      keptLists.push([lists?.kept ?? -1, lists?.total ?? -1]);
      outDir = result.outDir;
      pageTimes.push(mtime(outDir, '/zh-tw/articles/topic-0/'));
    };
    rmSync(CACHE, { recursive: true, force: true });
    rmSync(join(ROOT, '.test-sites/incremental'), { recursive: true, force: true });
    build(); // 0: cold
    write(6);
    build(); // 1: one article added
    write(2, seed(2, '果园改名为开心农场'));
    build(); // 2: one article edited
    rmSync(join(seedsDir, 'topic-5.md'));
    build(); // 3: one article removed
    write(7);
    write(8);
    build(); // 4: two added: the recent shard (room for one) moves to a batch shard
  }, 600_000);

  it("renders every page on a cold build and only the new article's pages after one is added", () => {
    expect(kept[0]).toEqual([0, 18]);
    expect(kept[1]).toEqual([18, 21]);
    // The unchanged page was not written again.
    expect(pageTimes[1]).toBe(pageTimes[0]);
    // The site as the last build left it: the article added here (邮局) is on page 3, made when two newer ones (码头 the newest) came.
    for (const variant of VARIANTS) {
      expect(toString(readPage(outDir, `/${variant}/`))).toMatch(/码头|碼頭/);
      expect(toString(readPage(outDir, `/${variant}/3/`))).toMatch(/邮局|郵局/);
    }
  });

  it('keeps the list pages an article added, edited or removed leaves as they were, and renders the others', () => {
    // In three variants: the article list and the outlet's, each a first page and pages 1 and 2; a month's page for each article.
    expect(keptLists[0]).toEqual([0, 36]);
    // The newest article changes the two first pages and makes its month's: the numbered pages and the other months stay.
    expect(keptLists[1]).toEqual([30, 39]);
    // topic-2 is on page 2 of both lists, and alone in its month.
    expect(keptLists[2]).toEqual([30, 39]);
    expect(toString(readPage(outDir, '/zh-tw/2/'))).toContain('開心農場');
    // Removing topic-5 changes the first pages and takes its month's away; the numbered pages stay whole.
    expect(keptLists[3]).toEqual([30, 36]);
    // Two more make page 3, and page 2 links up to it: the two page 1s and the old months are kept.
    expect(keptLists[4]).toEqual([24, 48]);
  });

  it('puts the added article in the recent search shard and leaves the other shards in place', () => {
    // The recent shard takes the bundle root; the newest batch leaves it for its own folder, copied from the cache, not indexed again.
    expect(builds[1]!.output).toMatch(/all 7 \(3 shard\(s\): 1 indexed, 1 kept, 1 from cache; 2 batch\(es\), 1 in recent\)/);
  });

  it('renders an edited article again, with its new text', () => {
    expect(kept[2]).toEqual([18, 21]);
    expect(toString(readPage(outDir, '/zh-tw/articles/topic-2/'))).toContain('開心農場');
  });

  it("removes a deleted article's pages from every variant", () => {
    expect(kept[3]).toEqual([18, 18]);
    for (const variant of VARIANTS) expect(() => readPage(outDir, `/${variant}/articles/topic-5/`)).toThrow(/no page/);
    expect(pageTimes[3]).toBe(pageTimes[0]);
  });

  it('moves a full recent shard into a batch shard and lists it for the browser', () => {
    expect(kept[4]).toEqual([18, 24]);
    expect(builds[4]!.output).toMatch(/all 8 \(3 shard\(s\): 1 indexed, 2 kept, 0 from cache; 3 batch\(es\), 0 in recent\)/);
    // One bundle for every variant, newest shard at the root (the three newest articles, a batch of their own: the newest
    // batch had no room), then the older batches, newest first, with their article counts.
    expect(JSON.parse(readFileSync(join(outDir, 'pagefind/all/shards.json'), 'utf8'))).toEqual({
      root: 3,
      first: 4,
      shards: [
        { dir: 'batch-1/', articles: 3 },
        { dir: 'batch-0/', articles: 2 },
      ],
    });
    expect(() => statSync(join(outDir, 'pagefind/all/recent'))).toThrow();
    // Each variant shows its own text of every article, and nothing of the removed one.
    for (const variant of VARIANTS) expect(readdirSync(join(outDir, `pagefind/text/${variant}`))).toHaveLength(8);
  });

  it('leaves exactly the site a clean build makes, and its search finds the same', async () => {
    rmSync(join(ROOT, 'node_modules/.astro-incremental-clean'), { recursive: true, force: true });
    const clean = buildSite(seedsDir, 'incremental-clean', ENV);
    expect(clean.status, clean.output).toBe(0);
    expect(pageCounts(join(ROOT, 'node_modules/.astro-incremental-clean'))).toEqual([0, 24]);
    expectSameSite(outDir, clean.outDir);
    expect(await searchSite(outDir, QUERIES)).toEqual(await searchSite(clean.outDir, QUERIES));
  });

  it('renders every page again when a setting that shows on pages changes', () => {
    const result = buildSite(seedsDir, 'incremental', { ...ENV, JIANFAN_SITE_URL: 'https://news.example' });
    expect(result.status, result.output).toBe(0);
    expect(pageCounts()).toEqual([0, 24]);
    expect(readFileSync(join(outDir, 'zh-hans/articles/topic-0/index.html'), 'utf8')).toContain('https://news.example/zh-hans/articles/topic-0/');
  });

  it('finds after the seeds folder is replaced what a clean build of the new folder finds (issue 17)', async () => {
    // The steps: folder A (the builds above), then folder B, none of
    // whose articles A had, into the same output folder with the same cache
    // and settings as the last build.
    const env = { ...ENV, JIANFAN_SITE_URL: 'https://news.example' };
    const folderB = mkdtempSync(join(tmpdir(), 'jianfan-incremental-b-'));
    for (let i = 0; i < 4; i++) writeFileSync(join(folderB, `other-${i}.md`), seed(i + 5));
    const rebuilt = buildSite(folderB, 'incremental', env);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    rmSync(join(ROOT, 'node_modules/.astro-incremental-clean-b'), { recursive: true, force: true });
    const clean = buildSite(folderB, 'incremental-clean-b', env);
    expect(clean.status, clean.output).toBe(0);
    expectSameSite(outDir, clean.outDir);
    const found = await searchSite(outDir, QUERIES);
    expect(found).toEqual(await searchSite(clean.outDir, QUERIES));
    // Not two equally broken searches: B's articles are found, A's are gone.
    expect(found.find((o) => o.variant === 'zh-tw' && o.query === '茶馆')?.hits?.map((h) => h.url)).toEqual(['/zh-tw/articles/other-0/']);
    expect(found.find((o) => o.variant === 'zh-hk' && o.query === '港口')?.hits).toEqual([]);
  });
});
