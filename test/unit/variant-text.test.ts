/**
 * An article's fields as a variant shows them (src/render/variant-text.ts):
 * converted once, at ingest (shownFields, ArticleEntry.shown), with the
 * article's own names and rules; the canonical text on zh-hans, a
 * traditional seed's own text on its own variant.
 */
import { describe, expect, it } from 'vitest';
import { shownFields } from '../../src/pipeline/article.ts';
import type { ArticleEntry } from '../../src/pipeline/article-schema.ts';
import { articleText, convert } from '../../src/render/variant-text.ts';

type Fields = Pick<ArticleEntry, 'title' | 'author' | 'source' | 'summary' | 'description' | 'rules' | 'written' | 'shown'>;

const entry = (title: string, names: string[], more: Partial<Fields> = {}): Fields => {
  const base = { title, author: null, source: null, summary: '', description: null, rules: null, written: null, ...more };
  return { ...base, shown: shownFields(base, names) };
};

describe('convert', () => {
  it('remembers a conversion by variant, names and text: the same string with other names converts apart', () => {
    for (let round = 0; round < 2; round++) {
      expect(convert('zh-tw', '余华说', ['余华'])).toBe('余華說');
      expect(convert('zh-tw', '余华说')).toBe('餘華說');
      expect(convert('zh-hk', '软件')).toBe('軟件');
      expect(convert('zh-tw', '软件')).toBe('軟體');
    }
  });
});

describe('shownFields and articleText', () => {
  it('converts the same headline by each article’s own names', () => {
    expect(articleText('zh-tw', entry('余华说，他很高兴', ['余华']), 'title')).toBe('余華說，他很高興');
    expect(articleText('zh-tw', entry('余华说，他很高兴', []), 'title')).toBe('餘華說，他很高興');
  });

  it('keeps each variant’s conversion apart, and shows the canonical text on zh-hans', () => {
    const article = entry('软件的信息', []);
    expect(articleText('zh-tw', article, 'title')).toBe('軟體的資訊');
    expect(articleText('zh-hk', article, 'title')).toBe('軟件的信息');
    expect(articleText('zh-hans', article, 'title')).toBe('软件的信息');
  });

  it('converts every shown field, and shows nothing for a field the article lacks', () => {
    const article = entry('标题', [], { author: '记者', source: '晨报', summary: '这是摘要', description: null });
    expect(article.shown['zh-tw']).toEqual({ title: '標題', author: '記者', source: '晨報', summary: '這是摘要', description: null });
    expect(articleText('zh-tw', article, 'description')).toBe('');
    expect(articleText('zh-hans', article, 'description')).toBe('');
  });

  it('applies the article’s own rules, and strips protection marks on every variant', () => {
    const rules = { variants: { 'zh-tw': { 软件: '軟件' }, 'zh-hk': {} }, keep: [], asWritten: false };
    const article = entry('软件与-{信息}-', [], { rules });
    expect(articleText('zh-tw', article, 'title')).toBe('軟件與信息');
    expect(articleText('zh-hk', article, 'title')).toBe('軟件與信息');
    expect(articleText('zh-hans', article, 'title')).toBe('软件与信息');
  });

  it('shows a traditional seed’s own text on its own variant', () => {
    const written = { variant: 'zh-hk' as const, everywhere: false, title: '港式標題', author: null, source: null, description: null, tags: [], summary: '' };
    const article = entry('港式标题', [], { written });
    expect(articleText('zh-hk', article, 'title')).toBe('港式標題');
    expect(articleText('zh-tw', article, 'title')).toBe(article.shown['zh-tw'].title);
  });
});
