/**
 * Dictionary readings of a text, one per character, for the reader's ruby:
 * 拼音 on zh-hans, 注音 on zh-tw, 粵拼 on zh-hk. Readings come from
 * dictionary packages only, never from the scraped text: pinyin-pro (word
 * context decides polyphones: 银行 háng, 行走 xíng), its syllables written in
 * Zhuyin with pinyin-zhuyin's table, and to-jyutping (CanCLID's Cantonese
 * dictionary, also context-aware). Each package is imported when first
 * needed, so a page loads only its own variant's dictionary, and only once
 * the reader turns ruby on.
 *
 * pinyin-pro's word dictionary is simplified: on 銀行 it reads 行 alone
 * (xíng). So a traditional text is looked up through its simplified form
 * (OpenCC, glyphs only), character for character; if that conversion would
 * change the length, the text is looked up as written.
 *
 * The Zhuyin readings are Putonghua readings (pinyin-pro's), not the
 * Taiwan Ministry of Education's where the two differ (垃圾 lājī, not
 * lèsè): no npm package supplies the Ministry's readings.
 */
import { HAN } from '../../search/shared/chars.ts';

/** A run of the text and its reading, or null for what has none (punctuation, Latin, digits). */
export type Reading = readonly [text: string, reading: string | null];

export const RUBY_VARIANTS = ['zh-hans', 'zh-tw', 'zh-hk'] as const;
export type RubyVariant = (typeof RUBY_VARIANTS)[number];

export function isRubyVariant(value: string): value is RubyVariant {
  return (RUBY_VARIANTS as readonly string[]).includes(value);
}

/** Bopomofo letters and the tone marks ˊˇˋ˙. */
const ZHUYIN = /^˙?[\u3105-\u312F\u31A0-\u31BF]+[ˊˇˋ]?$/u;

let pinyinPro: Promise<typeof import('pinyin-pro')> | undefined;
let toSimplified: Promise<(text: string) => string> | undefined;
let toZhuyin: Promise<(pinyin: string) => string> | undefined;
let jyutping: Promise<typeof import('to-jyutping')> | undefined;

/** Per character: [character, tone-marked pinyin or null]. */
async function pinyinOf(text: string): Promise<Reading[]> {
  pinyinPro ??= import('pinyin-pro');
  const { pinyin } = await pinyinPro;
  return pinyin(text, { type: 'all' }).map((item) => [item.origin, item.isZh && HAN.test(item.origin) ? item.pinyin : null] as const);
}

/** The characters of `text` paired with readings looked up in its simplified form, when it maps character for character. */
async function pinyinThroughSimplified(text: string): Promise<Reading[]> {
  toSimplified ??= import('opencc-js/t2cn').then(({ Converter }) => Converter({ from: 't', to: 'cn' }));
  const simplified = (await toSimplified)(text);
  const chars = [...text];
  if ([...simplified].length !== chars.length) return pinyinOf(text);
  const readings = await pinyinOf(simplified);
  // pinyin-pro gives one item per character it reads; pair each with the character as written.
  const out: Reading[] = [];
  let at = 0;
  for (const [origin, reading] of readings) {
    const length = [...origin].length;
    out.push([chars.slice(at, at + length).join(''), reading]);
    at += length;
  }
  if (at !== chars.length) return pinyinOf(text);
  return out;
}

/** A pinyin syllable in Zhuyin, neutral tone mark first (˙ㄉㄜ) as Taiwan writes it; null if the table has no such syllable. */
export async function zhuyinOf(pinyin: string): Promise<string | null> {
  toZhuyin ??= import('pinyin-zhuyin').then((m) => m.pinyinToZhuyin);
  let zhuyin = (await toZhuyin)(pinyin);
  if (zhuyin.endsWith('˙')) zhuyin = `˙${zhuyin.slice(0, -1)}`;
  return ZHUYIN.test(zhuyin) ? zhuyin : null;
}

/** The readings of `text` for a variant's ruby, in order; joining the texts gives back `text`. */
export async function readingsOf(variant: RubyVariant, text: string): Promise<Reading[]> {
  if (!HAN.test(text)) return [[text, null]];
  if (variant === 'zh-hans') return pinyinOf(text);
  if (variant === 'zh-tw') {
    const readings = await pinyinThroughSimplified(text);
    return Promise.all(readings.map(async ([t, r]) => [t, r === null ? null : await zhuyinOf(r)] as const));
  }
  jyutping ??= import('to-jyutping');
  const { getJyutpingList } = await jyutping;
  return getJyutpingList(text).map(([t, r]) => [t, r && HAN.test(t) ? r : null] as const);
}
