import { describe, expect, it } from 'vitest';
import { alternatesOf, inSitemap, SITEMAP_LOCALES } from '../../src/integrations/sitemap.ts';

describe('the sitemap', () => {
  it('lists the home, list and article pages of every variant', () => {
    for (const path of ['/', '/zh-hans/', '/zh-tw/2/', '/zh-hk/articles/some-slug/']) expect(inSitemap(`https://example.org${path}`), path).toBe(true);
  });

  it('leaves out the noindex pages: alias redirects, not-found pages, the 404 page, search', () => {
    for (const path of ['/zh-cn/', '/zh-hant-hk/', '/404.html', '/zh-tw/not-found/', '/zh-hans/search/'])
      expect(inSitemap(`https://example.org${path}`), path).toBe(false);
  });

  it('gives hreflang the BCP 47 tag of each variant', () => {
    expect(SITEMAP_LOCALES).toEqual({ 'zh-hans': 'zh-Hans', 'zh-tw': 'zh-Hant-TW', 'zh-hk': 'zh-Hant-HK' });
  });

  describe('alternatesOf (hreflang links)', () => {
    const at = (path: string) => `https://example.org${path}`;
    const link = (path: string, lang: string) => ({ url: at(path), lang });
    const present = new Set(
      ['/', '/zh-hans/', '/zh-tw/', '/zh-hk/', '/zh-hans/articles/a/', '/zh-tw/articles/a/', '/zh-hk/articles/a/', '/zh-tw/only/'].map(at),
    );

    it('links a page to itself and the same page in every other variant listed, in URL order', () => {
      const all = [link('/zh-hans/articles/a/', 'zh-Hans'), link('/zh-hk/articles/a/', 'zh-Hant-HK'), link('/zh-tw/articles/a/', 'zh-Hant-TW')];
      for (const variant of ['zh-hans', 'zh-tw', 'zh-hk']) expect(alternatesOf(at(`/${variant}/articles/a/`), present)).toEqual(all);
      expect(alternatesOf(at('/zh-tw/'), present)).toEqual([link('/zh-hans/', 'zh-Hans'), link('/zh-hk/', 'zh-Hant-HK'), link('/zh-tw/', 'zh-Hant-TW')]);
    });

    it("gives no alternates to a page no other variant has, and none to the root, which is no page's alternate", () => {
      expect(alternatesOf(at('/zh-tw/only/'), present)).toEqual([]);
      expect(alternatesOf(at('/'), present)).toEqual([]);
      expect(alternatesOf(at('/zh-hans/'), present).map((l) => new URL(l.url).pathname)).not.toContain('/');
    });

    it("links only what the sitemap lists: a page missing in one variant is left out of the others' links", () => {
      const some = new Set([at('/zh-hans/articles/b/'), at('/zh-hk/articles/b/')]);
      expect(alternatesOf(at('/zh-hans/articles/b/'), some)).toEqual([link('/zh-hans/articles/b/', 'zh-Hans'), link('/zh-hk/articles/b/', 'zh-Hant-HK')]);
    });
  });
});
