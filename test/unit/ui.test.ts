import { describe, expect, it } from 'vitest';
import { ui, UI_KEYS } from '../../src/render/ui-strings.ts';
import { converterFor } from '../../src/pipeline/variants.ts';

describe('interface strings', () => {
  it('are written in traditional script on the traditional variants (a converter finds nothing left to change)', () => {
    for (const variant of ['zh-tw', 'zh-hk'] as const) {
      const leftovers = UI_KEYS.map((key) => ui(variant, key)).filter((text) => converterFor(variant)(text) !== text);
      expect(leftovers, variant).toEqual([]);
    }
  });

  it('quote with 「」 on traditional pages and “” on simplified ones', () => {
    for (const key of UI_KEYS) {
      expect(ui('zh-tw', key), key).not.toMatch(/[“”]/);
      expect(ui('zh-hk', key), key).not.toMatch(/[“”]/);
      expect(ui('zh-hans', key), key).not.toMatch(/[「」]/);
    }
  });

  it('say 搜尋 in Taiwan and Hong Kong, 搜索 on the mainland, and never 字型 for the variant menu', () => {
    expect(ui('zh-hans', 'search')).toBe('搜索');
    expect(ui('zh-tw', 'search')).toBe('搜尋');
    expect(ui('zh-hk', 'search')).toBe('搜尋');
    expect(ui('zh-tw', 'switchVariant')).not.toContain('字型');
  });

  it('fill their placeholders', () => {
    expect(ui('zh-hk', 'searchCount', { n: 3, q: '電池' })).toBe('找到 3 篇包含「電池」的文章');
  });
});
