/**
 * The shapes learnt from real portal pages, each as small hand-written cases:
 * captions by their credit, bylines glued to the body, site branding, the cue
 * lists as canonical data, and prose that must survive every rule.
 */
import { describe, expect, it } from 'vitest';
import { copyrightHolder, siteBrand } from '../../src/pipeline/extract/branding.ts';
import { isCaption, isCreditOnly } from '../../src/pipeline/extract/caption.ts';
import { classifyLine } from '../../src/pipeline/extract/boilerplate.ts';
import { COUNTER_LABELS, EDITOR_LABELS, PHOTO_CREDITS, TAG_LABELS, WIDGET_WORDS } from '../../src/pipeline/extract/cues.ts';
import { extractArticle } from '../../src/pipeline/extract/index.ts';
import { stripCloser, stripLeadByline } from '../../src/pipeline/extract/inline-byline.ts';
import { toCanonical } from '../../src/pipeline/script.ts';

describe('captions', () => {
  it.each([
    '某地新建的大桥。资料图片',
    '救援人员在山坡搜索。（某某服务队图片）',
    '市民在广场排队。 某某供图',
    '会场一角。（某某社记者张某摄）',
    '张某某摄',
    '记者李某某／摄影',
    '摄影：王某 赵某',
    '图为市民在展馆参观。',
  ])('%s is a caption', (line) => expect(isCaption(line)).toBe(true));

  it.each([
    '医生（见图，本报资料照片）表示，手术很成功，病人已经出院。',
    '他画了一张地图。然后大家出发了。',
    '他说：“这是我的照片。”',
    '记者王某某／台北报导',
    '工作人员正在拍摄。',
  ])('%s is not a caption', (line) => expect(isCaption(line)).toBe(false));

  it('a credit on its own line', () => {
    expect(isCreditOnly('李某某摄')).toBe(true);
    expect(isCreditOnly('市民在广场排队。')).toBe(false);
  });
});

describe('bylines glued to the body', () => {
  it.each([
    ['某某社巴黎12月9日电（记者唐某）法国9日再次爆发全国大罢工，交通严重受阻。', '唐某', '某某社', '法国9日'],
    ['【本报讯】一名男子昨日在家中被捕，警方正在调查事件。', null, null, '一名男子'],
    ['（某某社记者姜某某仁川富平29日专电）代表队今天在预赛中连胜三场，晋级决赛。', '姜某某', '某某社', '代表队'],
    ['(某某日报报道)某某获保释候查，昨早由寓所返回公司大楼。', null, '某某日报', '某某获保释'],
    ['某某全媒体报道：警方今晨拘捕三人，并作出起诉。', null, '某某全媒体', '警方今晨'],
    ['某某网讯 今（9）日，记者从区公安分局了解到一宗案件。', null, '某某网', '今（9）日'],
  ])('%s', (para, author, source, rest) => {
    const s = stripLeadByline(para);
    expect(s.byline).not.toBeNull();
    expect(s.author).toBe(author);
    expect(s.source).toBe(source);
    expect(s.text.startsWith(rest)).toBe(true);
  });

  it('leaves a sentence about a source alone', () => {
    expect(stripLeadByline('据某某网9月9日报道，某公司9日对记者表示，多数指控是错误的。').byline).toBeNull();
    expect(stripLeadByline('市政府今天宣布，明年起调整公交票价。').byline).toBeNull();
  });

  it('splits closers off the last paragraph', () => {
    expect(stripCloser('比赛将于30日继续进行。1020629').text).toBe('比赛将于30日继续进行。');
    expect(stripCloser('比赛将于30日继续进行。（记者张某／台中报导）')).toMatchObject({ text: '比赛将于30日继续进行。', author: '张某' });
    expect(stripCloser('数字社会正不断拓展。（刊于《某某》2019年第24期）').text).toBe('数字社会正不断拓展。');
    expect(stripCloser('他说，这件事要在2019年完成。').byline).toBeNull();
  });
});

describe('site branding', () => {
  it('reads a copyright holder, not a section', () => {
    expect(copyrightHolder('某某时报 版权所有 不得转载')).toBe('某某时报');
    expect(copyrightHolder('某某经济日报版权所有 © 2018')).toBe('某某经济日报');
    expect(siteBrand(['即时新闻', '即时新闻', '某某日报', '某某日报 English', '订阅电子报'])).toBe('某某日报');
    expect(siteBrand(['新闻', '新闻', '副刊'])).toBeNull();
  });
});

describe('cue lists', () => {
  it('every cue is its own canonical (simplified) form, as the extractor sees lines', () => {
    for (const cue of [...WIDGET_WORDS, ...COUNTER_LABELS, ...EDITOR_LABELS, ...TAG_LABELS, ...PHOTO_CREDITS]) expect(toCanonical(cue), cue).toBe(cue);
  });

  it('prose holding a cue word survives', () => {
    for (const prose of [
      '专家说，这份报告的数据仅供参考，最终结果要等明年公布，市民不必过度担心。',
      '提示：这是他写在黑板上的话，他说这句话陪伴了全班同学整整三年，大家都记得很清楚。',
      '警方表示，已经掌握了重要线索：嫌疑人曾多次在案发地附近出现，目前正在全力追查其下落。',
      '关注民生是政府工作的重点，市长在会上再次强调了这一点。',
    ])
      expect(classifyLine(prose), prose).toBeNull();
  });
});

describe('a whole page of these shapes', () => {
  const page = [
    '首页 > 新闻 > 正文',
    '视频',
    '某市启动新一轮供水管网改造工程',
    '稍后再读',
    '某某时报 张某某／台北报导 2026年05月12日 04:09',
    '字号',
    '工人在路口铺设新管道。（某某时报记者李某摄）',
    '【本报讯】某市今年将启动新一轮供水管网改造，三年内更新老旧管道六百公里，涉及全市多个城区。',
    '市水务局有关负责人表示，此次改造将优先安排在老旧小区，施工期间会尽量减少对居民的影响。',
    '1',
    '除了更换管道，某市还将在主要干管上安装智能监测设备，及时发现漏水问题。',
    '按照计划，整个改造工程将于2028年底前全部完成。',
    '关键字：供水、管网',
    '某某时报 版权所有 不得转载',
  ].map((text, i) => ({ text, line: i + 1 }));
  const a = extractArticle(page, 'shapes.txt');
  it('finds the headline under a lone label, and the header fields', () => {
    expect(a.title).toBe('某市启动新一轮供水管网改造工程');
    expect(a.author).toBe('张某某');
    expect(a.source).toBe('某某时报');
    expect(a.published).toEqual({ local: '2026-05-12T04:09:00', zone: null, hasTime: true });
  });
  it('keeps the body and its numeral heading, without the caption or the byline tag', () => {
    expect(a.blocks.map((b) => b.kind)).toEqual(['p', 'p', 'h2', 'p', 'p']);
    expect(a.blocks[0]?.text.startsWith('某市今年将启动')).toBe(true);
    expect(a.trace.find((t) => t.line === 7)?.what).toEqual({ role: 'dropped', kind: 'caption' });
  });
});

const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const PROSE = [
  '市水务局有关负责人表示，此次改造将优先安排在老旧小区，施工期间会尽量减少对居民的影响，并提前发布停水通知。',
  '除了更换管道，某市还将在主要干管上安装智能监测设备，及时发现漏水问题，预计每年可减少漏损水量数百万吨。',
  '按照计划，整个改造工程将于2028年底前全部完成，届时全市供水管网漏损率有望降到百分之八以下。',
];

describe('more shapes', () => {
  it('a block of headings opening the body is kept; a lone line there is not', () => {
    const page = ['某市管网改造启动', '2026-05-12 09:30 来源：某某网', '改造前后大不同', '改造前：居民最担心什么？', ...PROSE];
    expect(extractArticle(lines(page), 'a.txt').blocks.map((b) => b.kind)).toEqual(['h2', 'h2', 'p', 'p', 'p']);
    const lone = ['某市管网改造启动', '2026-05-12 09:30 来源：某某网', '“改造”背后的一天：走访施工现场', ...PROSE];
    expect(extractArticle(lines(lone), 'b.txt').blocks.map((b) => b.kind)).toEqual(['p', 'p', 'p']);
  });

  it('drops a picture gallery (a heading over three caption-length sentences) and keeps the rest', () => {
    const page = [
      '某市管网改造启动',
      '2026-05-12 09:30 来源：某某网',
      PROSE[0]!,
      '老旧管道的去处',
      '工人在路口铺设新管道。',
      '旧管道被运走。',
      '居民在路边围观。',
      PROSE[1]!,
      PROSE[2]!,
    ];
    const a = extractArticle(lines(page), 'g.txt');
    expect(a.blocks.map((b) => b.text)).toEqual(PROSE);
    expect(a.trace.filter((t) => t.what.role === 'dropped' && t.what.kind === 'caption')).toHaveLength(4);
  });

  it('reads the account under the time, a date over the headline and a time in the breadcrumb', () => {
    const account = extractArticle(lines(['某市管网改造启动新一轮工程', '2026/05/12 09:30', '某某眼', '分享', ...PROSE]), 'c.txt');
    expect(account.source).toBe('某某眼');
    const dateOver = extractArticle(lines(['2026年05月12日', '会员登入', '某市管网改造启动新一轮工程', '分享', ...PROSE]), 'd.txt');
    expect(dateOver.title).toBe('某市管网改造启动新一轮工程');
    expect(dateOver.published?.local).toBe('2026-05-12T00:00:00');
    const crumb = extractArticle(
      lines(['某网 ＞ 政治 ＞ 政治 2026年05月12日 15:23', '政治', '某市管网改造启动新一轮工程', '记者王某某／台北报导', ...PROSE]),
      'e.txt',
    );
    expect(crumb.published?.local).toBe('2026-05-12T15:23:00');
    expect(crumb.author).toBe('王某某');
  });

  it("prefers the masthead a paper repeats over its group's copyright line", () => {
    expect(siteBrand(['某报 English Post', '昔日某报', '某报 English Post', '某某集团日报版权所有©2019', '某某集团日报版权所有©2019'])).toBe('某报');
    expect(siteBrand(['某某时报 版权所有 不得转载', '登录'])).toBe('某某时报');
  });
});

describe('a body cut short', () => {
  it('is reported when a list label in the middle drops the prose after it, and not on a whole article', () => {
    const MORE = [
      '专家认为，这一工程对于改善全市的供水状况有着重要的意义，但是也需要控制成本和进度，避免影响居民的日常生活。',
      '市民代表在座谈会上提出，希望施工单位提前公布停水时间，并在小区门口张贴通知，方便老人和孩子及时了解情况。',
    ];
    const page = ['某市管网改造启动新一轮工程', '2026-05-12 09:30 来源：某某网', ...PROSE, '相关新闻', ...MORE];
    const cut = extractArticle(lines(page), 'cut.txt');
    expect(cut.warnings.join('\n')).toMatch(/cut short: \d+ Han characters of prose from line 7/);
    const whole = extractArticle(
      lines([
        '某市管网改造启动新一轮工程',
        '2026-05-12 09:30 来源：某某网',
        ...PROSE,
        ...MORE,
        '相关新闻',
        '某市地铁新线开通 沿线居民出行更方便',
        '某区老旧小区改造完成',
      ]),
      'whole.txt',
    );
    expect(whole.warnings).toEqual([]);
  });
});
