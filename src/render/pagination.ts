/**
 * Stable pagination for the article lists (a variant's list, an outlet's, a
 * month's, a tag's). Pages are numbered from the oldest article, so page k
 * holds the same articles however many are published after them: adding an
 * article changes a list's first page (its base URL) and, once a page's worth
 * has gathered there, makes one new numbered page. With pages counted from
 * the newest (Astro's `paginate`), every article added moved one article onto
 * every page of every list it is in, and a rebuild had to render them all
 * (30,000 list pages at 100,000 articles; BENCHMARKS.md). Numbered pages
 * also keep their addresses: a link to /zh-hans/12/ shows the same articles
 * next year.
 *
 * The first page holds the newest articles not on a full numbered page plus
 * the newest full page: `size` to `2 × size − 1` articles once the list has
 * `size` or more (all of them before). Nothing here reads files.
 */

/** One page of a list: `number` 0 is the first page (the list's own address), 1 … the numbered pages, 1 the oldest. */
export interface ListPage<T> {
  number: number;
  /** Newest first. */
  items: readonly T[];
  /** The page of the next newer articles (0: the first page); undefined on the first page. */
  newer: number | undefined;
  /** The page of the next older articles; undefined on page 1, and on a first page with no numbered pages. */
  older: number | undefined;
}

/** The pages of a list given newest first, first page first, then the numbered ones from the newest. */
export function stablePages<T>(newestFirst: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`stablePages: page size must be a positive integer, not ${size}`);
  const n = newestFirst.length;
  const full = Math.floor(n / size);
  // Numbered pages 1 … full − 1; the first page takes the newest full page and what is above it.
  const numbered = Math.max(0, full - 1);
  const pages: ListPage<T>[] = [{ number: 0, items: newestFirst.slice(0, n - numbered * size), newer: undefined, older: numbered > 0 ? numbered : undefined }];
  for (let k = numbered; k >= 1; k--) {
    // Page k holds the k-th `size` articles from the oldest.
    pages.push({ number: k, items: newestFirst.slice(n - k * size, n - (k - 1) * size), newer: k === numbered ? 0 : k + 1, older: k > 1 ? k - 1 : undefined });
  }
  return pages;
}

/** The address of page `number` of the list at `base` (a path ending in /). */
export const listPagePath = (base: string, number: number): string => (number === 0 ? base : `${base}${number}/`);

/** Newest first, slug breaking ties: the order of every list (src/render/articles.ts) and of the page keys (src/incremental/). */
export function byNewest(a: { published: string; slug: string }, b: { published: string; slug: string }): number {
  return Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug);
}
