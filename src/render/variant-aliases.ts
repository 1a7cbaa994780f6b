/**
 * Other names readers and links use for the variants, as Chinese Wikipedia
 * accepts them: region codes (zh-cn, zh-sg, zh-my, zh-mo) and script tags
 * (zh-hant, zh-Hant-HK). Keys are lower case; a path is matched case-blind.
 */
import type { VariantId } from '../pipeline/variants.ts';

export const VARIANT_ALIASES: Readonly<Record<string, VariantId>> = {
  'zh-hans': 'zh-hans',
  'zh-cn': 'zh-hans',
  'zh-sg': 'zh-hans',
  'zh-my': 'zh-hans',
  'zh-hans-cn': 'zh-hans',
  'zh-hans-sg': 'zh-hans',
  'zh-hans-my': 'zh-hans',
  'zh-tw': 'zh-tw',
  'zh-hant': 'zh-tw',
  'zh-hant-tw': 'zh-tw',
  'zh-hk': 'zh-hk',
  'zh-mo': 'zh-hk',
  'zh-hant-hk': 'zh-hk',
  'zh-hant-mo': 'zh-hk',
};

/** Path of the page a not-found address in a variant shows (not "404": the list's page 404 would take that). */
export const notFoundPath = (variant: VariantId): string => `/${variant}/not-found/`;
