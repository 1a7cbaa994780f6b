import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openShards, type Pagefind } from '../../src/search/client/pagefind.ts';
import { resultHref } from '../../src/search/client/render.ts';
import { pagefindVersion } from '../../src/search/build/integration.ts';

/** A pagefind module that records what it was asked to merge. */
function fakePagefind(): Pagefind & { merged: string[] } {
  const merged: string[] = [];
  return {
    merged,
    init: async () => undefined,
    mergeIndex: async (path: string) => void merged.push(path),
    search: async () => null,
  };
}

const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status }));

const listing = (root: number, first: number, shards: [string, number][]) =>
  json({ root, first, shards: shards.map(([dir, articles]) => ({ dir, articles })) });

describe("openShards (a bundle's shards, newest first)", () => {
  it('merges the newest shards that hold the first search, then widens about four times at a time', async () => {
    const mod = fakePagefind();
    const shards: [string, number][] = [
      ['batch-9/', 100],
      ['batch-8/', 100],
      ['batch-7/', 100],
      ['batch-6/', 100],
      ['batch-5/', 100],
      ['batch-4/', 100],
      ['batch-3/', 100],
      ['batch-2/', 100],
    ];
    const index = await openShards(mod, listing(10, 100, shards), '/pagefind/all/');
    // The root holds 10: one more shard makes the first 100.
    expect(mod.merged).toEqual(['/pagefind/all/batch-9/']);
    expect([index.searched, index.articles]).toEqual([110, 810]);
    expect(await index.widen()).toBe(true);
    // Up to 4 × 110 = 440 articles: three more shards (410), and a fourth passes it.
    expect(mod.merged.slice(1)).toEqual(['/pagefind/all/batch-8/', '/pagefind/all/batch-7/', '/pagefind/all/batch-6/', '/pagefind/all/batch-5/']);
    expect(index.searched).toBe(510);
    expect(await index.widen()).toBe(true);
    expect(index.searched).toBe(810);
    expect(await index.widen()).toBe(false);
    expect(mod.merged).toHaveLength(8);
  });

  it('merges nothing more when the root holds the first search, or for a one-shard site', async () => {
    const mod = fakePagefind();
    const index = await openShards(mod, listing(2500, 2500, [['batch-0/', 2500]]), '/b/');
    expect(mod.merged).toEqual([]);
    expect([index.searched, index.articles]).toEqual([2500, 5000]);
    const one = await openShards(fakePagefind(), listing(3, 2500, []), '/b/');
    expect([one.searched, one.articles, await one.widen()]).toEqual([3, 3, false]);
  });

  it('merges no path the contract does not name (no traversal, no other origin)', async () => {
    const mod = fakePagefind();
    const body = {
      root: 1,
      first: 1000,
      shards: [
        { dir: '../zh-hans/', articles: 5 },
        { dir: 'https://evil.example/', articles: 5 },
        { dir: 'batch-2/', articles: 5 },
        7,
        { dir: 'recent', articles: 5 },
        { dir: 'batch-1/', articles: -1 },
      ],
    };
    const index = await openShards(mod, json(body), '/pagefind/all/');
    expect(mod.merged).toEqual(['/pagefind/all/batch-2/']);
    expect(index.articles).toBe(6);
  });

  it('fails, rather than searching the root shard alone, when the list is missing or not a listing', async () => {
    await expect(openShards(fakePagefind(), json(null, 404), '/pagefind/all/')).rejects.toThrow(/shards\.json: HTTP 404/);
    await expect(openShards(fakePagefind(), Promise.resolve(new Response('<html>', { status: 200 })), '/b/')).rejects.toThrow(/not a shard listing/);
    // The list of builds before the cut by publish time.
    await expect(openShards(fakePagefind(), json(['shard-1/']), '/b/')).rejects.toThrow(/not a shard listing/);
    await expect(openShards(fakePagefind(), json({ root: 1, shards: [] }), '/b/')).rejects.toThrow(/not a shard listing/);
  });
});

describe('resultHref', () => {
  it('links to the article path with each matched form once as a highlight', () => {
    expect(resultHref('/zh-tw/articles/chip/', ['晶片', '光子晶片', '晶片'])).toBe(
      `/zh-tw/articles/chip/?highlight=${encodeURIComponent('晶片')}&highlight=${encodeURIComponent('光子晶片')}`,
    );
  });

  it('encodes what the reader typed, so it stays a parameter', () => {
    expect(resultHref('/zh-hans/articles/a/', ['a&b=c #d'])).toBe('/zh-hans/articles/a/?highlight=a%26b%3Dc+%23d');
  });

  it('keeps only the path of an absolute URL', () => {
    expect(resultHref('http://127.0.0.1:4321/zh-hk/articles/x/', [])).toBe('/zh-hk/articles/x/');
  });
});

describe('pagefindVersion (the shard cache key)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'jianfan-pagefind-version-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const project = (name: string, pkg: string | null): URL => {
    const root = join(tmp, name);
    mkdirSync(join(root, 'node_modules', 'pagefind'), { recursive: true });
    if (pkg !== null) writeFileSync(join(root, 'node_modules', 'pagefind', 'package.json'), pkg);
    return pathToFileURL(`${root}/`);
  };

  it('is the installed version', () => {
    expect(pagefindVersion(project('ok', '{"name":"pagefind","version":"9.8.7"}'))).toBe('9.8.7');
    expect(pagefindVersion(new URL('../../', import.meta.url))).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('fails the build when it cannot be read, instead of keying shards to "unknown"', () => {
    expect(() => pagefindVersion(project('broken', '{"name":'))).toThrow(/cannot be read/);
    expect(() => pagefindVersion(project('noversion', '{"name":"pagefind"}'))).toThrow(/no version/);
  });
});
