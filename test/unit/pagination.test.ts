/** Stable pagination (src/render/pagination.ts) and the site's list pages (src/render/list-pages.ts), without a build. */
import { describe, expect, it } from 'vitest';
import { archiveListPages, articleListPages } from '../../src/render/list-pages.ts';
import { byNewest, listPagePath, stablePages } from '../../src/render/pagination.ts';

/** n items, newest first: n − 1 is the newest. */
const items = (n: number) => [...Array(n).keys()].reverse();

describe('stablePages', () => {
  it('puts a list shorter than two pages on its first page alone', () => {
    for (const n of [0, 1, 9, 10, 19]) {
      const pages = stablePages(items(n), 10);
      expect(pages, `n=${n}`).toHaveLength(1);
      expect(pages[0]).toEqual({ number: 0, items: items(n), newer: undefined, older: undefined });
    }
  });

  it('numbers full pages from the oldest, the first page taking the rest (size to twice the size less one)', () => {
    const pages = stablePages(items(35), 10);
    expect(pages.map((p) => p.number)).toEqual([0, 2, 1]);
    expect(pages[0]!.items).toEqual(items(35).slice(0, 15));
    expect(pages[1]!.items).toEqual([19, 18, 17, 16, 15, 14, 13, 12, 11, 10]);
    expect(pages[2]!.items).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(pages.map((p) => [p.newer, p.older])).toEqual([
      [undefined, 2],
      [0, 1],
      [2, undefined],
    ]);
  });

  it('lists every item once, newest first, whatever the length', () => {
    for (let n = 0; n < 60; n++) {
      const pages = stablePages(items(n), 7);
      expect(pages.flatMap((p) => p.items)).toEqual(items(n));
      expect(pages.slice(1).every((p) => p.items.length === 7)).toBe(true);
      if (n >= 7) expect(pages[0]!.items.length).toBeGreaterThanOrEqual(7);
      expect(pages[0]!.items.length).toBeLessThan(14);
    }
  });

  it('keeps every numbered page as it was when newer items are added', () => {
    const before = new Map(stablePages(items(43), 10).map((p) => [p.number, p]));
    for (let n = 44; n < 80; n++) {
      for (const page of stablePages(items(n), 10).slice(1)) {
        const old = before.get(page.number);
        // A page that existed keeps its items and its older link; only the newest numbered page's newer link moves (to the new page above it).
        if (old && old.number !== 0) {
          expect(page.items, `n=${n} page ${page.number}`).toEqual(old.items);
          expect(page.older).toBe(old.older);
        }
      }
    }
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => stablePages([1], 0)).toThrow(RangeError);
    expect(() => stablePages([1], 2.5)).toThrow(RangeError);
  });
});

it('addresses the first page at the list and the others below it', () => {
  expect(listPagePath('/zh-tw/', 0)).toBe('/zh-tw/');
  expect(listPagePath('/zh-tw/', 3)).toBe('/zh-tw/3/');
});

it('orders newest first, the slug breaking ties', () => {
  const list = [
    { slug: 'b', published: '2026-01-01T00:00:00+08:00' },
    { slug: 'a', published: '2026-01-01T00:00:00+08:00' },
    { slug: 'c', published: '2026-02-01T00:00:00+08:00' },
  ];
  expect([...list].sort(byNewest).map((a) => a.slug)).toEqual(['c', 'a', 'b']);
});

describe('the list pages of the site', () => {
  const article = (i: number, source: string | null, tags: string[]) => ({
    slug: `s${i}`,
    published: `2026-0${1 + (i % 3)}-${String(1 + i).padStart(2, '0')}T00:00:00+08:00`,
    source,
    tags,
  });
  const articles = [...Array(12).keys()].map((i) => article(i, i % 2 ? '甲报' : null, i < 6 ? ['一'] : [])).sort(byNewest);

  it("gives each variant's article list the same pages at its own addresses", () => {
    const pages = articleListPages(articles, 4);
    expect(pages.map((p) => p.path)).toEqual(['zh-hans', 'zh-tw', 'zh-hk'].flatMap((v) => [`/${v}/`, `/${v}/2/`, `/${v}/1/`]));
    expect(pages.filter((p) => p.path === '/zh-tw/1/')[0]!.page.items).toEqual(articles.slice(8));
  });

  it('pages each outlet, month and tag of the archive, articles without an outlet in none', () => {
    const pages = archiveListPages(articles, 2).filter((p) => p.variant === 'zh-hans');
    const sources = pages.filter((p) => p.kind === 'sources');
    expect(new Set(sources.map((p) => p.base)).size).toBe(1);
    expect(sources.flatMap((p) => p.page.items).map((a) => a.slug)).toEqual(articles.filter((a) => a.source).map((a) => a.slug));
    expect(pages.filter((p) => p.kind === 'tags').flatMap((p) => p.page.items)).toHaveLength(6);
    expect(new Set(pages.filter((p) => p.kind === 'months').map((p) => p.base))).toEqual(
      new Set(['2026-01', '2026-02', '2026-03'].map((m) => `/zh-hans/months/${m}/`)),
    );
    expect(pages.filter((p) => p.kind === 'tags').map((p) => p.path.slice(p.base.length))).toEqual(['', '2/', '1/']);
  });
});
