/**
 * Text as a page shows it in one variant: UI strings and dates, converted
 * from canonical simplified by the variants table (bodies are rendered once,
 * at ingest: src/render/body-store.ts).
 */
import type { ArticleEntry } from '../pipeline/article.ts';
import { converterFor, type VariantId } from '../pipeline/variants.ts';

/** `names`: the article's names (ArticleEntry.names), so that its surnames convert as names; `rules`: its own conversion rules. */
export function convert(variant: VariantId, text: string, names?: readonly string[], rules?: ArticleEntry['rules']): string {
  return converterFor(variant)(text, names, rules);
}

type ArticleField = 'title' | 'author' | 'source' | 'summary' | 'description';

/**
 * A field of an article as a variant's page shows it: a traditional seed's
 * own text on its own variant (on every variant, when the article is kept
 * as written), otherwise converted from canonical with the article's rules.
 */
export function articleText(variant: VariantId, article: Pick<ArticleEntry, ArticleField | 'names' | 'written' | 'rules'>, field: ArticleField): string {
  const own = article.written && (article.written.variant === variant || article.written.everywhere) ? article.written[field] : undefined;
  if (own !== undefined && own !== null) return own;
  const canonical = article[field];
  return canonical === null ? '' : convert(variant, canonical, article.names, article.rules);
}

export function readingMinutes(chars: number, charsPerMinute: number): number {
  return Math.max(1, Math.round(chars / charsPerMinute));
}
