/**
 * The reader's settings for reading (text size, typeface, line spacing,
 * theme, vertical text, dictionary ruby): the choices, in one place for the page head (which applies them
 * before the first paint), the panel and the stylesheet's attribute values.
 * Each is stored in localStorage and set on <html> as data-<name>; the first
 * choice of each is the default and sets no attribute.
 */
import type { VariantId } from '../pipeline/variants.ts';

export const READING_STORAGE_KEY = 'jianfan:reading';
/** Dispatched on document when the reader changes a setting (detail: setting, value), for scripts on the page that follow one. */
export const READING_CHANGE_EVENT = 'jianfan:reading';
/** The variants offered vertical text (直排). */
export const VERTICAL_VARIANTS: readonly VariantId[] = ['zh-tw', 'zh-hk'];

export const READING_CHOICES = {
  size: ['m', 's', 'l', 'xl', 'xxl'],
  font: ['sans', 'serif'],
  leading: ['normal', 'tight', 'loose'],
  theme: ['auto', 'light', 'dark', 'sepia'],
  // 直排: offered and applied on the traditional variants only (the stylesheet keys it on :lang(zh-Hant)).
  direction: ['horizontal', 'vertical'],
  // Readings over the text (拼音, 注音 or 粵拼 by variant), built in the browser when on (src/scripts/reading/ruby.ts).
  ruby: ['off', 'on'],
} as const;

export type ReadingSetting = keyof typeof READING_CHOICES;
export type ReadingSettings = { [K in ReadingSetting]?: (typeof READING_CHOICES)[K][number] };
