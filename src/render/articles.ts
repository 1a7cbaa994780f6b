/** Articles from the content layer, newest first. */
import { getCollection } from 'astro:content';
import type { SiteArticleEntry } from '../pipeline/article-schema.ts';
import { byNewest } from './pagination.ts';

/** An article as the site lists it: the pipeline's entry and its related articles' slugs (src/loaders/seeds.ts). */
export type SiteArticle = SiteArticleEntry;

let all: Promise<readonly SiteArticle[]> | null = null;

/**
 * Every article, newest first. In a build, read and sorted once: a dozen
 * routes ask for it (lists, feeds, search, the offline worker), and at
 * 100,000 articles each reading and sort took a quarter of a second. The
 * dev server reads it anew each time, since the seeds may have changed.
 */
export function getArticles(): Promise<readonly SiteArticle[]> {
  if (!import.meta.env.PROD) return readArticles();
  all ??= readArticles();
  return all;
}

async function readArticles(): Promise<readonly SiteArticle[]> {
  const entries = await getCollection('articles');
  return entries.map((entry) => entry.data as SiteArticle).sort(byNewest);
}

let bySlug: Promise<Map<string, SiteArticle>> | null = null;

/** Every article by slug, built once per build (article pages look up their related articles). */
export function articlesBySlug(): Promise<Map<string, SiteArticle>> {
  bySlug ??= getArticles().then((articles) => new Map(articles.map((a) => [a.slug, a])));
  return bySlug;
}
