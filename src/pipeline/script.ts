/**
 * Script detection and the canonical simplified text.
 *
 * Scraped pages arrive simplified, traditional, or half converted (a
 * traditional page with simplified forms left over). Converting everything to
 * simplified first normalises all three; the variants are made from that one
 * canonical text, so a half-finished conversion never reaches a reader.
 */
import type { ConverterFunction, DictGroup } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { chainConverter, convertOutsideProtected, overrideApplier, serialiseDict, type ChainStep } from './conversion.ts';
import { TO_CURLY_QUOTES } from './dictionaries/quotes.ts';
import { editorRules } from './editor-rules.ts';
import { TAIWAN_NEWS } from './dictionaries/taiwan-news.ts';
import type { Script } from './types.ts';
import { openccStep, toStandardTraditional, withQuotes } from './variants.ts';

/** Which regional standard a traditional text is read as (its glyph variants differ: 裡/裏, 著/着). */
export type Region = 'tw' | 'hk';

/**
 * OpenCC's tw2s or hk2s: regional glyph variants back to OpenCC standard,
 * then standard to simplified. Glyphs only, except that Taiwan words of the
 * reviewed news dictionary read back as the mainland word (軟體 → 软件):
 * other regional vocabulary is kept as written, because rewriting words
 * changes meaning more often than glyphs do. 「」『』 become “”‘’.
 */
function canonicalStep(region: Region): ChainStep {
  const step = openccStep(region === 'tw' ? 'tw2s' : 'hk2s');
  if (region === 'hk') return step;
  const [variants, ...rest] = step.groups;
  if (!variants) throw new Error('opencc-js tw2s is not in the expected form');
  const back = TAIWAN_NEWS.map((e) => [e.tw, toStandardTraditional(e.back ?? e.cn)] as const);
  return {
    ...step,
    segmentation: [...step.segmentation, serialiseDict(back.map(([tw]) => [tw, tw]))],
    groups: [[serialiseDict(back), ...variants], ...rest],
  };
}

/** The steps of toCanonical for text read as Taiwan's (also the chain search converts queries with). */
const canonicalChains = new Map<Region, readonly ChainStep[]>();
export function canonicalChain(region: Region = 'tw'): readonly ChainStep[] {
  let chain = canonicalChains.get(region);
  if (!chain) {
    // Editors' "keep" rules hold in the canonical text too (a traditional source's kept text stays traditional).
    const keep = serialiseDict(editorRules().keep.map((k) => [k, k]));
    chain = [{ ...withQuotes(canonicalStep(region), TO_CURLY_QUOTES), overrides: [keep] }];
    canonicalChains.set(region, chain);
  }
  return chain;
}

const canonicalConverters = new Map<Region, ConverterFunction>();

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

/** An article's kept words, as an override applier; built once per list. */
const keepAppliers = new WeakMap<readonly string[], ReturnType<typeof overrideApplier>>();
function keepApplier(keep: readonly string[]) {
  if (!keepAppliers.has(keep)) keepAppliers.set(keep, overrideApplier([serialiseDict(keep.map((k) => [k, k]))]));
  return keepAppliers.get(keep) ?? null;
}

/**
 * Canonical simplified form of any Chinese text (idempotent on simplified);
 * `-{…}-` is kept as written, marks included, and so are the article's own
 * kept words (`keep`, from its conversion rules).
 */
export function toCanonical(text: string, region: Region = 'tw', keep: readonly string[] = []): string {
  let convert = canonicalConverters.get(region);
  if (!convert) {
    convert = chainConverter(canonicalChain(region));
    canonicalConverters.set(region, convert);
  }
  const chain = convert;
  const apply = keep.length > 0 ? keepApplier(keep) : null;
  return convertOutsideProtected(text, apply ? (t) => apply(t, chain) : chain, true);
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
