/**
 * The sitemap, through @astrojs/sitemap: every page a search engine should
 * list, each with hreflang alternates for the same page in the other two
 * variants (the library's i18n option, since every page lives at
 * `/<variant>/…` in each variant). Pages marked noindex are left out: the
 * alias redirects (/zh-cn/ …), the not-found pages, and the search page, whose
 * content is the reader's query. robots.txt names the sitemap
 * (src/pages/robots.txt.ts).
 */
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { DEFAULT_VARIANT, isVariantId, VARIANTS } from '../pipeline/variants.ts';

/** The sitemap index the library writes at the site root. */
export const SITEMAP_FILE = 'sitemap-index.xml';

/** Variant id → BCP 47 tag, as hreflang writes it. */
export const SITEMAP_LOCALES: Readonly<Record<string, string>> = Object.fromEntries(VARIANTS.map((v) => [v.id, v.lang]));

/** Whether a page (an absolute URL) belongs in the sitemap. */
export function inSitemap(page: string): boolean {
  const path = new URL(page).pathname;
  if (path === '/') return true;
  const [first, second] = path.split('/').filter(Boolean);
  if (!first || !isVariantId(first)) return false; // alias redirects, the site-wide 404
  return second !== 'not-found' && second !== 'search';
}

/**
 * The sitemap integration. `keptPages` gives the article pages the page cache
 * kept (site paths): Astro did not render them, so they are not among the
 * pages it hands the sitemap, yet they are published. Read when the build
 * ends (the library reads its options then).
 */
/**
 * The library reads a page without a variant prefix as the default variant's,
 * so the root (the variant chooser, every page's x-default) would be listed as
 * a second zh-Hans page: it keeps no alternates and is no page's alternate.
 */
export function withoutRootAlternates(item: SitemapItem): SitemapItem {
  const isRoot = (url: string) => new URL(url).pathname === '/';
  if (isRoot(item.url)) return { ...item, links: [] };
  return { ...item, links: (item.links ?? []).filter((link) => !isRoot(link.url)) };
}

export function siteMap(site: string, keptPages: () => readonly string[]): AstroIntegration {
  return sitemap({
    filter: inSitemap,
    serialize: withoutRootAlternates,
    i18n: { defaultLocale: DEFAULT_VARIANT, locales: { ...SITEMAP_LOCALES } },
    get customPages() {
      return keptPages().map((path) => new URL(path, site).href);
    },
  });
}
