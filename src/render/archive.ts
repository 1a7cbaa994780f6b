/**
 * The archive's groupings: articles by source outlet, by month and by tag.
 * Outlet and tag names are seed text, so their URL keys are short hashes of
 * the canonical name (ASCII, the same in every variant, and nothing a seed
 * writes reaches a path); months are the article's own local month
 * (`2026-05` of `2026-05-12T09:30:00+08:00`).
 */
import type { ArticleEntry } from '../pipeline/article.ts';
import { shortHash } from '../pipeline/slug.ts';
import type { VariantId } from '../pipeline/variants.ts';
import { ui, type UiKey } from './ui-strings.ts';
import { articleText, convert } from './variant-text.ts';

export interface ArchiveGroup<T> {
  /** URL segment: a hash for outlets and tags, YYYY-MM for months. */
  key: string;
  /** The canonical (simplified) name, or YYYY-MM. */
  name: string;
  /** In the order given (newest first). */
  articles: T[];
}

export type ArchiveKind = 'sources' | 'months' | 'tags';

export const nameKey = (name: string): string => shortHash(name);
export const monthOf = (published: string): string => published.slice(0, 7);

function group<T>(articles: readonly T[], names: (article: T) => readonly string[], keyOf: (name: string) => string): ArchiveGroup<T>[] {
  const groups = new Map<string, ArchiveGroup<T>>();
  for (const article of articles) {
    for (const name of new Set(names(article))) {
      const key = keyOf(name);
      const found = groups.get(key) ?? { key, name, articles: [] };
      found.articles.push(article);
      groups.set(key, found);
    }
  }
  return [...groups.values()];
}

type Grouped = Pick<ArticleEntry, 'source' | 'published' | 'tags'>;

/** Groups of one kind: outlets and tags by number of articles then name, months newest first. */
export function archiveGroups<T extends Grouped>(kind: ArchiveKind, articles: readonly T[]): ArchiveGroup<T>[] {
  if (kind === 'months')
    return group(
      articles,
      (a) => [monthOf(a.published)],
      (m) => m,
    ).sort((a, b) => (a.key < b.key ? 1 : -1));
  const names = kind === 'sources' ? (a: T) => (a.source ? [a.source] : []) : (a: T) => a.tags;
  return group(articles, names, nameKey).sort((a, b) => b.articles.length - a.articles.length || (a.name < b.name ? -1 : 1));
}

/** 2026年5月 for 2026-05. */
export function monthLabel(variant: VariantId, month: string): string {
  return ui(variant, 'month', { y: month.slice(0, 4), m: Number(month.slice(5, 7)) });
}

/**
 * The name of a group as a variant's page shows it: an outlet as its oldest
 * article shows it (not the newest: every page of the group shows the name,
 * and a name that changed with each new article would change every page,
 * src/render/pagination.ts), a tag converted, a month written out.
 */
export function groupLabel<T extends Grouped & Pick<ArticleEntry, 'shown' | 'written' | 'title' | 'author' | 'summary' | 'description'>>(
  variant: VariantId,
  kind: ArchiveKind,
  group: ArchiveGroup<T>,
): string {
  if (kind === 'months') return monthLabel(variant, group.key);
  const oldest = group.articles.at(-1);
  if (kind === 'sources' && oldest) return articleText(variant, oldest, 'source') || convert(variant, group.name);
  return convert(variant, group.name);
}

export const ARCHIVE_KINDS: readonly ArchiveKind[] = ['sources', 'months', 'tags'];
/** The index page's title of each kind, and a group page's heading. */
export const KIND_TITLE = { sources: 'sourcesTitle', months: 'monthsTitle', tags: 'tagsTitle' } as const satisfies Record<ArchiveKind, UiKey>;
