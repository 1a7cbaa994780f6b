/**
 * Script detection and the canonical simplified text.
 *
 * Scraped pages arrive simplified, traditional, or half converted (a
 * traditional page with simplified forms left over). Converting everything to
 * simplified first normalises all three; the variants are made from that one
 * canonical text, so a half-finished conversion never reaches a reader.
 */
import { ConverterFactory, type DictGroup } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import type { Script } from './types.ts';

// Taiwan glyph variants back to OpenCC standard, then standard to simplified.
// Glyphs only: regional vocabulary (軟體, 影片) is kept as written, because
// rewriting words changes meaning more often than glyphs do.
/** The dictionary groups of toCanonical, in order (also used to convert search queries). */
export const CANONICAL_CHAIN: readonly DictGroup[] = [...(Locale.from.tw as DictGroup[]), ...(Locale.to.cn as DictGroup[])];
const traditionalToSimplified = ConverterFactory(CANONICAL_CHAIN);

/**
 * Characters a one-way conversion would change, read from opencc-js's
 * character tables once (char-by-char conversion was the ingest hot spot).
 */
function changedKeys(table: unknown): Set<string> {
  const keys = new Set<string>();
  if (typeof table !== 'string') throw new Error('opencc-js character table is not in the expected form');
  for (const entry of table.split('|')) {
    const [key, first] = entry.split(' ');
    if (key && first && key !== first) keys.add(key);
  }
  return keys;
}
let charSets: { traditionalOnly: Set<string>; simplifiedOnly: Set<string> } | undefined;
function scriptCharSets() {
  charSets ??= {
    traditionalOnly: changedKeys((Locale.to.cn as DictGroup[])[0]?.[1]),
    simplifiedOnly: changedKeys((Locale.from.cn as DictGroup[])[0]?.[1]),
  };
  return charSets;
}

/** Canonical simplified form of any Chinese text (idempotent on simplified). */
export function toCanonical(text: string): string {
  return traditionalToSimplified(text);
}

export interface ScriptProfile {
  script: Script;
  /** Han characters that exist only in traditional script. */
  traditional: number;
  /** Han characters that exist only in simplified script. */
  simplified: number;
}

/**
 * Which script a text is in, counting characters that a one-way conversion
 * would change. "mixed" means both kinds are present in force, the signature
 * of a half-finished conversion.
 */
export function detectScript(text: string): ScriptProfile {
  const { traditionalOnly, simplifiedOnly } = scriptCharSets();
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (traditionalOnly.has(ch)) traditional++;
    else if (simplifiedOnly.has(ch)) simplified++;
  }
  const total = traditional + simplified;
  let script: Script = 'none';
  if (total > 0) {
    const minority = Math.min(traditional, simplified) / total;
    if (minority >= 0.1 && Math.min(traditional, simplified) >= 3) script = 'mixed';
    else script = traditional > simplified ? 'traditional' : 'simplified';
  }
  return { script, traditional, simplified };
}
