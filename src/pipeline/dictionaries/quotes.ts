/**
 * Quotation marks per variant, as dictionaries that join the last group of
 * each chain (so titles, summaries, feeds, JSON-LD and search queries follow
 * the page, because they all convert with the same chains).
 *
 * Taiwan and Hong Kong write 「」 with 『』 inside; the mainland writes “”
 * with ‘’ inside. The curly marks are directional, so mapping each mark to
 * its counterpart keeps the pairing and the nesting, and a quote that spans
 * paragraphs keeps its convention (an opening mark at the start of every
 * paragraph, one closing mark at the end). The one mark with another use is
 * ’ as an English apostrophe (it’s, don’t): those contractions keep it.
 */
import { serialiseDict } from '../conversion.ts';

const CURLY_TO_CORNER: Array<[string, string]> = [
  ['“', '「'],
  ['”', '」'],
  ['‘', '『'],
  ['’', '』'],
];

const APOSTROPHES = ['’s', '’t', '’re', '’ve', '’ll', '’m', '’d', '’S', '’T'];

/** Simplified-script quotes to Taiwan and Hong Kong quotes. */
export const TO_CORNER_QUOTES = serialiseDict([...CURLY_TO_CORNER, ...APOSTROPHES.map((a) => [a, a] as [string, string])]);

/** Taiwan and Hong Kong quotes to simplified-script quotes (for the canonical text). */
export const TO_CURLY_QUOTES = serialiseDict(CURLY_TO_CORNER.map(([curly, corner]) => [corner, curly]));
