/**
 * End-to-end extraction on raw scrape fixtures (expected values written by hand),
 * on the shared sample seed, and property checks: the body and title do not depend
 * on the order, absence or presence of boilerplate blocks after the body.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { extractArticle, type SourceLine } from '../../src/pipeline/extract/index.ts';
import { classifyLine } from '../../src/pipeline/extract/boilerplate.ts';
import { SeedError } from '../../src/pipeline/errors.ts';

const FIX = fileURLToPath(new URL('../fixtures/scrapes/', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../seeds/000_93f33b9807fef35b.txt', import.meta.url));

interface Expected {
  script: 'cn' | 'tw' | 'hk';
  title: string;
  author: string | null;
  source: string | null;
  publishedLocal: string | null;
  paragraphs: string[];
}

const converters = {
  tw: OpenCC.Converter({ from: 'tw', to: 'cn' }),
  hk: OpenCC.Converter({ from: 'hk', to: 'cn' }),
};

/** What the upstream stages hand over: simplified lines, numbered from 1. */
function toLines(text: string, script: Expected['script']): SourceLine[] {
  const conv = script === 'cn' ? (s: string) => s : converters[script];
  return text.split(/\r?\n/).map((t, i) => ({ text: conv(t), line: i + 1 }));
}

const fixtures = readdirSync(FIX)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const exp = JSON.parse(readFileSync(FIX + f.replace(/\.txt$/, '.expected.json'), 'utf8')) as Expected;
    return { name: f, raw: readFileSync(FIX + f, 'utf8'), exp };
  });

describe('fixtures', () => {
  it('has at least six fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });

  for (const { name, raw, exp } of fixtures) {
    describe(name, () => {
      const lines = toLines(raw, exp.script);
      const a = extractArticle(lines, name);
      it('header fields', () => {
        expect({ title: a.title, author: a.author, source: a.source, publishedLocal: a.publishedLocal }).toEqual({
          title: exp.title,
          author: exp.author,
          source: exp.source,
          publishedLocal: exp.publishedLocal,
        });
      });
      it('every paragraph, in order, whole, and nothing else', () => {
        expect(a.paragraphs).toEqual(exp.paragraphs);
      });
      it('body line numbers point at the paragraphs', () => {
        // A paragraph is its line, less an inline byline glued to its start or end.
        a.bodyLines.forEach((n, i) => {
          expect(lines[n - 1]?.text.trim()).toContain(a.paragraphs[i]);
        });
        expect(lines[a.titleLine - 1]?.text.trim()).toContain(a.title);
      });
      it('counts every dropped non-blank line', () => {
        const nonBlank = lines.filter((l) => l.text.trim()).length;
        const dropped = Object.values(a.dropped).reduce((n, v) => n + (v ?? 0), 0);
        expect(dropped + a.paragraphs.length + 1).toBe(nonBlank);
      });
    });
  }
});

/** The crude upstream used for the sample: drop `(pinyin)`, restore full-width punctuation, tw→cn. */
function crudePrep(text: string): SourceLine[] {
  const H = '\\p{Script=Han}';
  let t = text.replace(new RegExp(`(${H})\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\\)`, 'gu'), '$1');
  const map: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };
  t = t.replace(new RegExp(`(?<=${H}|[“”，。])([,:;!?()])|([,:;!?()])(?=${H}|[“”])`, 'gu'), (m) => map[m] ?? m);
  return toLines(t, 'tw');
}

describe('the shared sample', () => {
  const a = extractArticle(crudePrep(readFileSync(SAMPLE, 'utf8')), 'sample');
  it('header fields', () => {
    expect(a.title).toBe('国产算力迈入“万卡”时代：摩尔线程发布新一代GPU架构，中科曙光发布万卡超集群');
    expect(a.author).toBe('郑晨烨');
    expect(a.source).toBe('经济观察报');
    expect(a.publishedLocal).toBe('2025-12-20T23:24:49');
  });
  it('32 body paragraphs, first and last as published', () => {
    expect(a.paragraphs).toHaveLength(32);
    expect(a.paragraphs[0]).toMatch(/^12月20日，北京中关村国际创新中心/);
    expect(a.paragraphs[31]).toMatch(/而是提供一个能够兼容不同国产算力的底座。$/);
    expect(a.bodyLines[0]).toBe(13);
    expect(a.bodyLines[31]).toBe(75);
  });
  it('no boilerplate in the body', () => {
    for (const p of a.paragraphs) expect(classifyLine(p)).toBeNull();
    expect(a.dropped.spam).toBe(1);
    expect(a.dropped.closer).toBe(1);
    expect(a.dropped.disclaimer).toBe(1);
    expect(a.dropped.notice).toBe(2);
  });
});

// ---------------------------------------------------------------- properties

/** Deterministic PRNG (mulberry32), so a failing case can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffle<T>(xs: T[], r: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

const recordBlock = (tag: string, n: number): string[] =>
  ['相关推荐', '热点推荐'].concat(
    ...Array.from({ length: n }, (_, k) => [
      `${tag}第${k + 1}条推荐：这个周末去哪儿玩？答案出乎意料！`,
      `${tag}第${k + 1}条推荐：这个周末去哪儿玩？答案出乎意料！`,
      `${tag}号${k + 1}`,
      `2026-05-0${(k % 9) + 1} 1${k % 10}:2${k % 10}:3${k % 10}`,
    ]),
  );

const TAIL: Record<string, string[]> = {
  closer: ['（作者 某某某）'],
  disclaimer: ['免责声明：本文观点仅代表作者本人，供参考、交流，不构成任何建议。'],
  bio: ['某某某', '产业部记者 关注能源与制造业，有线索欢迎联系：someone@example.com，微信：abc123。'],
  notice: [
    '特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台用户上传并发布，本平台仅提供信息存储服务。',
    'Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of a social media platform.',
  ],
  records: recordBlock('甲', 5),
  publisher: ['2026-05-09 22:18:36', '某某日报 incentive-icons', '某某日报', '某某日报是一家专注于产业经济报道的综合性财经媒体。', '58213文章数 902114关注度'],
  bullets: ['延伸阅读', '·环线南段规划出炉 新增三站（2026/04/28）', '·公车路线大调整 这十条路线下月起改道（2026/05/03）'],
  sections: ['往期回顾 全部', '科技要闻', '某大模型开源社区月活突破千万', '体育要闻', '马拉松赛事报名人数再创新高'],
  copyright: ['关于我们 | 联系我们 | 广告服务 | 法律声明', 'Copyright © 2026 某某网 版权所有', '浙ICP备12345678号-1'],
  editor: ['责任编辑：王某某'],
};

const EXTRA: string[][] = [
  recordBlock('乙', 3),
  ['相关新闻', '某地今年将新建改造燃气管道两百公里 2026-04-20', '全市老旧小区改造开工率超过八成 2026-04-02'],
  ['推荐阅读', '这座小城的早餐摊火了', '退休后迷上骑行的他走遍全国', '高考倒计时一个月'],
  ['网友评论', '已有12人参与 3条评论', '登录后发表评论'],
];

describe('properties: boilerplate blocks after the body', () => {
  const a = fixtures.find((f) => f.name.startsWith('a_'));
  if (!a) throw new Error('fixture a missing');
  const rawLines = a.raw.split('\n');
  const lastBody = rawLines.findIndex((l) => l === a.exp.paragraphs[a.exp.paragraphs.length - 1]);
  const head = rawLines.slice(0, lastBody + 1);
  const page = (blocks: string[][]): SourceLine[] => toLines([...head, ...blocks.flatMap((b) => ['', ...b.flatMap((l) => [l, ''])])].join('\n'), 'cn');
  const check = (blocks: string[][], label: string) => {
    const got = extractArticle(page(blocks), label);
    expect(got.title, label).toBe(a.exp.title);
    expect(got.paragraphs, label).toEqual(a.exp.paragraphs);
  };
  const names = Object.keys(TAIL);

  it('any order of the tail blocks', () => {
    const r = rng(20260512);
    for (let k = 0; k < 40; k++) {
      const order = shuffle(names, r);
      check(
        order.map((n) => TAIL[n] as string[]),
        `order ${order.join(',')}`,
      );
    }
  });
  it('any tail block removed', () => {
    for (const n of names)
      check(
        names.filter((m) => m !== n).map((m) => TAIL[m] as string[]),
        `without ${n}`,
      );
    check([], 'no tail at all');
  });
  it('an extra list inserted anywhere in the tail', () => {
    const r = rng(7);
    for (const extra of EXTRA)
      for (let pos = 0; pos <= names.length; pos++) {
        const blocks = shuffle(names, r).map((n) => TAIL[n] as string[]);
        blocks.splice(pos, 0, extra);
        check(blocks, `extra ${extra[0]} at ${pos}`);
      }
  });
});

describe('pages without a body', () => {
  const throwsSeedError = (texts: string[]) => {
    const lines = texts.map((text, i) => ({ text, line: i + 1 }));
    expect(() => extractArticle(lines, 'x.txt')).toThrow(SeedError);
    expect(() => extractArticle(lines, 'x.txt')).toThrow(/no article body found/);
  };
  it('an empty file', () => throwsSeedError(['', '  ']));
  it('only navigation, lists and a footer', () =>
    throwsSeedError(['首页 | 新闻 | 财经 | 体育', '首页 > 新闻 > 列表', '热点推荐', ...recordBlock('丙', 4), 'Copyright © 2026 某某网 版权所有']));
  it('a list page of headlines', () =>
    throwsSeedError(['本地新闻', '某市启动供水管网改造工程', '地铁四号线南延段进入试运行', '全市中小学暑假时间公布', '城区新增两处免费停车场']));
  it('one short sentence is not an article', () => throwsSeedError(['某市启动供水管网改造工程', '页面已删除。']));
});
