/**
 * The related lists themselves, written out for a small hand-made archive.
 * The lists are those relatedArticles gave before it was rewritten for scale
 * (typed-array postings, top-k instead of a sort, terms read by index): any
 * later change to how they are computed must give the same links in the same
 * order, and the same terms in the same order (term ids, which break ties,
 * follow it).
 */
import { describe, expect, it } from 'vitest';
import { BMP_HAN_SLOTS } from '../../src/pipeline/chars.ts';
import { relatedArticles, termCounts, termKey } from '../../src/render/related.ts';

const docs = [
  { slug: 'ferry-battery', text: '渡轮公司宣布渡轮改用电池动力，码头建设充电设施。' },
  { slug: 'bus-battery', text: '公交公司宣布公交车改用电池动力，车站建设充电设施。' },
  { slug: 'taxi-battery', text: '出租车公司宣布改用电池动力，充电设施明年建成。' },
  { slug: 'truck-battery', text: '货车改用电池动力。' },
  { slug: 'ferry-route', text: '渡轮航线调整，码头春季开放。' },
  { slug: 'noodle', text: '老街牛肉面馆重新开张，手工拉面每天限量供应。' },
  { slug: 'ramen', text: '牛肉面馆的第三代传人坚持手工拉面，汤底用牛骨熬制。' },
  { slug: 'beef', text: '牛肉价格上涨，面馆成本增加。' },
  { slug: 'gpu-a', text: 'NovaLink发布GPU芯片，算力提升。' },
  { slug: 'gpu-b', text: 'novalink的gpu芯片供不应求，算力紧张。' },
  { slug: 'rare-a', text: '𠮷野家开业，𠮷野家排队。' },
  { slug: 'rare-b', text: '𠮷野家涨价。' },
  { slug: 'bridge', text: '跨江大桥主体合龙，明年春季通车，大桥全长一公里。' },
  { slug: 'tie-1', text: '茶园采茶' },
  { slug: 'tie-2', text: '茶园采茶' },
  { slug: 'tie-3', text: '茶园采茶' },
  { slug: 'tie-4', text: '茶园采茶' },
];

const asObject = (related: Map<string, string[]>) => Object.fromEntries(related);

describe('relatedArticles lists', () => {
  it('gives these lists with the defaults', () => {
    expect(asObject(relatedArticles(docs))).toEqual({
      'ferry-battery': ['bus-battery', 'taxi-battery', 'ferry-route', 'truck-battery'],
      'bus-battery': ['ferry-battery', 'taxi-battery', 'truck-battery'],
      'taxi-battery': ['bus-battery', 'ferry-battery', 'truck-battery', 'bridge'],
      'truck-battery': ['bus-battery', 'taxi-battery', 'ferry-battery'],
      'ferry-route': ['ferry-battery', 'bridge'],
      noodle: ['ramen', 'beef'],
      ramen: ['noodle', 'beef'],
      beef: ['noodle', 'ramen'],
      'gpu-a': ['gpu-b'],
      'gpu-b': ['gpu-a'],
      'rare-a': ['rare-b'],
      'rare-b': ['rare-a'],
      bridge: ['ferry-route', 'taxi-battery'],
      'tie-1': ['tie-2', 'tie-3', 'tie-4'],
      'tie-2': ['tie-1', 'tie-3', 'tie-4'],
      'tie-3': ['tie-1', 'tie-2', 'tie-4'],
      'tie-4': ['tie-1', 'tie-2', 'tie-3'],
    });
  });

  it('cuts each list to perArticle, best first, equal scores in input order', () => {
    expect(asObject(relatedArticles(docs, { perArticle: 2 }))).toEqual({
      'ferry-battery': ['bus-battery', 'taxi-battery'],
      'bus-battery': ['ferry-battery', 'taxi-battery'],
      'taxi-battery': ['bus-battery', 'ferry-battery'],
      'truck-battery': ['bus-battery', 'taxi-battery'],
      'ferry-route': ['ferry-battery', 'bridge'],
      noodle: ['ramen', 'beef'],
      ramen: ['noodle', 'beef'],
      beef: ['noodle', 'ramen'],
      'gpu-a': ['gpu-b'],
      'gpu-b': ['gpu-a'],
      'rare-a': ['rare-b'],
      'rare-b': ['rare-a'],
      bridge: ['ferry-route', 'taxi-battery'],
      'tie-1': ['tie-2', 'tie-3'],
      'tie-2': ['tie-1', 'tie-3'],
      'tie-3': ['tie-1', 'tie-2'],
      'tie-4': ['tie-1', 'tie-2'],
    });
  });

  it('gives these lists with few terms per article and short postings', () => {
    expect(asObject(relatedArticles(docs, { maxPostings: 3, termsPerArticle: 4 }))).toEqual({
      'ferry-battery': ['ferry-route', 'bus-battery'],
      'bus-battery': ['ferry-battery', 'truck-battery', 'taxi-battery'],
      'taxi-battery': ['bridge', 'bus-battery'],
      'truck-battery': ['bus-battery'],
      'ferry-route': ['ferry-battery', 'bridge'],
      noodle: ['ramen'],
      ramen: ['noodle'],
      beef: [],
      'gpu-a': ['gpu-b'],
      'gpu-b': ['gpu-a'],
      'rare-a': ['rare-b'],
      'rare-b': ['rare-a'],
      bridge: ['taxi-battery', 'ferry-route'],
      'tie-1': [],
      'tie-2': [],
      'tie-3': [],
      'tie-4': [],
    });
  });

  it('keeps the first perArticle of more equal candidates than it shows', () => {
    const same = Array.from({ length: 8 }, (_, i) => ({ slug: `s${i}`, text: '茶园采茶' }));
    const filler = ['渡轮', '桥梁', '牛肉', '电池', '芯片', '码头', '面馆', '公交', '车站'].map((text) => ({ slug: text, text }));
    const related = relatedArticles([...same, ...filler]);
    expect(related.get('s0')).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(related.get('s5')).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(related.get('s7')).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(relatedArticles([...same, ...filler], { perArticle: 0 }).get('s0')).toEqual([]);
  });
});

describe('termCounts at the edges', () => {
  const entries = (text: string) => [...termCounts(text)];
  it('pairs rare characters as strings, breaks runs at lone surrogates and emoji, keeps first-seen order', () => {
    expect(entries('𠮷野家𠮷，桥😀电池\uD842池\uDFB7电a\uD842')).toEqual([
      ['𠮷野', 1],
      [termKey('野家'), 1],
      ['家𠮷', 1],
      [termKey('桥'), 1],
      [termKey('电池'), 1],
      [termKey('池'), 1],
      [termKey('电'), 1],
    ]);
    expect(entries('\uDFB7\uDFB7电\uD842\uD842')).toEqual([[termKey('电'), 1]]);
  });

  it('counts what the BMP blocks hold as Han and nothing else of the BMP', () => {
    // U+4DC0.. (hexagrams) and U+F900.. (compatibility ideographs) are in the blocks; ⺀ 〇 々 are not.
    // termKey takes only Script=Han, so the hexagrams' keys are written out: their indexes in the blocks.
    const hexagramKey = (a: number, b: number) => (a - 0x3400) * (BMP_HAN_SLOTS + 1) + (b - 0x3400);
    expect(entries('䷀䷁卦象豈更⺀〇々电')).toEqual([
      [hexagramKey(0x4dc0, 0x4dc1), 1],
      [hexagramKey(0x4dc1, 0x5366), 1],
      [termKey('卦象'), 1],
      [termKey('象豈'), 1],
      [termKey('豈更'), 1],
      [termKey('电'), 1],
    ]);
  });

  it('puts Latin words after the Han terms', () => {
    expect(entries('GPU2电池x9 NovaLink中𪚥𪚥𪚥')).toEqual([
      [termKey('电池'), 1],
      ['中𪚥', 1],
      ['𪚥𪚥', 2],
      ['gpu2', 1],
      ['x9', 1],
      ['novalink', 1],
    ]);
    expect(entries('')).toEqual([]);
    expect(entries('𠮷')).toEqual([['𠮷', 1]]);
  });
});
