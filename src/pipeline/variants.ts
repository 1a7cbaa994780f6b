/**
 * The script variants Jianfan publishes, and the converters that make them.
 *
 * Articles are stored once, as canonical simplified text (zh-Hans); every
 * other variant is produced from it at build time with opencc-js, run the
 * way OpenCC runs its own configurations (src/pipeline/conversion.ts). This
 * table is the only place that knows which variants exist and how each is
 * made.
 */
import type { ConverterFunction, DictGroup, DictLike } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { chainConverter, convertOutsideProtected, dictEntries, overrideApplier, serialiseDict, stepConverter, type ChainStep } from './conversion.ts';
import { PROTECTED_COLLOCATIONS } from './dictionaries/boundaries.ts';
import { editorRules, type EditorRules } from './editor-rules.ts';
import { TO_CORNER_QUOTES } from './dictionaries/quotes.ts';
import { convertKeepingSurnames } from './names.ts';
import { TAIWAN_NEWS } from './dictionaries/taiwan-news.ts';

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
  /** OpenCC configuration the variant's chain is made from, or null for the canonical text itself. */
  opencc: 's2twp' | 's2hk' | null;
}

export const VARIANTS: readonly Variant[] = [
  { id: 'zh-hans', lang: 'zh-Hans', label: '简体中文', short: '简', opencc: null },
  // Taiwan: glyphs plus Taiwan vocabulary (軟體, 晶片, 影片), which scored
  // 197/206 on one-to-many cases against 148 for glyphs only, with the
  // reviewed news dictionary (src/pipeline/dictionaries/taiwan-news.ts).
  { id: 'zh-tw', lang: 'zh-Hant-TW', label: '繁體中文（台灣）', short: '台', opencc: 's2twp' },
  // Hong Kong: glyphs only. OpenCC's HK phrase table (s2hkp) is small and unreviewed.
  { id: 'zh-hk', lang: 'zh-Hant-HK', label: '繁體中文（香港）', short: '港', opencc: 's2hk' },
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

interface OpenccConfig {
  normalizationChain?: DictGroup[];
  segmentation?: DictLike | DictLike[];
  conversionChain: DictGroup[];
}

/** One of opencc-js's own configurations (as its `Converter` runs it), as a chain step. */
export function openccStep(name: string): ChainStep {
  const config = (Locale.configs as Record<string, OpenccConfig | undefined>)[name];
  if (!config) throw new Error(`opencc-js has no configuration ${name}`);
  const segmentation =
    config.segmentation === undefined
      ? []
      : Array.isArray(config.segmentation) && typeof config.segmentation[0] === 'string'
        ? (config.segmentation as DictLike[])
        : [config.segmentation as DictLike];
  return { normalization: config.normalizationChain ?? [], segmentation, groups: config.conversionChain, boundaries: [], overrides: [] };
}

/** Protected collocations (simplified), for every chain from simplified. */
const BOUNDARIES = PROTECTED_COLLOCATIONS.map((c) => c.words);

/** Simplified → OpenCC standard traditional, glyphs only: the first group of every s2* chain. */
let standardTraditional: ConverterFunction | undefined;
export function toStandardTraditional(text: string): string {
  if (!standardTraditional) {
    const { normalization, segmentation, groups } = openccStep('s2tw');
    standardTraditional = stepConverter({ normalization, segmentation, groups: groups.slice(0, 1), boundaries: BOUNDARIES, overrides: [] });
  }
  return standardTraditional(text);
}

/**
 * s2twp with the news dictionary: TWPhrases without the entries the news
 * dictionary overrides, and the dictionary's own entries (keyed, like
 * TWPhrases, in OpenCC standard traditional) ahead of it. The words the
 * dictionary rewrites join the segmentation (as OpenCC's generated regional
 * phrases do), so that 技术支持 is one segment, not 技术 + 支持; the
 * ordinary words do not, since they need no segment of their own and adding
 * them cut 数据|庫 apart from 數據庫 in mixed-script input (OpenCC issue 475).
 */
function taiwanNewsStep(): ChainStep {
  const step = openccStep('s2twp');
  const [glyphs, taiwan, ...rest] = step.groups;
  const twPhrases = (Locale.to.twp as DictGroup[])[0]?.[0];
  if (!glyphs || !taiwan || !twPhrases || taiwan[0] !== twPhrases)
    throw new Error('opencc-js s2twp is not in the expected form (TWPhrases first in its second group)');
  const news = new Map(TAIWAN_NEWS.map((e) => [toStandardTraditional(e.cn), e.tw]));
  const kept = dictEntries(twPhrases).filter(([key]) => !news.has(key));
  const rewrites = TAIWAN_NEWS.filter((e) => e.tw !== toStandardTraditional(e.cn)).map((e) => [e.cn, e.cn] as const);
  return {
    ...step,
    segmentation: [...step.segmentation, serialiseDict(rewrites)],
    groups: [glyphs, [serialiseDict(news), serialiseDict(kept), ...taiwan.slice(1)], ...rest],
    boundaries: BOUNDARIES,
  };
}

/**
 * The steps that turn canonical simplified text into the variant, in order
 * (none for the canonical variant). Exported so that search can convert
 * queries with exactly the chain that made the pages.
 */
/** The step with a quotation-mark dictionary in its last group (see dictionaries/quotes.ts). */
export function withQuotes(step: ChainStep, quotes: string): ChainStep {
  const last = step.groups.at(-1) ?? [];
  return { ...step, groups: [...step.groups.slice(0, -1), [...last, quotes]] };
}

const chains = new Map<VariantId, readonly ChainStep[]>();
export function conversionChain(id: VariantId): readonly ChainStep[] {
  let chain = chains.get(id);
  if (!chain) {
    const { opencc } = getVariant(id);
    const rules = editorRules();
    const overrides = id === 'zh-hans' ? [] : [serialiseDict(Object.entries(rules.variants[id])), serialiseDict(rules.keep.map((k) => [k, k]))];
    chain =
      opencc === null
        ? []
        : [{ ...withQuotes(opencc === 's2twp' ? taiwanNewsStep() : { ...openccStep(opencc), boundaries: BOUNDARIES }, TO_CORNER_QUOTES), overrides }];
    chains.set(id, chain);
  }
  return chain;
}

/**
 * Converts canonical text into a variant; `names` are the article's (see
 * names.ts), `rules` the article's own conversion rules (editor-rules.ts),
 * which win over the site's.
 */
export type VariantConverter = (text: string, names?: readonly string[], rules?: EditorRules | null) => string;

const converters = new Map<VariantId, VariantConverter>();

/** An article's rules for one variant, as an override applier; built once per rules object. */
const articleAppliers = new WeakMap<EditorRules, Map<VariantId, ReturnType<typeof overrideApplier>>>();
function articleApplier(rules: EditorRules, id: Exclude<VariantId, 'zh-hans'>) {
  let byVariant = articleAppliers.get(rules);
  if (!byVariant) {
    byVariant = new Map();
    articleAppliers.set(rules, byVariant);
  }
  if (!byVariant.has(id)) byVariant.set(id, overrideApplier([serialiseDict(Object.entries(rules.variants[id])), serialiseDict(rules.keep.map((k) => [k, k]))]));
  return byVariant.get(id) ?? null;
}

/**
 * A converter from canonical simplified text to the variant (built once).
 * Surnames are written in their own form where the context or the article's
 * names say they are names (src/pipeline/names.ts); text in `-{…}-` is kept
 * as written, without the marks. The canonical variant needs no article
 * rules: its text is the canonical text, where kept words were kept already.
 */
export function converterFor(id: VariantId): VariantConverter {
  const cached = converters.get(id);
  if (cached) return cached;
  const chain = conversionChain(id);
  const convertChain = chainConverter(chain);
  const convert: VariantConverter =
    id === 'zh-hans' || chain.length === 0
      ? (text) => convertOutsideProtected(text, (t) => t, false)
      : (text, names, rules) => {
          const viaChain = (t: string) => convertKeepingSurnames(t, convertChain, names);
          const apply = rules ? articleApplier(rules, id) : null;
          return convertOutsideProtected(text, apply ? (t) => apply(t, viaChain) : viaChain, false);
        };
  converters.set(id, convert);
  return convert;
}

/**
 * Canonical text with regional vocabulary folded as well as script: the
 * Taiwan chain's dictionaries (TWPhrases and the news dictionary) write the
 * mainland's words and Taiwan's alike in Taiwan's form (软件 and 软体 both
 * 軟體, 视频 and 影片 both 影片), so a copy of an article in the other
 * region's words folds to the same text. The site's rules apply, an
 * article's own do not (two copies need not carry the same rules); surnames
 * and `-{…}-` need nothing, since both copies convert alike.
 */
let vocabularyFold: ConverterFunction | undefined;
export function foldVocabulary(canonical: string): string {
  vocabularyFold ??= chainConverter(conversionChain('zh-tw'));
  return vocabularyFold(canonical);
}
