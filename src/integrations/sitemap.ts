/**
 * The sitemap, through @astrojs/sitemap: every page a search engine should
 * list, each with hreflang alternates for the same page in the other two
 * variants (every page lives at `/<variant>/…` in each variant). Pages marked noindex are left out: the
 * alias redirects (/zh-cn/ …), the not-found pages, and the search page, whose
 * content is the reader's query. robots.txt names the sitemap
 * (src/pages/robots.txt.ts).
 */
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { isVariantId, VARIANTS } from '../pipeline/variants.ts';

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
 * The variants in the order the library sorts URLs (`localeCompare`, numeric):
 * for one page in several variants only the variant segment differs, so this
 * is their order in the sitemap, and alternates keep it.
 */
const IN_URL_ORDER = [...VARIANTS].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

/**
 * A page's hreflang alternates: the same page in every variant the sitemap
 * lists (`present`), itself included, in the sitemap's URL order; none when
 * no other variant has it. The root (the variant chooser, every page's
 * x-default) has none and is no page's alternate. @astrojs/sitemap's own
 * i18n option finds alternates by scanning every URL for each page, which is
 * quadratic (20 s at 10,000 articles, over half an hour at 100,000: measured
 * in BENCHMARKS.md); a set of the URLs makes it one lookup per variant.
 */
export function alternatesOf(page: string, present: ReadonlySet<string>): NonNullable<SitemapItem['links']> {
  // scheme://host, then /<variant>/rest
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)\/([^/]+)\/(.*)$/i.exec(page);
  if (!m || !isVariantId(m[2]!)) return [];
  const [, origin, , rest] = m;
  const links: NonNullable<SitemapItem['links']> = [];
  for (const v of IN_URL_ORDER) {
    const url = `${origin}/${v.id}/${rest}`;
    if (present.has(url)) links.push({ url, lang: SITEMAP_LOCALES[v.id]! });
  }
  return links.length > 1 ? links : [];
}

/**
 * The sitemap integration. `keptPages` gives the article pages the page cache
 * kept (site paths): Astro did not render them, so they are not among the
 * pages it hands the sitemap, yet they are published. Read when the build
 * ends (the library reads its options then). The library calls `filter` on
 * every page before it serialises any, so the pages kept by the filter are
 * the set alternates are looked up in.
 */
export function siteMap(site: string, keptPages: () => readonly string[]): AstroIntegration {
  const present = new Set<string>();
  const integration = sitemap({
    filter: (page) => {
      const listed = inSitemap(page);
      if (listed) present.add(page);
      return listed;
    },
    serialize: (item) => ({ ...item, links: alternatesOf(item.url, present) }),
    get customPages() {
      return keptPages().map((path) => new URL(path, site).href);
    },
  });
  const done = integration.hooks['astro:build:done'];
  integration.hooks['astro:build:done'] = async (options) => {
    // A build's own pages only, whatever an earlier build in this process listed.
    present.clear();
    await done?.(options);
  };
  return integration;
}
