import { describe, expect, it } from 'vitest';
import { classifyLine, isRelatedHeading, isSectionLabel } from '../../src/pipeline/extract/boilerplate.ts';
import { toCanonical } from '../../src/pipeline/script.ts';

// Production classifies canonical simplified lines (ingest/seed.ts converts each line first), so
// the tests do too: a cue written only in traditional glyphs would pass a raw test and never match.
const classify = (line: string) => classifyLine(toCanonical(line));
const relatedHeading = (line: string) => isRelatedHeading(toCanonical(line));
const sectionLabel = (line: string) => isSectionLabel(toCanonical(line));

describe('classifyLine', () => {
  it.each([
    ['免费影视大全|在线观看最新电影|高清资源下载|午夜剧场免费看', 'spam'],
    ['首页 | 新闻 | 财经 | 体育', 'navigation'],
    ['某某首页 > 某某号 > 正文 申请入驻', 'navigation'],
    ['首页 / 政治 / 社会 / 生活', 'navigation'],
    ['0', 'widget'],
    ['分享至', 'widget'],
    ['字号：大 中 小', 'widget'],
    ['分享到：微信 微博 QQ空间', 'widget'],
    ['阅读 3521', 'counter'],
    ['112134文章数 1606245关注度', 'counter'],
    ['2025-12-20 23:24:49', 'timestamp'],
    ['Copyright © 2026 某某网 版权所有', 'copyright'],
    ['浙ICP备12345678号-1', 'copyright'],
    ['责任编辑：王某', 'editor'],
    ['免责声明：本文观点仅代表作者本人，供参考、交流，不构成任何建议。', 'disclaimer'],
    ['特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。', 'notice'],
    ['Notice: The content above is uploaded and posted by a user of a platform.', 'notice'],
    ['能源部记者 关注电力与储能，有线索欢迎联系：someone@example.com。', 'bio'],
  ])('%s → %s', (line, kind) => {
    expect(classify(line)).toBe(kind);
  });

  it('leaves prose, headlines and bylines alone', () => {
    expect(classify('12日起，市区首批回收站正式启用，居民刷卡或扫码即可投放可回收物。')).toBeNull();
    expect(classify('江城启动新一轮城市供水管网改造 三年内更新老旧管道六百公里')).toBeNull();
    expect(classify('记者某某某／台北报导')).toBeNull();
    expect(classify('来源：某报 | 2026年05月12日 14:20 | 编辑：某人')).toBeNull();
  });
});

describe('list headings', () => {
  it('recognises related-list headings and section labels', () => {
    for (const h of ['相关推荐', '热点推荐', '延伸阅读', '相关新闻', '推荐阅读', '相關新聞']) expect(relatedHeading(h)).toBe(true);
    expect(relatedHeading('相关部门表示，将加快推进。')).toBe(false);
    expect(sectionLabel('科技要闻')).toBe(true);
    expect(sectionLabel('往期回顾 全部')).toBe(true);
    expect(sectionLabel('今年的科技要闻很多，记者梳理如下。')).toBe(false);
  });
});
