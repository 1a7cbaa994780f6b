import { describe, expect, it } from 'vitest';
import { endsWithDate, findRecordLists } from '../../src/pipeline/extract/records.ts';

const record = (n: number) => [`第${n}条推荐标题，内容大家都想不到`, `第${n}条推荐标题，内容大家都想不到`, `某号${n}`, `2026-05-0${n} 10:0${n}:00`];

describe('findRecordLists', () => {
  it('marks (title, duplicate, source, timestamp) records and leaves the lone timestamp unexplained', () => {
    const texts = ['相关推荐', ...record(1), ...record(2), ...record(3), '2026-05-09 22:18:36', '某某日报'];
    const { kinds, explainedTimes } = findRecordLists(texts);
    for (let i = 0; i <= 12; i++) expect(kinds.get(i)).toBe('related');
    expect(explainedTimes.has(12)).toBe(true);
    expect(kinds.has(13)).toBe(false);
    expect(explainedTimes.has(13)).toBe(false);
  });

  it('marks bullet lists and dated title lists', () => {
    const texts = [
      '正文最后一段，事情就是这样的。',
      '·某路线南段规划出炉（2026/04/28）',
      '·公车路线大调整（2026/05/03）',
      '城区新建燃气管道两百公里 2026-04-20',
      '老旧小区改造开工率超过八成 2026-04-02',
    ];
    const { kinds } = findRecordLists(texts);
    expect(kinds.has(0)).toBe(false);
    expect([1, 2, 3, 4].map((i) => kinds.get(i))).toEqual(['related', 'related', 'related', 'related']);
  });

  it('stops a headed list at prose', () => {
    const texts = ['延伸阅读', '环线南段规划出炉 新增三站', '专家认为，这一工程对于改善全市的交通状况有着重要的意义，但是也需要控制成本和进度。'];
    const { kinds } = findRecordLists(texts);
    expect(kinds.get(0)).toBe('related');
    expect(kinds.get(1)).toBe('related');
    expect(kinds.has(2)).toBe(false);
  });

  it('marks section labels and their headlines', () => {
    const { kinds } = findRecordLists([
      '科技要闻',
      '某大模型社区月活突破千万',
      '新款芯片量产时间表公布',
      '体育要闻',
      '马拉松报名人数创新高',
      '省运会闭幕 金牌榜揭晓',
    ]);
    expect([0, 1, 2, 3, 4, 5].map((i) => kinds.get(i))).toEqual(Array(6).fill('section-list'));
  });

  it('reads a lone label as navigation, and never takes an article headline into a list', () => {
    // `视频` is a menu entry here; the headline under it heads the article (a time follows).
    const texts = ['视频', '某市启动新一轮供水管网改造工程', '分享到：', '2026-05-12 09:30 来源：某某网', '正文第一段，讲的是管网改造的来龙去脉。'];
    const { kinds } = findRecordLists(texts);
    expect(kinds.get(0)).toBe('navigation');
    expect(kinds.has(1)).toBe(false);
    // An ordinary headline that contains a label word is not a list heading.
    expect(findRecordLists(['今日快讯：暴雨预警升级', '2026-05-12 09:30', '正文。']).kinds.get(0)).not.toBe('section-list');
  });

  it('endsWithDate', () => {
    expect(endsWithDate('某标题（2026/05/10）')).toBe(true);
    expect(endsWithDate('2026年5月10日，某地发生一起事故')).toBe(false);
  });
});
