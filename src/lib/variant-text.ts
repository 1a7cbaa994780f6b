/**
 * Text as a page shows it in one variant: UI strings and dates, converted
 * from canonical simplified by the variants table (bodies are rendered once,
 * at ingest: src/pipeline/body-store.ts).
 */
import { converterFor, type VariantId } from '../pipeline/variants.ts';

/** `names`: the article's names (ArticleEntry.names), so that its surnames convert as names. */
export function convert(variant: VariantId, text: string, names?: readonly string[]): string {
  return converterFor(variant)(text, names);
}

export { formatDate } from './format-date.ts';

export function readingMinutes(chars: number, charsPerMinute: number): number {
  return Math.max(1, Math.round(chars / charsPerMinute));
}
