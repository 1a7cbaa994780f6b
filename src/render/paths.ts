/** URLs of the site, in one place so pages, links and tests agree. */
import type { VariantId } from '../pipeline/variants.ts';

export const homePath = (variant: VariantId): string => `/${variant}/`;
export const articlePath = (variant: VariantId, slug: string): string => `/${variant}/articles/${slug}/`;
export const searchPath = (variant: VariantId): string => `/${variant}/search/`;
/** Longest query searched, in characters: a pasted page would otherwise become a URL of 90 KB. */
export const MAX_QUERY_CHARS = 100;
export const feedPath = (variant: VariantId): string => `/${variant}/feed.xml`;

/** The archive: an index of outlets, months or tags, and a (paged) list per one of them. */
export const archiveIndexPath = (variant: VariantId, kind: 'sources' | 'months' | 'tags'): string => `/${variant}/${kind}/`;
export const archivePath = (variant: VariantId, kind: 'sources' | 'months' | 'tags', key: string): string => `/${variant}/${kind}/${key}/`;

/** The same page in another variant: swap the first path segment. */
export function inVariant(pathname: string, variant: VariantId): string {
  return pathname.replace(/^\/[^/]+\//, `/${variant}/`);
}
