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

/** `2025-12-20T23:24:49+08:00` → `2025年12月20日 23:24`, in the time's own offset. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, h, mi] = m;
  return `${y}年${Number(mo)}月${Number(d)}日 ${h}:${mi}`;
}

export function readingMinutes(chars: number, charsPerMinute: number): number {
  return Math.max(1, Math.round(chars / charsPerMinute));
}
