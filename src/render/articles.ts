/** Articles from the content layer, newest first. */
import { getCollection } from 'astro:content';
import type { ArticleEntry } from '../pipeline/article.ts';

export async function getArticles(): Promise<ArticleEntry[]> {
  const entries = await getCollection('articles');
  return entries
    .map((entry) => entry.data)
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug));
}
