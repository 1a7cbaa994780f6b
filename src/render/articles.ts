/** Articles from the content layer, newest first. */
import { getCollection } from 'astro:content';
import type { SiteArticleEntry } from '../pipeline/article-schema.ts';

/** An article as the site lists it: the pipeline's entry and its related articles' slugs (src/loaders/seeds.ts). */
export type SiteArticle = SiteArticleEntry;

export async function getArticles(): Promise<SiteArticle[]> {
  const entries = await getCollection('articles');
  return entries.map((entry) => entry.data as SiteArticle).sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug));
}

let bySlug: Promise<Map<string, SiteArticle>> | null = null;

/** Every article by slug, built once per build (article pages look up their related articles). */
export function articlesBySlug(): Promise<Map<string, SiteArticle>> {
  bySlug ??= getArticles().then((articles) => new Map(articles.map((a) => [a.slug, a])));
  return bySlug;
}
