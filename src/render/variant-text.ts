/**
 * Text as a page shows it in one variant: UI strings and dates, converted
 * from canonical simplified by the variants table (bodies are rendered once,
 * at ingest: src/render/body-store.ts).
 */
import type { ArticleEntry } from '../pipeline/article.ts';
import { converterFor, type VariantId } from '../pipeline/variants.ts';

/** `names`: the article's names (ArticleEntry.names), so that its surnames convert as names. */
export function convert(variant: VariantId, text: string, names?: readonly string[]): string {
  return converterFor(variant)(text, names);
}

type ArticleField = 'title' | 'author' | 'source' | 'summary' | 'description';

/**
 * A field of an article as a variant's page shows it: a traditional seed's
 * own text on its own variant, otherwise converted from canonical.
 */
export function articleText(variant: VariantId, article: Pick<ArticleEntry, ArticleField | 'names' | 'written'>, field: ArticleField): string {
  const written = article.written?.variant === variant ? article.written[field] : undefined;
  if (written !== undefined && written !== null) return written;
  const canonical = article[field];
  return canonical === null ? '' : convert(variant, canonical, article.names);
}

export { formatDate } from './format-date.ts';

export function readingMinutes(chars: number, charsPerMinute: number): number {
  return Math.max(1, Math.round(chars / charsPerMinute));
}
