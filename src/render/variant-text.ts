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
  if (canonical === null) return '';
  // An article's own rules are rare: converted each time, not remembered.
  return article.rules ? convert(variant, canonical, article.names, article.rules) : convertedField(variant, canonical, article.names);
}

/**
 * A field converted once per build: a headline is shown on its article's
 * pages, on every list it is in and on the related lists of other articles,
 * and converting it anew each time was a sixth of rendering (node --cpu-prof
 * at 1,000 articles). Keyed by what the conversion depends on: the variant,
 * the article's names (its surnames convert as names) and the text. Emptied
 * when full, so a large archive does not keep every field of every article.
 */
const FIELD_MEMO_LIMIT = 100_000;
const fieldMemo = new Map<string, string>();
function convertedField(variant: VariantId, canonical: string, names: readonly string[] | undefined): string {
  const key = `${variant}\u0000${names?.join('\u0001') ?? ''}\u0000${canonical}`;
  let converted = fieldMemo.get(key);
  if (converted === undefined) {
    converted = convert(variant, canonical, names);
    if (fieldMemo.size >= FIELD_MEMO_LIMIT) fieldMemo.clear();
    fieldMemo.set(key, converted);
  }
  return converted;
}

export function readingMinutes(chars: number, charsPerMinute: number): number {
  return Math.max(1, Math.round(chars / charsPerMinute));
}
