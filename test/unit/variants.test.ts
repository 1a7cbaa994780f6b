import { describe, expect, it } from 'vitest';
import { converterFor, getVariant, isVariantId, VARIANTS } from '../../src/pipeline/variants.ts';

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
  });

  it('uses Hong Kong glyphs without Taiwan vocabulary for zh-Hant-HK', () => {
    const hk = converterFor('zh-hk');
    expect(hk('这款软件说明里面')).toBe('這款軟件説明裏面');
  });

  it("runs opencc-js's segmenting path, not the unsegmented ConverterFactory", () => {
    // ConverterFactory gives 低階別 and 馬裡蘭州 here.
    expect(converterFor('zh-tw')('低阶别的马里兰州')).toBe('低階別的馬里蘭州');
  });

  it('builds each converter once', () => {
    expect(converterFor('zh-tw')).toBe(converterFor('zh-tw'));
  });
});
