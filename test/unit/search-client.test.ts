import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { withShards, type Pagefind } from '../../src/search/client/pagefind.ts';
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

describe("withShards (merging a bundle's shards)", () => {
  it('merges every listed shard, in order, under the bundle', async () => {
    const mod = fakePagefind();
    await withShards(mod, json(['shard-1/', 'batch-0/', 'recent/']), '/pagefind/zh-tw/');
    expect(mod.merged).toEqual(['/pagefind/zh-tw/shard-1/', '/pagefind/zh-tw/batch-0/', '/pagefind/zh-tw/recent/']);
  });

  it('merges no path the contract does not name (no traversal, no other origin)', async () => {
    const mod = fakePagefind();
    await withShards(mod, json(['../zh-hans/', 'https://evil.example/', 'shard-2/', 7, 'recent']), '/pagefind/zh-hk/');
    expect(mod.merged).toEqual(['/pagefind/zh-hk/shard-2/']);
  });

  it('fails, rather than searching the root shard alone, when the list is missing or not a list', async () => {
    await expect(withShards(fakePagefind(), json(null, 404), '/pagefind/zh-hans/')).rejects.toThrow(/shards\.json: HTTP 404/);
    await expect(withShards(fakePagefind(), Promise.resolve(new Response('<html>', { status: 200 })), '/b/')).rejects.toThrow(/not a list/);
    await expect(withShards(fakePagefind(), json({ shards: [] }), '/b/')).rejects.toThrow(/not a list/);
  });

  it('merges nothing for a one-shard site', async () => {
    const mod = fakePagefind();
    await withShards(mod, json([]), '/pagefind/zh-hans/');
    expect(mod.merged).toEqual([]);
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
