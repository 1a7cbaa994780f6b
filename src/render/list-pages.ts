/**
 * Every list page of the site and its address: a variant's article list and
 * the archive's lists (an outlet's, a month's, a tag's), each cut into stable
 * pages (pagination.ts). The routes render from these, and the page cache
 * (src/incremental/page-keys.ts) keys the same pages before rendering, so
 * the two cannot disagree on which article is on which page. Pure: no file
 * and no Astro module is read here.
 */
import { archiveGroups, ARCHIVE_KINDS, type ArchiveGroup, type ArchiveKind } from './archive.ts';
import { listPagePath, stablePages, type ListPage } from './pagination.ts';
import { archivePath, homePath } from './paths.ts';
import type { ArticleEntry } from '../pipeline/article.ts';
import { VARIANT_IDS, type VariantId } from '../pipeline/variants.ts';

export interface ListPageAt<T> {
  variant: VariantId;
  /** The page's address. */
  path: string;
  /** The address of its list (the list's first page). */
  base: string;
  page: ListPage<T>;
}

export interface ArchivePageAt<T> extends ListPageAt<T> {
  kind: ArchiveKind;
  group: ArchiveGroup<T>;
}

/** The pages of every variant's article list; `articles` newest first. */
export function articleListPages<T>(articles: readonly T[], size: number): ListPageAt<T>[] {
  const pages = stablePages(articles, size);
  return VARIANT_IDS.flatMap((variant) => {
    const base = homePath(variant);
    return pages.map((page) => ({ variant, path: listPagePath(base, page.number), base, page }));
  });
}

type Grouped = Pick<ArticleEntry, 'source' | 'published' | 'tags'>;

/** The pages of every outlet's, month's and tag's list in every variant; `articles` newest first. */
export function archiveListPages<T extends Grouped>(articles: readonly T[], size: number): ArchivePageAt<T>[] {
  return ARCHIVE_KINDS.flatMap((kind) =>
    archiveGroups(kind, articles).flatMap((group) => {
      const pages = stablePages(group.articles, size);
      return VARIANT_IDS.flatMap((variant) => {
        const base = archivePath(variant, kind, group.key);
        return pages.map((page) => ({ variant, kind, group, path: listPagePath(base, page.number), base, page }));
      });
    }),
  );
}
