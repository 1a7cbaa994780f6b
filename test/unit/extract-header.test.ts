import { describe, expect, it } from 'vitest';
import { findPeople, findPublished, findTitle, isTitleCandidate, publisherName, stripSiteSuffix } from '../../src/pipeline/extract/header.ts';
import type { DropKind, Item } from '../../src/pipeline/extract/types.ts';

const items = (texts: string[]): Item[] => texts.map((text, i) => ({ text, line: i + 1 }));

describe('title', () => {
  it('takes the nearest headline above the body, skipping furniture', () => {
    const its = items(['首页 > 新闻 > 正文', '某市启动新一轮供水管网改造工程', '打印本页', '记者 张三', '正文第一段。']);
    const kinds: (DropKind | null)[] = ['navigation', null, null, 'byline', null];
    expect(findTitle(its, kinds, { start: 4, end: 4 })).toBe(1);
  });
  it('refuses leads and labels as headlines', () => {
    expect(isTitleCandidate('摘要：本文介绍了一项工程')).toBe(false);
    expect(isTitleCandidate('第一句。第二句。第三句。')).toBe(false);
    expect(isTitleCandidate('分类：')).toBe(false);
  });
  it('strips a site suffix', () => {
    expect(stripSiteSuffix('某市启动供水管网改造_某某新闻')).toBe('某市启动供水管网改造');
    expect(stripSiteSuffix('专访｜某某：我们的路还很长')).toBe('专访｜某某：我们的路还很长');
  });
});

describe('people and time', () => {
  const its = items([
    '某市启动新一轮供水管网改造工程',
    '2026-05-12 09:30:00 来源：某某晚报 作者：周某某',
    '正文第一段，很长很长。',
    '正文最后一段。',
    '（作者 李某）',
    '2026-05-13 08:00:00',
  ]);
  const kinds: (DropKind | null)[] = [null, 'byline', null, null, 'closer', 'timestamp'];
  it('reads the header line first', () => {
    expect(findPeople(its, kinds, { start: 2, end: 3 }, 0)).toEqual({ author: '周某某', source: '某某晚报' });
    expect(findPublished(its, kinds, { start: 2, end: 3 }, 0, new Set())?.iso).toBe('2026-05-12T09:30:00');
  });
  it('falls back to the closer and a lone timestamp after the body', () => {
    const k2: (DropKind | null)[] = [null, null, null, null, 'closer', 'timestamp'];
    const its2 = its.map((it, i) => (i === 1 ? { ...it, text: '打印本页' } : it));
    expect(findPeople(its2, k2, { start: 2, end: 3 }, 0).author).toBe('李某');
    expect(findPublished(its2, k2, { start: 2, end: 3 }, 0, new Set())?.iso).toBe('2026-05-13T08:00:00');
    expect(findPublished(its2, k2, { start: 2, end: 3 }, 0, new Set([5]))).toBeNull();
  });
  it('reads a publisher block', () => {
    const its3 = items(['正文。', '2026-05-09 22:18:36', '某某日报', '某某日报是一家财经媒体。', '58213文章数 902114关注度']);
    const k3: (DropKind | null)[] = [null, 'timestamp', null, null, 'counter'];
    expect(publisherName(its3, k3, { start: 0, end: 0 })).toBe('某某日报');
  });
});
