/**
 * A search asks the newest shards first and older ones only while it has
 * fewer hits than a page (src/search/client/engine.ts, pagefind.ts): on a
 * large archive a first search then fetches one shard's index, not all.
 * Here pagefind is a stand-in whose shards hold known articles, and fetch
 * answers the result texts, so what is asked can be counted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMIT, search, type SearchConfig } from '../../src/search/client/engine.ts';
import { openShards, type Pagefind, type PagefindResult } from '../../src/search/client/pagefind.ts';

/** A shard: its folder and its articles, each with the words it holds. */
interface FakeShard {
  dir: string;
  articles: { id: string; words: string[] }[];
}

/** Pagefind over the shards merged so far (the root always). */
function fakePagefind(root: FakeShard, others: FakeShard[]): Pagefind & { merged: string[] } {
  const merged: string[] = [];
  const searchable = () => [root, ...others.filter((s) => merged.some((m) => m.endsWith(s.dir)))];
  return {
    merged,
    init: async () => undefined,
    mergeIndex: async (path: string) => void merged.push(path),
    search: async (term: string) => ({
      results: searchable()
        .flatMap((s) => s.articles)
        .filter((a) => a.words.includes(term))
        .map((a): PagefindResult => ({ id: a.id, score: 1, data: async () => Promise.reject(new Error('the engine reads its own texts')) })),
    }),
  };
}

const shard = (dir: string, prefix: string, n: number, words: string[]): FakeShard => ({
  dir,
  articles: Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, words })),
});

const CONFIG: SearchConfig = { bundle: '/pagefind/all/', texts: '/pagefind/text/zh-hans/', chain: { base: '/d/', stages: [], canonical: 0 }, lang: 'zh-Hans' };

let fetched: string[] = [];
const realFetch = globalThis.fetch;
beforeEach(() => {
  fetched = [];
  // Every article's text holds the words of the query (a Latin word: no conversion is fetched).
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = String(input);
    fetched.push(url);
    const id = url.split('/').at(-1)!.replace('.json', '');
    return new Response(JSON.stringify({ url: `/zh-hans/articles/${id}/`, content: `标题 ${id}\ngpu 与 npu`, meta: { title: `标题 ${id}` } }));
  }) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

async function open(root: FakeShard, others: FakeShard[], first: number) {
  const mod = fakePagefind(root, others);
  const listing = { root: root.articles.length, first, shards: others.map((s) => ({ dir: s.dir, articles: s.articles.length })) };
  const index = await openShards(mod, Promise.resolve(new Response(JSON.stringify(listing))), CONFIG.bundle);
  return { mod, load: async () => index };
}

describe('a search on a sharded archive, newest first', () => {
  it('asks no older shard when the newest holds a page of hits, and says how many articles it searched', async () => {
    const root = shard('', 'new', 12, ['gpu']);
    const older = [shard('batch-1/', 'mid', 12, ['gpu']), shard('batch-0/', 'old', 12, ['gpu'])];
    const { mod, load } = await open(root, older, 12);
    const outcome = await search(CONFIG, 'gpu', load);
    expect(mod.merged).toEqual([]);
    expect(outcome.hits).toHaveLength(LIMIT);
    expect(outcome.hits.every((h) => h.data.url.includes('/new'))).toBe(true);
    expect([outcome.pages.searched, outcome.pages.articles, outcome.pages.done]).toEqual([12, 36, false]);
    // No text of an older article was fetched.
    expect(fetched.some((u) => /mid|old/.test(u))).toBe(false);
    // The reader asks for more: the rest of the newest, then older shards.
    const more = await outcome.pages.next();
    expect(more.map((h) => h.data.url)).toEqual(expect.arrayContaining(['/zh-hans/articles/new10/', '/zh-hans/articles/new11/']));
    expect(more).toHaveLength(LIMIT);
    expect(mod.merged).toEqual(['/pagefind/all/batch-1/', '/pagefind/all/batch-0/']);
    expect(outcome.pages.searched).toBe(36);
  });

  it('widens to older shards while it has fewer hits than a page, and finds an old article alone', async () => {
    const root = shard('', 'new', 5, ['npu']);
    const older = [shard('batch-2/', 'a', 5, ['npu']), shard('batch-1/', 'b', 5, ['npu']), shard('batch-0/', 'c', 5, ['gpu'])];
    const { mod, load } = await open(root, older, 5);
    const outcome = await search(CONFIG, 'gpu', load);
    // Only the oldest shard has the word: every shard was asked, and its five articles are the hits.
    expect(mod.merged).toEqual(['/pagefind/all/batch-2/', '/pagefind/all/batch-1/', '/pagefind/all/batch-0/']);
    expect(outcome.hits.map((h) => h.data.url).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `/zh-hans/articles/c${i}/`));
    expect([outcome.pages.total, outcome.pages.searched, outcome.pages.articles, outcome.pages.done]).toEqual([5, 20, 20, true]);
  });

  it('says a word is nowhere only after asking every shard', async () => {
    const root = shard('', 'new', 3, ['npu']);
    const older = [shard('batch-0/', 'old', 3, ['npu'])];
    const { mod, load } = await open(root, older, 3);
    const outcome = await search(CONFIG, '"tpu"', load);
    expect(outcome.hits).toEqual([]);
    expect(mod.merged).toEqual(['/pagefind/all/batch-0/']);
    expect(outcome.pages.done).toBe(true);
  });
});
