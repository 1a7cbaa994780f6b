/**
 * Captions without a photo credit: labels naming what the picture shows, and
 * echoes of the paragraph beside them. Hand-written cases; the prose cases are
 * short paragraphs that must survive.
 */
import { describe, expect, it } from 'vitest';
import { CLAUSE_MARKERS } from '../../src/pipeline/extract/cues.ts';
import { extractArticle } from '../../src/pipeline/extract/index.ts';
import { findUncreditedCaptions } from '../../src/pipeline/extract/uncredited-caption.ts';
import { toCanonical } from '../../src/pipeline/script.ts';

const STORY = [
  '上周三，住在城东的老陈一家发现，楼下的排水井又一次冒出了污水，一直漫到了单元门口，孩子上学只能绕路走。',
  '老陈说，这样的情况今年已经出现了五六次，每次打电话给物业，物业都说会派人来看，可是问题一直没有解决。',
  '记者随后来到城东第二小学，学校门口的路面也有积水，家长们只能踮着脚把孩子送进校门，不少人抱怨不已。',
  '区水务部门的工作人员表示，这一片的管道铺设于上世纪九十年代，管径偏小，雨季排水压力很大，改造已列入明年计划，老陈家所在的楼栋排在第一批。',
];

const captionsOf = (paragraphs: string[]) => [...findUncreditedCaptions(paragraphs)].map((i) => paragraphs[i]);

describe('uncredited captions', () => {
  it('a label naming what the story names is a caption', () => {
    const body = [STORY[0]!, STORY[1]!, '老陈家。', STORY[2]!, '城东第二小学。', STORY[3]!];
    expect(captionsOf(body)).toEqual(['老陈家。', '城东第二小学。']);
  });

  it("a `……的某某。` phrase made of its neighbours' words is a caption", () => {
    const body = [
      STORY[0]!,
      STORY[1]!,
      '物业门口排水井旁的积水。',
      '老陈说，物业门口的排水井旁边总有积水，一下雨就漫到路上，物业一直没有派人来修理。',
      STORY[3]!,
    ];
    expect(captionsOf(body)).toEqual(['物业门口排水井旁的积水。']);
  });

  it('a short paragraph repeating a clause of the paragraph next to it is a caption', () => {
    const body = [
      STORY[0]!,
      '老陈称，愿意自己出钱修好楼下的排水井。',
      STORY[1]!,
      '他说，只要能修好楼下的排水井，愿意自己出一部分钱，也不想再等了。',
      STORY[3]!,
    ];
    expect(captionsOf(body)).toEqual(['老陈称，愿意自己出钱修好楼下的排水井。']);
  });

  it('short prose survives: a grammar word, new words, or a label the story never names', () => {
    const body = [
      STORY[0]!,
      '他哭了。',
      '生意并不好做。',
      '矛盾，在第三天爆发。',
      '一片寂静。',
      STORY[1]!,
      '这是物业的回应。',
      '警方正在调查事件的原因。',
      STORY[2]!,
      '“没有人管。”老陈说。',
      STORY[3]!,
    ];
    expect(captionsOf(body)).toEqual([]);
  });

  it('two short paragraphs that share words are both prose', () => {
    const body = [STORY[0]!, '“我们只想回家。”', '“我们只想回家，”她又说了一遍。', STORY[1]!];
    expect(captionsOf(body)).toEqual([]);
  });

  it('grammar words are data in canonical form', () => {
    for (const m of CLAUSE_MARKERS) expect(toCanonical(m), m).toBe(m);
  });

  it('extraction drops them and reports them as captions', () => {
    const page = ['城东排水井频频冒水', '2026-05-12 09:30 来源：某某网', STORY[0]!, STORY[1]!, '老陈家。', STORY[2]!, STORY[3]!];
    const a = extractArticle(
      page.map((text, i) => ({ text, line: i + 1 })),
      'c.txt',
    );
    expect(a.paragraphs).toEqual(STORY);
    expect(a.trace.find((t) => t.text === '老陈家。')?.what).toEqual({ role: 'dropped', kind: 'caption' });
  });
});
