/**
 * An article's fields as a variant shows them (src/render/variant-text.ts),
 * converted once per build: what is remembered must be what the article's
 * own names and rules would give.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/render/variant-text.ts';

const entry = (title: string, names: string[]) => ({
  title,
  author: null,
  source: null,
  summary: '',
  description: '',
  names,
  written: null,
  rules: null,
});

describe('articleText', () => {
  it('converts the same headline by each article’s own names, asked in either order', () => {
    const named = entry('余华说，他很高兴', ['余华']);
    const plain = entry('余华说，他很高兴', []);
    for (let round = 0; round < 2; round++) {
      expect(articleText('zh-tw', named, 'title')).toBe('余華說，他很高興');
      expect(articleText('zh-tw', plain, 'title')).toBe('餘華說，他很高興');
    }
    expect(articleText('zh-tw', plain, 'title')).toBe('餘華說，他很高興');
    expect(articleText('zh-tw', named, 'title')).toBe('余華說，他很高興');
  });

  it('keeps each variant’s conversion apart', () => {
    const article = entry('软件的信息', []);
    expect(articleText('zh-tw', article, 'title')).toBe('軟體的資訊');
    expect(articleText('zh-hk', article, 'title')).toBe('軟件的信息');
    expect(articleText('zh-hans', article, 'title')).toBe('软件的信息');
    expect(articleText('zh-tw', article, 'title')).toBe('軟體的資訊');
  });
});
