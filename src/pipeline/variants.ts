/**
 * The script variants Jianfan publishes, and the converters that make them.
 *
 * Articles are stored once, as canonical simplified text (zh-Hans); every
 * other variant is produced from it at build time with opencc-js. This table
 * is the only place that knows which variants exist and how each is made.
 */
import { ConverterFactory, type ConverterFunction, type DictGroup } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';

export const VARIANT_IDS = ['zh-hans', 'zh-tw', 'zh-hk'] as const;
export type VariantId = (typeof VARIANT_IDS)[number];

export interface Variant {
  /** URL segment: `/<id>/…`. */
  id: VariantId;
  /** BCP 47 tag for `<html lang>` and hreflang. */
  lang: string;
  /** Name of the variant, written in that variant, for the switch. */
  label: string;
  /** Short label for narrow screens. */
  short: string;
  /** opencc-js target preset, or null for the canonical text itself. */
  opencc: 'twp' | 'hk' | null;
}

export const VARIANTS: readonly Variant[] = [
  { id: 'zh-hans', lang: 'zh-Hans', label: '简体中文', short: '简', opencc: null },
  // Taiwan: glyphs plus Taiwan vocabulary (軟體, 晶片, 影片), which scored
  // 197/206 on one-to-many cases against 148 for glyphs only; see NEWS_UNSAFE.
  { id: 'zh-tw', lang: 'zh-Hant-TW', label: '繁體中文（台灣）', short: '台', opencc: 'twp' },
  // Hong Kong: glyphs only. OpenCC's HK phrase table is small and unreviewed.
  { id: 'zh-hk', lang: 'zh-Hant-HK', label: '繁體中文（香港）', short: '港', opencc: 'hk' },
];

export const DEFAULT_VARIANT: VariantId = 'zh-hans';

export function isVariantId(value: string): value is VariantId {
  return (VARIANT_IDS as readonly string[]).includes(value);
}

export function getVariant(id: VariantId): Variant {
  const variant = VARIANTS.find((v) => v.id === id);
  if (!variant) throw new Error(`unknown variant ${id}`);
  return variant;
}

/**
 * Taiwan phrase entries (keys in OpenCC standard traditional) that rewrite
 * ordinary news words as computing jargon, or break names: 發佈→釋出,
 * 參數→引數, 優化→最佳化, 字節跳動→位元組跳動, 股票代碼→程式碼, 比特幣→位元幣.
 * The rest of the table (軟件→軟體, 芯片→晶片, 視頻→影片…) is right for Taiwan.
 */
export const NEWS_UNSAFE = new Set([
  '發佈', '參數', '優化', '數據', '對象', '程序', '消息', '函數', '界面',
  '接口', '字節', '代碼', '比特', '比特率', '缺省', '默認', '打印', '文件夾',
]);

function withoutEntries(dict: unknown, unsafe: ReadonlySet<string>): string {
  if (typeof dict !== 'string') throw new Error('opencc-js phrase table is not in the expected form');
  return dict
    .split('|')
    .filter((entry) => !unsafe.has(entry.split(' ')[0] ?? ''))
    .join('|');
}

function newsSafeTaiwanPreset(): DictGroup[] {
  const [phrases, ...rest] = Locale.to.twp as readonly DictGroup[];
  if (!phrases) throw new Error('opencc-js twp preset is empty');
  return [phrases.map((dict) => withoutEntries(dict, NEWS_UNSAFE)), ...rest];
}

/**
 * The dictionary groups that turn canonical simplified text into the variant,
 * applied in order (empty for the canonical variant). Exported so that search
 * can convert queries with exactly the chain that made the pages.
 */
export function conversionChain(id: VariantId): DictGroup[] {
  const { opencc } = getVariant(id);
  if (opencc === null) return [];
  const to = opencc === 'twp' ? newsSafeTaiwanPreset() : (Locale.to[opencc] as DictGroup[]);
  return [...(Locale.from.cn as DictGroup[]), ...to];
}

const converters = new Map<VariantId, ConverterFunction>();

/** A converter from canonical simplified text to the variant (built once). */
export function converterFor(id: VariantId): ConverterFunction {
  const cached = converters.get(id);
  if (cached) return cached;
  const chain = conversionChain(id);
  const convert: ConverterFunction = chain.length === 0 ? (text) => text : ConverterFactory(chain);
  converters.set(id, convert);
  return convert;
}
