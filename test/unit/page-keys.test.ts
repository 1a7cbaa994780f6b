/** The page cache's pure rules (src/incremental/page-keys.ts), without a build. */
import { linkSync, mkdtempSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStamp } from '../../src/incremental/manifest.ts';
import { keptPagesSource } from '../../src/incremental/integration.ts';
import {
  listPageKeys,
  pageFile,
  pageKeys,
  parseManifest,
  reusablePages,
  settingsInPages,
  textKeys,
  type PageManifest,
} from '../../src/incremental/page-keys.ts';

const articles = [
  { slug: 'a', digest: 'd-a' },
  { slug: 'b', digest: 'd-b' },
];

describe('pageKeys', () => {
  it('gives every article a page in each of the three variants', () => {
    expect(Object.keys(pageKeys('t', articles)).sort()).toEqual([
      '/zh-hans/articles/a/',
      '/zh-hans/articles/b/',
      '/zh-hk/articles/a/',
      '/zh-hk/articles/b/',
      '/zh-tw/articles/a/',
      '/zh-tw/articles/b/',
    ]);
  });

  it("changes a page's key with its article or the template, and no other page's", () => {
    const before = pageKeys('t', articles);
    const edited = pageKeys('t', [articles[0]!, { slug: 'b', digest: 'd-b2' }]);
    expect(edited['/zh-tw/articles/a/']).toBe(before['/zh-tw/articles/a/']);
    expect(edited['/zh-tw/articles/b/']).not.toBe(before['/zh-tw/articles/b/']);
    const retemplated = pageKeys('t2', articles);
    for (const url of Object.keys(before)) expect(retemplated[url]).not.toBe(before[url]);
  });

  it('gives the variants of one article different keys', () => {
    const keys = pageKeys('t', articles);
    expect(new Set([keys['/zh-hans/articles/a/'], keys['/zh-tw/articles/a/'], keys['/zh-hk/articles/a/']]).size).toBe(3);
  });
});

describe('textKeys', () => {
  it("changes with the article's text, not with a page key that changed for its related list", () => {
    const before = [{ slug: 'a', digest: 'page-1', text: 'text-1' }];
    const relatedChanged = [{ slug: 'a', digest: 'page-2', text: 'text-1' }];
    const edited = [{ slug: 'a', digest: 'page-3', text: 'text-2' }];
    expect(pageKeys('t', relatedChanged)['/zh-tw/articles/a/']).not.toBe(pageKeys('t', before)['/zh-tw/articles/a/']);
    expect(textKeys('t', relatedChanged)).toEqual(textKeys('t', before));
    expect(textKeys('t', edited)['/zh-tw/articles/a/']).not.toBe(textKeys('t', before)['/zh-tw/articles/a/']);
    expect(textKeys('t2', before)['/zh-tw/articles/a/']).not.toBe(textKeys('t', before)['/zh-tw/articles/a/']);
  });

  it('falls back to the page key of an article without a text digest', () => {
    expect(textKeys('t', articles)).toEqual(pageKeys('t', articles));
  });
});

describe('reusablePages', () => {
  const next: PageManifest = { template: 't', outDir: '/site', pages: pageKeys('t', articles) };
  const stamps = Object.fromEntries(Object.keys(next.pages).map((url) => [url, `h${url}`]));
  const previous: PageManifest = { ...next, stamps };
  const always = () => true;

  it('keeps every page whose key and file are unchanged', () => {
    expect(reusablePages(previous, next, always).sort()).toEqual(Object.keys(next.pages).sort());
  });

  it('keeps nothing without a previous manifest, or with one of another template, folder or without stamps', () => {
    expect(reusablePages(null, next, always)).toEqual([]);
    expect(reusablePages({ ...previous, template: 'old' }, next, always)).toEqual([]);
    expect(reusablePages({ ...previous, outDir: '/elsewhere' }, next, always)).toEqual([]);
    const { stamps: _, ...noStamps } = previous;
    expect(reusablePages(noStamps, next, always)).toEqual([]);
  });

  it('renders a page again when its key changed or its file is not the one recorded', () => {
    const changed = { ...next, pages: { ...next.pages, '/zh-tw/articles/a/': 'new key' } };
    expect(reusablePages(previous, changed, always)).not.toContain('/zh-tw/articles/a/');
    const unchanged = (url: string, stamp: string) => url !== '/zh-hk/articles/b/' && stamp === `h${url}`;
    const kept = reusablePages(previous, next, unchanged);
    expect(kept).not.toContain('/zh-hk/articles/b/');
    expect(kept).toHaveLength(5);
  });

  it('renders a page the last build did not have', () => {
    const grown = { ...next, pages: pageKeys('t', [...articles, { slug: 'c', digest: 'd-c' }]) };
    expect(reusablePages(previous, grown, always).filter((url) => url.includes('/c/'))).toEqual([]);
  });
});

describe('settingsInPages', () => {
  it('keys pages on the JIANFAN_* settings that change them, in name order, and on nothing else', () => {
    expect(
      settingsInPages({
        PATH: '/bin',
        SEEDS_DIR: 's',
        JIANFAN_TIME_ZONE: '+09:00',
        JIANFAN_WORKERS: '2',
        JIANFAN_CACHE_DIR: 'c',
        JIANFAN_REPORT_DIR: 'r',
        JIANFAN_IMAGE_ORIGINS: 'https://x.org',
      }),
    ).toEqual(['JIANFAN_IMAGE_ORIGINS=https://x.org', 'JIANFAN_TIME_ZONE=+09:00']);
  });
});

describe('parseManifest', () => {
  it('accepts a manifest and refuses what is not one', () => {
    const manifest = { template: 't', outDir: '/o', pages: {}, stamps: {} };
    expect(parseManifest(manifest)).toEqual(manifest);
    for (const bad of [
      null,
      3,
      'x',
      {},
      { template: 't', outDir: '/o' },
      { template: 1, outDir: '/o', pages: {} },
      { template: 't', outDir: '/o', pages: null },
    ]) {
      expect(parseManifest(bad)).toBeNull();
    }
  });
});

describe('the kept-pages module', () => {
  it('exports the kept URLs as a set, quoted as JSON', async () => {
    const source = keptPagesSource(['/zh-tw/articles/a/', '/zh-hk/articles/"q"/']);
    const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { default: Set<string> };
    expect(module.default).toEqual(new Set(['/zh-tw/articles/a/', '/zh-hk/articles/"q"/']));
  });
});

it("places an article page in its folder's index.html", () => {
  expect(pageFile('/zh-tw/articles/a/')).toBe('zh-tw/articles/a/index.html');
});

describe('fileStamp', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'jianfan-stamp-'));
  const when = new Date('2026-05-12T09:30:00Z');
  const page = (file: string, html: string) => {
    writeFileSync(file, html);
    utimesSync(file, when, when);
  };

  it('is the same for the file as it was written, and for a link to it', () => {
    const d = dir();
    page(join(d, 'index.html'), '<p>港口</p>');
    linkSync(join(d, 'index.html'), join(d, 'kept.html'));
    expect(fileStamp(join(d, 'index.html'))).not.toBeNull();
    expect(fileStamp(join(d, 'kept.html'))).toBe(fileStamp(join(d, 'index.html')));
  });

  it('changes when the page is edited, cut short or replaced by another file of the same size and time', () => {
    const d = dir();
    const file = join(d, 'index.html');
    page(file, '<p>港口</p>');
    const first = fileStamp(file);
    writeFileSync(file, '<p>果园</p>'); // same size, written now
    expect(fileStamp(file)).not.toBe(first);
    page(file, '<p>港');
    expect(fileStamp(file)).not.toBe(first);
    page(file, '<p>港口</p>');
    const again = fileStamp(file);
    page(join(d, 'other.html'), '<p>果园</p>');
    renameSync(join(d, 'other.html'), file);
    expect(fileStamp(file)).not.toBe(again);
  });

  it('is null for a page that is not there', () => {
    expect(fileStamp(join(dir(), 'index.html'))).toBeNull();
  });
});

describe('listPageKeys', () => {
  const SIZES = { list: 3, archive: 2 };
  const digest = (i: number, source = '甲报') => ({
    slug: `a${String(i).padStart(3, '0')}`,
    digest: `page-${i}`,
    text: `text-${i}`,
    published: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
    source,
    tags: ['一'],
  });
  const site = (n: number) => [...Array(n).keys()].map((i) => digest(i));

  it('keys every page of every list in every variant', () => {
    const keys = Object.keys(listPageKeys('t', site(10), SIZES));
    for (const url of ['/zh-hans/', '/zh-hans/2/', '/zh-hk/1/']) expect(keys).toContain(url);
    // Ten articles in pages of two: a first page and four numbered pages in each variant.
    expect(keys.filter((url) => /\/tags\/[0-9a-f]+\/(\d+\/)?$/.test(url))).toHaveLength(3 * 5);
    expect(keys.filter((url) => /\/sources\//.test(url))).toHaveLength(3 * 5);
  });

  it("keys an archive list's first page by the number of articles in the list", () => {
    const before = listPageKeys('t', site(10), SIZES);
    const tag = Object.keys(before).find((url) => /^\/zh-hans\/tags\/[0-9a-f]+\/$/.test(url))!;
    const other = site(10).map((a) => (a.slug === 'a009' ? { ...a, tags: ['二'] } : a));
    // a009 leaves the tag: its first page changes, its numbered pages stay.
    const after = listPageKeys('t', other, SIZES);
    expect(after[tag]).not.toBe(before[tag]);
    expect(after[`${tag}1/`]).toBe(before[`${tag}1/`]);
  });

  it('keeps the keys of the older pages when a newer article is added, whatever order the articles come in', () => {
    const before = listPageKeys('t', site(10), SIZES);
    const after = listPageKeys('t', [digest(10), ...site(10).reverse()], SIZES);
    for (const url of ['/zh-hans/1/', '/zh-tw/2/', '/zh-hk/1/']) expect(after[url], url).toBe(before[url]);
  });

  it("changes a page's key with an article's text on it, the template, or the name its outlet goes by, and nothing else", () => {
    const before = listPageKeys('t', site(10), SIZES);
    expect(listPageKeys('t2', site(10), SIZES)['/zh-hans/1/']).not.toBe(before['/zh-hans/1/']);
    const edited = site(10).map((a) => (a.slug === 'a001' ? { ...a, text: 'edited' } : a));
    const keys = listPageKeys('t', edited, SIZES);
    expect(keys['/zh-hans/1/']).not.toBe(before['/zh-hans/1/']);
    expect(keys['/zh-hans/2/']).toBe(before['/zh-hans/2/']);
    // A change to the related list alone (the page digest) does not show on a list.
    expect(
      listPageKeys(
        't',
        site(10).map((a) => ({ ...a, digest: 'other' })),
        SIZES,
      ),
    ).toEqual(before);
    // The outlet's oldest article names it on every page of the outlet's list.
    const sources = (keys: Record<string, string>) => Object.entries(keys).filter(([url]) => url.includes('/sources/'));
    const renamed = listPageKeys(
      't',
      site(10).map((a) => (a.slug === 'a000' ? { ...a, text: 'edited' } : a)),
      SIZES,
    );
    expect(sources(renamed).filter(([url, key]) => before[url] === key)).toEqual([]);
  });

  it('is kept with the article pages by reusablePages', () => {
    const next: PageManifest = { template: 't', outDir: '/site', pages: pageKeys('t', site(7)), lists: listPageKeys('t', site(7), SIZES) };
    const stamps = Object.fromEntries(Object.keys({ ...next.pages, ...next.lists }).map((url) => [url, 's']));
    const grown: PageManifest = { ...next, pages: pageKeys('t', site(8)), lists: listPageKeys('t', site(8), SIZES) };
    const kept = reusablePages({ ...next, stamps }, grown, () => true);
    expect(kept).toContain('/zh-hans/1/');
    expect(kept).toContain('/zh-hans/articles/a000/');
    expect(kept).not.toContain('/zh-hans/articles/a007/');
  });
});
