/**
 * The reader's settings for reading (text size, typeface, line spacing,
 * theme): the choices, in one place for the page head (which applies them
 * before the first paint), the panel and the stylesheet's attribute values.
 * Each is stored in localStorage and set on <html> as data-<name>; the first
 * choice of each is the default and sets no attribute.
 */
export const READING_STORAGE_KEY = 'jianfan:reading';

export const READING_CHOICES = {
  size: ['m', 's', 'l', 'xl', 'xxl'],
  font: ['sans', 'serif'],
  leading: ['normal', 'tight', 'loose'],
  theme: ['auto', 'light', 'dark', 'sepia'],
} as const;

export type ReadingSetting = keyof typeof READING_CHOICES;
export type ReadingSettings = { [K in ReadingSetting]?: (typeof READING_CHOICES)[K][number] };
