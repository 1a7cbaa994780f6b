/**
 * Editors' site-wide rules (conversion.yaml): read and checked, and applied
 * ahead of every dictionary, in the pages' chains and the search page's.
 */
import { describe, expect, it } from 'vitest';
import { chainConverter } from '../../src/pipeline/conversion.ts';
import { parseEditorRules } from '../../src/pipeline/editor-rules.ts';
import { conversionChain } from '../../src/pipeline/variants.ts';

const [taiwan] = conversionChain('zh-tw');
if (!taiwan) throw new Error('no Taiwan step');
const withRules = (overrides: string[]) => chainConverter([{ ...taiwan, overrides }]);

describe('editor rules', () => {
  it('reads per-variant rules and a keep list, and names what is wrong', () => {
    const rules = parseEditorRules('zh-tw:\n  英伟达: 輝達\nkeep:\n  - 微软雅黑\n', 'conversion.yaml');
    expect(rules).toEqual({ variants: { 'zh-tw': { 英伟达: '輝達' }, 'zh-hk': {} }, keep: ['微软雅黑'] });
    expect(parseEditorRules('', 'c.yaml')).toEqual({ variants: { 'zh-tw': {}, 'zh-hk': {} }, keep: [] });
    expect(() => parseEditorRules('zh-cn:\n  a: b\n', 'c.yaml')).toThrow(/c\.yaml: unknown key "zh-cn"/);
    expect(() => parseEditorRules('zh-tw:\n  发布: 3\n', 'c.yaml')).toThrow(/"发布"/);
    expect(() => parseEditorRules('keep: 微软\n', 'c.yaml')).toThrow(/keep must be a list/);
  });

  it('win over every dictionary and are not converted further', () => {
    const convert = withRules(['干细胞 幹細胞|发布会 記者會', '微软雅黑 微软雅黑']);
    expect(convert('干细胞发布会用微软雅黑字体')).toBe('幹細胞記者會用微软雅黑字型');
    expect(withRules([])('干细胞发布会用微软雅黑字体')).toBe('幹細胞發佈會用微軟雅黑字型');
  });

  it('the shipped conversion.yaml holds no rules, so pages are the dictionaries’ own', () => {
    expect(taiwan.overrides.every((d) => d === '')).toBe(true);
  });
});
