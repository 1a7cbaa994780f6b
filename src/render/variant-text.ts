/**
 * Text as a page shows it in one variant: UI strings and dates, converted
 * from canonical simplified by the variants table (bodies are rendered once,
 * at ingest: src/render/body-store.ts).
 */
import type { ArticleEntry } from '../pipeline/article.ts';
import { converterFor, type VariantId } from '../pipeline/variants.ts';

/**
 * `names`: the article's names (ArticleEntry.names), so that its surnames
 * convert as names; `rules`: its own conversion rules. Without rules, the
 * result is remembered: the site's name and description, archive labels and
 * tags are converted on every page that shows them, the same few strings
 * thirty thousand times at 10,000 articles. Emptied when full.
 */
const MEMO_LIMIT = 10_000;
const memo = new Map<string, string>();
export function convert(variant: VariantId, text: string, names?: readonly string[], rules?: ArticleEntry['rules']): string {
  if (rules) return converterFor(variant)(text, names, rules);
  const key = `${variant}\u0000${names?.join('\u0001') ?? ''}\u0000${text}`;
  let converted = memo.get(key);
  if (converted === undefined) {
    converted = converterFor(variant)(text, names);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, converted);
  }
  return converted;
}

type ArticleField = 'title' | 'author' | 'source' | 'summary' | 'description';

/**
 * A field of an article as a variant's page shows it: a traditional seed's
 * own text on its own variant (on every variant, when the article is kept
 * as written), otherwise the canonical text in the variant, converted at
 * ingest (ArticleEntry.shown, with the article's names and rules).
 */
export function articleText(variant: VariantId, article: Pick<ArticleEntry, ArticleField | 'written' | 'shown'>, field: ArticleField): string {
  const own = article.written && (article.written.variant === variant || article.written.everywhere) ? article.written[field] : undefined;
  if (own !== undefined && own !== null) return own;
  if (variant !== 'zh-hans') return article.shown[variant][field] ?? '';
  const canonical = article[field];
  // The canonical text itself, without the marks of its protected spans.
  return canonical === null ? '' : convert(variant, canonical);
}

export function readingMinutes(chars: number, charsPerMinute: number): number {
  return Math.max(1, Math.round(chars / charsPerMinute));
}
