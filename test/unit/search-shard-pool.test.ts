import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createShardPool } from '../../src/search/build/shard-pool.ts';
import type { ShardOutcome, ShardSpec } from '../../src/search/build/shard-job.ts';

// Worker threads start Node and, for the real worker, a pagefind backend
// process: on a loaded 2-core machine that takes far longer than 30 s at worst.
const WORKERS = { timeout: 180_000 };

const exiting = new URL('../fixtures/workers/exiting-shard-worker.mjs', import.meta.url);
const real = new URL('../../src/search/build/shard-worker.ts', import.meta.url);
const tmp = mkdtempSync(join(tmpdir(), 'jianfan-shard-pool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A shard of no article, for the stand-in worker, which reads nothing. */
const empty = (outputPath: string): ShardSpec => ({ site: tmp, canonical: 'zh-hans', articles: [], outputPath, texts: join(tmp, 'none') });

/** A built article page as the search build reads it: JSON-LD headline and a [data-pagefind-body] element. */
function writePage(site: string, path: string, headline: string, body: string): void {
  mkdirSync(join(site, path), { recursive: true });
  const ld = JSON.stringify({ headline, publisher: { name: '某报' } });
  writeFileSync(
    join(site, path, 'index.html'),
    `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head><body><nav>导航</nav><div data-pagefind-body><p>${body}</p></div></body></html>`,
  );
}

describe('shard pool', WORKERS, () => {
  it('fails the job of a worker that exits without an error event, naming the exit code, and goes on with a new worker', async () => {
    const pool = createShardPool(exiting, 1);
    try {
      const dying = pool.write(empty('/out/die-here'));
      const after = pool.write(empty('/out/fine'));
      await expect(dying).rejects.toThrow(/exited with code 3 .*\/out\/die-here/);
      await expect(after).resolves.toMatchObject({ skipped: [] });
    } finally {
      await pool.close();
    }
  });

  it('closes when a worker has died', async () => {
    const pool = createShardPool(exiting, 2);
    await expect(pool.write(empty('/out/die'))).rejects.toThrow(/exited/);
    await expect(pool.close()).resolves.toBeUndefined();
  });

  it('reads the pages, writes a searchable pagefind bundle and the result texts of every variant with the real worker, two at once', async () => {
    const site = join(tmp, 'site');
    writePage(site, '/zh-hans/articles/a/', '江边新桥通车', '江边新桥今天通车。');
    writePage(site, '/zh-tw/articles/a/', '江邊新橋通車', '江邊新橋今天通車。');
    writePage(site, '/zh-hans/articles/b/', '茶园防台风', '茶园做好防台风准备。');
    writePage(site, '/zh-tw/articles/b/', '茶園防颱風', '茶園做好防颱風準備。');
    mkdirSync(join(site, '/zh-hans/articles/off/'), { recursive: true });
    writeFileSync(join(site, '/zh-hans/articles/off/index.html'), '<html><body><p>no article markup</p></body></html>');
    const spec = (dir: string, urls: string[]): ShardSpec => ({
      site,
      canonical: 'zh-hans',
      articles: urls.map((url) => ({
        url,
        pages: [
          ['zh-hans', url],
          ['zh-tw', url.replace('/zh-hans/', '/zh-tw/')],
        ] as [string, string][],
      })),
      outputPath: join(tmp, dir),
      texts: join(tmp, `${dir}.text`),
    });
    const pool = createShardPool(real, 2);
    let outcomes: ShardOutcome[];
    try {
      outcomes = await Promise.all([
        pool.write(spec('a', ['/zh-hans/articles/a/'])),
        pool.write(spec('b', ['/zh-hans/articles/b/', '/zh-hans/articles/off/'])),
      ]);
    } finally {
      await pool.close();
    }
    // The page off the article markup is reported, not indexed and not dropped silently.
    expect(outcomes.map((o) => o.skipped)).toEqual([[], ['/zh-hans/articles/off/']]);
    const shown = {
      a: ['江边新桥通车\n江边新桥今天通车。', '江邊新橋通車\n江邊新橋今天通車。'],
      b: ['茶园防台风\n茶园做好防台风准备。', '茶園防颱風\n茶園做好防颱風準備。'],
    };
    for (const dir of ['a', 'b'] as const) {
      const entry = JSON.parse(readFileSync(join(tmp, dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([1]);
      expect(existsSync(join(tmp, dir, 'pagefind.js'))).toBe(true);
      // The prebuilt UIs are removed: the search page renders results itself.
      expect(existsSync(join(tmp, dir, 'pagefind-ui.js'))).toBe(false);
      // One text a variant, named by the page id pagefind gave the fragment, in the variant's own script.
      const [fragment] = readdirSync(join(tmp, dir, 'fragment'));
      const id = fragment!.replace(/\.pf_fragment$/, '');
      const texts = ['zh-hans', 'zh-tw'].map(
        (v) => JSON.parse(readFileSync(join(tmp, `${dir}.text`, v, `${id}.json`), 'utf8')) as { content: string; meta: { source?: string } },
      );
      expect(texts.map((t) => t.content)).toEqual(shown[dir]);
      expect(texts.map((t) => t.meta.source)).toEqual(['某报', '某报']);
      expect(existsSync(join(tmp, `${dir}.text`, '.complete'))).toBe(true);
    }
  });

  it('fails the shard, naming the page, when a variant page of an indexed article is off the article markup', async () => {
    const site = join(tmp, 'site-bad');
    writePage(site, '/zh-hans/articles/c/', '新桥', '新桥通车。');
    mkdirSync(join(site, '/zh-tw/articles/c/'), { recursive: true });
    writeFileSync(join(site, '/zh-tw/articles/c/index.html'), '<html><body><p>broken</p></body></html>');
    const pool = createShardPool(real, 1);
    try {
      const written = pool.write({
        site,
        canonical: 'zh-hans',
        articles: [
          {
            url: '/zh-hans/articles/c/',
            pages: [
              ['zh-hans', '/zh-hans/articles/c/'],
              ['zh-tw', '/zh-tw/articles/c/'],
            ],
          },
        ],
        outputPath: join(tmp, 'c'),
        texts: join(tmp, 'c.text'),
      });
      await expect(written).rejects.toThrow(/^jianfan-search-index: \/zh-tw\/articles\/c\/: no page with a headline/);
    } finally {
      await pool.close();
    }
    expect(existsSync(join(tmp, 'c.text', '.complete'))).toBe(false);
  });
});
