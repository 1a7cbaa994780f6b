import { describe, expect, it } from 'vitest';
import { converterFor, getVariant, isVariantId, NEWS_UNSAFE, VARIANTS } from '../../src/pipeline/variants.ts';

describe('variants table', () => {
  it('has simplified, Taiwan and Hong Kong variants with BCP 47 tags', () => {
    expect(VARIANTS.map((v) => [v.id, v.lang])).toEqual([
      ['zh-hans', 'zh-Hans'],
      ['zh-tw', 'zh-Hant-TW'],
      ['zh-hk', 'zh-Hant-HK'],
    ]);
    expect(isVariantId('zh-tw')).toBe(true);
    expect(isVariantId('zh-cn')).toBe(false);
    expect(() => getVariant('xx' as never)).toThrow();
  });

  it('leaves canonical text unchanged for zh-Hans', () => {
    expect(converterFor('zh-hans')('软件和头发')).toBe('软件和头发');
  });

  it('uses Taiwan glyphs and vocabulary for zh-Hant-TW', () => {
    expect(converterFor('zh-tw')('这款软件用于芯片设计，头发以后')).toBe('這款軟體用於晶片設計，頭髮以後');
  });

  it('keeps news words that the Taiwan phrase table turns into jargon', () => {
    const tw = converterFor('zh-tw');
    expect(tw('公司发布了参数')).toBe('公司發佈了參數');
    expect(tw('优化数据')).toBe('優化數據');
    expect(tw('字节跳动的股票代码')).toBe('字節跳動的股票代碼');
    expect(NEWS_UNSAFE.has('發佈')).toBe(true);
  });

  it('uses Hong Kong glyphs without Taiwan vocabulary for zh-Hant-HK', () => {
    const hk = converterFor('zh-hk');
    expect(hk('这款软件说明里面')).toBe('這款軟件説明裏面');
  });

  it('builds each converter once', () => {
    expect(converterFor('zh-tw')).toBe(converterFor('zh-tw'));
  });
});
