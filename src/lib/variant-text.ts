/**
 * Text as a page shows it in one variant: UI strings, dates and the article
 * body, all converted from canonical simplified by the variants table.
 */
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { mapText } from '../pipeline/article.ts';
import { converterFor, type VariantId } from '../pipeline/variants.ts';

export function convert(variant: VariantId, text: string): string {
  return converterFor(variant)(text);
}

/** Body HTML in the variant. Text nodes only are converted, and escaped by hast-util-to-html. */
export function bodyHtml(variant: VariantId, body: Root): string {
  return toHtml(mapText(body, converterFor(variant)));
}

export { formatDate } from './format-date.ts';

export function readingMinutes(chars: number, charsPerMinute: number): number {
  return Math.max(1, Math.round(chars / charsPerMinute));
}
