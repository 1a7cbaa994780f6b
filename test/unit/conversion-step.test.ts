/**
 * A chain step skips the passes that cannot change a text (no character of
 * it starts a key), and still gives exactly what opencc-js's own converter
 * for the configuration gives, on OpenCC's suite and on texts made to hit and
 * miss each pass: compatibility ideographs (the normalization pass),
 * simplified text through a chain from traditional, astral characters.
 */
import { describe, expect, it } from 'vitest';
import { ConverterBuilder, type LocalePreset } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { segmentingConverter, startsAnyKey, stepConverter } from '../../src/pipeline/conversion.ts';
import { openccStep } from '../../src/pipeline/variants.ts';
import { readSuite } from '../helpers/opencc-suite.ts';

describe('startsAnyKey', () => {
  it('finds a character that starts a key, in either dictionary form, and nothing else', () => {
    const test = startsAnyKey(['甲乙 丙|丁 戊', [['𠮷野', '吉野']]]);
    expect(test.test('前甲后')).toBe(true);
    expect(test.test('丁')).toBe(true);
    expect(test.test('在𠮷野家')).toBe(true);
    // 乙 is inside a key, not at its start; 野 likewise.
    expect(test.test('乙野丙')).toBe(false);
    expect(test.test('')).toBe(false);
  });

  it('merges neighbouring code points into ranges and keeps the ends', () => {
    const test = startsAnyKey(['a 1|b 2|c 3|x 4']);
    expect(['a', 'b', 'c', 'x'].map((c) => test.test(c))).toEqual([true, true, true, true]);
    expect(['d', 'w', '`', 'y'].map((c) => test.test(c))).toEqual([false, false, false, false]);
  });

  it('matches nothing for no keys', () => {
    expect(startsAnyKey([]).test('任何文字')).toBe(false);
  });
});

const PRESETS = {
  s2twp: { from: 'cn', to: 'twp' },
  s2hk: { from: 'cn', to: 'hk' },
  tw2s: { from: 'tw', to: 'cn' },
  hk2s: { from: 'hk', to: 'cn' },
} as const;

/** Texts for every pass: plain ASCII, simplified, traditional, compatibility ideographs (U+F900 豈, U+FA0C 兀), astral Han, mixed. */
const MADE = [
  'plain ASCII, no Han at all',
  '软件开发人员在数据库里查找视频',
  '軟體開發人員在資料庫裡查找影片',
  '\uF900\uFA0C 與 豈 兀',
  '𠮷野家的牛肉饭很好吃',
  '鿰𪚥 𠀀',
  '简体与繁體混合：后來，發現了乾燥的头发',
  '',
];

describe('stepConverter gives what opencc-js gives', () => {
  const inputs = [...MADE, ...readSuite().map((c) => c.input)];
  for (const [name, preset] of Object.entries(PRESETS)) {
    it(`${name}, on OpenCC's suite and made texts`, () => {
      const reference = ConverterBuilder(Locale as LocalePreset)(preset);
      const ours = stepConverter(openccStep(name));
      const differing = inputs.filter((text) => ours(text) !== reference(text));
      expect(differing).toEqual([]);
    });
  }

  it('normalises compatibility ideographs before the dictionaries, as OpenCC does', () => {
    const ours = stepConverter(openccStep('tw2s'));
    // U+F900 is the compatibility form of 豈; it must come out as the unified character's conversion.
    expect(ours('\uF900')).toBe(ConverterBuilder(Locale as LocalePreset)(PRESETS.tw2s)('\uF900'));
    expect(ours('\uF900')).not.toBe('\uF900');
  });

  it('returns a text no key starts in as it is', () => {
    const ours = stepConverter(openccStep('tw2s'));
    const simplified = '这是简体文字，没有繁体字';
    expect(ours(simplified)).toBe(simplified);
  });
});

describe('segmentingConverter remembers segments without changing what it gives', () => {
  const { segmentation, groups } = openccStep('s2twp');
  // What it replaces: opencc-js's segmenting converter for the same dictionaries, with no normalization pass.
  const reference = ConverterBuilder({ from: { cn: [] }, to: { step: [] }, configs: { s2step: { segmentation, conversionChain: groups } } } as LocalePreset)({
    from: 'cn',
    to: 'step',
  });

  it('gives the reference again when every segment is remembered, in any order', () => {
    const ours = segmentingConverter(segmentation, groups);
    const inputs = [...MADE, ...readSuite().map((c) => c.input)];
    const first = inputs.map(ours);
    const again = [...inputs].reverse().map(ours).reverse();
    expect(first).toEqual(inputs.map(reference));
    expect(again).toEqual(first);
  });

  it('converts a segment longer than it remembers, and after forgetting', () => {
    const ours = segmentingConverter(segmentation, groups);
    // An unmatched run of ASCII is one long segment; the Han words around it are short ones.
    const text = `软件${'x'.repeat(40)}视频${'发'.repeat(3)}`;
    expect(ours(text)).toBe(reference(text));
    expect(ours(text)).toBe(reference(text));
    // More distinct short segments than the memo holds: it is cleared and still right.
    const small = segmentingConverter(segmentation, groups, 5);
    const many = Array.from({ length: 300 }, (_, i) => `头发${String.fromCodePoint(0x4e00 + (i % 200))}后`).join('，');
    expect(small(many)).toBe(reference(many));
    expect(small(many)).toBe(reference(many));
  });
});
