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
const TRADITIONAL_ONLY = 1;
const SIMPLIFIED_ONLY = 2;
let scriptClasses: Uint8Array | undefined;
/**
 * One byte per code point: TRADITIONAL_ONLY, SIMPLIFIED_ONLY or 0. A typed
 * array indexed by code point, because detectScript reads every character of
 * every scrape three times and Set lookups of one-character strings were a
 * tenth of ingest time.
 */
function scriptCharClasses(): Uint8Array {
  if (scriptClasses) return scriptClasses;
  const classes = new Uint8Array(0x110000);
  const mark = (keys: Set<string>, kind: number) => {
    // Only one-code-point keys: a longer key never equals one character of a text.
    for (const key of keys) if (key.length === (key.codePointAt(0)! > 0xffff ? 2 : 1)) classes[key.codePointAt(0)!] = kind;
  };
  mark(changedKeys((Locale.from.cn as DictGroup[])[0]?.[1]), SIMPLIFIED_ONLY);
  // A character in both tables counts as traditional (it was tested first).
  mark(changedKeys((Locale.to.cn as DictGroup[])[0]?.[1]), TRADITIONAL_ONLY);
  scriptClasses = classes;
  return classes;
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
  const classes = scriptCharClasses();
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    const kind = classes[code];
    if (kind === TRADITIONAL_ONLY) traditional++;
    else if (kind === SIMPLIFIED_ONLY) simplified++;
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
