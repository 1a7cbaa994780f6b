/** URLs of the site, in one place so pages, links and tests agree. */
import type { VariantId } from '../pipeline/variants.ts';

export const homePath = (variant: VariantId): string => `/${variant}/`;
export const articlePath = (variant: VariantId, slug: string): string => `/${variant}/articles/${slug}/`;
export const searchPath = (variant: VariantId): string => `/${variant}/search/`;
/** Longest query searched, in characters: a pasted page would otherwise become a URL of 90 KB. */
export const MAX_QUERY_CHARS = 100;
export const feedPath = (variant: VariantId): string => `/${variant}/feed.xml`;

/** The same page in another variant: swap the first path segment. */
export function inVariant(pathname: string, variant: VariantId): string {
  return pathname.replace(/^\/[^/]+\//, `/${variant}/`);
}
