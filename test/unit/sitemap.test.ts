import { describe, expect, it } from 'vitest';
import { inSitemap, SITEMAP_LOCALES, withoutRootAlternates } from '../../src/integrations/sitemap.ts';

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

  it("lists the root with no alternates and as no page's alternate", () => {
    const link = (path: string, lang: string) => ({ url: `https://example.org${path}`, lang });
    expect(withoutRootAlternates({ url: 'https://example.org/', links: [link('/', 'zh-Hans'), link('/zh-hans/', 'zh-Hans')] }).links).toEqual([]);
    const home = withoutRootAlternates({
      url: 'https://example.org/zh-tw/',
      links: [link('/', 'zh-Hans'), link('/zh-hans/', 'zh-Hans'), link('/zh-tw/', 'zh-Hant-TW')],
    });
    expect(home.links).toEqual([link('/zh-hans/', 'zh-Hans'), link('/zh-tw/', 'zh-Hant-TW')]);
  });
});
