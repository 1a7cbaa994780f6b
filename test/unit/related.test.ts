import { describe, expect, it } from 'vitest';
import { relatedArticles, termCounts, termKey } from '../../src/render/related.ts';

describe('termCounts', () => {
  it('counts Han bigrams across a run and Latin words lowercased, not across punctuation', () => {
    const counts = termCounts('电池动力，电池。GPU gpu 桥');
    expect(counts.get(termKey('电池'))).toBe(2);
    expect(counts.get(termKey('池动'))).toBe(1);
    expect(counts.get(termKey('力电'))).toBeUndefined();
    expect(counts.get(termKey('gpu'))).toBe(2);
    expect(counts.get(termKey('桥'))).toBe(1);
    expect(counts.get(termKey('电'))).toBeUndefined();
    expect(counts.size).toBe(5);
    // A character outside the common blocks (Extension B) counts like any other.
    expect(termCounts('𠮷野𠮷野').get(termKey('𠮷野'))).toBe(2);
  });
});

const docs = [
  { slug: 'ferry', text: '渡轮公司宣布渡轮改用电池动力，码头建设充电设施。' },
  { slug: 'bus', text: '公交公司宣布公交车改用电池动力，车站建设充电设施。' },
  { slug: 'noodle', text: '老街牛肉面馆重新开张，手工拉面每天限量供应。' },
  { slug: 'ramen', text: '牛肉面馆的第三代传人坚持手工拉面，汤底用牛骨熬制。' },
  { slug: 'bridge', text: '跨江大桥主体合龙，明年春季通车，大桥全长一公里。' },
];

describe('relatedArticles', () => {
  it('links articles that share their distinctive words, best first', () => {
    const related = relatedArticles(docs);
    expect(related.get('ferry')?.[0]).toBe('bus');
    expect(related.get('bus')?.[0]).toBe('ferry');
    expect(related.get('noodle')?.[0]).toBe('ramen');
    expect(related.get('ramen')?.[0]).toBe('noodle');
  });

  it('never links an article to itself, and gives none when nothing is shared', () => {
    const related = relatedArticles(docs);
    for (const [slug, others] of related) expect(others).not.toContain(slug);
    expect(related.get('bridge')).toEqual([]);
  });

  it('keeps at most perArticle links', () => {
    const filler = Array.from({ length: 12 }, (_, i) => ({ slug: `f${i}`, text: `桥梁${i}` }));
    const many = [...Array.from({ length: 12 }, (_, i) => ({ slug: `a${i}`, text: `电池动力第${'一二三四五六七八九十'[i % 10]}篇` })), ...filler];
    const related = relatedArticles(many, { perArticle: 3 });
    for (let i = 0; i < 12; i++) expect(related.get(`a${i}`)).toHaveLength(3);
  });

  it('drops a term shared by more articles than maxPostings', () => {
    // A word in every article weighs nothing (log n/df = 0): the six share it among twelve.
    const common = Array.from({ length: 12 }, (_, i) => ({ slug: `c${i}`, text: i < 6 ? '电池' : '桥梁' }));
    expect(relatedArticles(common, { maxPostings: 5 }).get('c0')).toEqual([]);
    expect(relatedArticles(common, { maxPostings: 6 }).get('c0')).toHaveLength(5);
  });

  it('relates nothing by a term in more than half the articles', () => {
    const boiler = ['电池', '电池', '电池', '桥梁'].map((text, i) => ({ slug: `b${i}`, text }));
    expect([...relatedArticles(boiler).values()].flat()).toEqual([]);
    expect(relatedArticles(boiler, { maxShare: 0.75 }).get('b0')).toEqual(['b1', 'b2']);
  });

  it('breaks ties by input order, the same on every run', () => {
    const tied = [
      { slug: 'x', text: '电池' },
      { slug: 'y', text: '电池' },
      { slug: 'z', text: '电池' },
      ...['桥梁', '渡轮', '茶园'].map((text) => ({ slug: text, text })),
    ];
    expect(relatedArticles(tied).get('z')).toEqual(['x', 'y']);
    expect(relatedArticles(tied)).toEqual(relatedArticles(tied));
  });
});
