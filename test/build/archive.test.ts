/**
 * The archive at more than a page: 55 articles in one tag, 53 from one
 * outlet, over two months. Lists are paged (20 headlines a page here),
 * numbered from the oldest, newest first, in every variant; each article's related articles are of its own
 * topic. Expected values are those the seeds below are written to give.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readPage, type BuildResult } from '../helpers/site.ts';

const TOPICS = [
  { word: '渡轮', text: '海湾渡轮改用电池动力，码头建设充电桩，船员接受新系统培训。' },
  { word: '面馆', text: '老街牛肉面馆重新开张，手工拉面和牛骨汤底吸引食客排队。' },
  { word: '茶园', text: '台风过后茶园抢收春茶，茶农估计减产，乡公所登记损失。' },
  { word: '大桥', text: '跨江大桥主体合龙，斜拉桥主跨六百米，明年春季通车。' },
  { word: '球场', text: '社区篮球场翻新完工，塑胶场地和夜间灯光向居民开放。' },
];
const COUNT = 55;
// Twenty headlines a page: 55 are a first page of 35 (the newest full page and the 15 above it) and page 1 of the oldest 20.
const ENV = { JIANFAN_ARCHIVE_PAGE_SIZE: '20' };

function seed(i: number): string {
  const topic = TOPICS[i % TOPICS.length]!;
  const month = i < 30 ? '01' : '02';
  const day = String(1 + (i % 28)).padStart(2, '0');
  return [
    '---',
    `title: ${topic.word}消息第${i}篇`,
    `published: "2026-${month}-${day}T${String(i % 24).padStart(2, '0')}:00:00+08:00"`,
    'author: 记者甲',
    `source: ${i < 53 ? '甲城日报' : '乙城晚报'}`,
    `tags: [长期关注, 组${i % 2}]`,
    '---',
    topic.text,
    '',
    `这是第${i}篇报道，记者在现场采访了几位市民。`,
    '',
  ].join('\n');
}

const seedsDir = mkdtempSync(join(tmpdir(), 'jianfan-archive-'));
let build: BuildResult;

beforeAll(() => {
  for (let i = 0; i < COUNT; i++) writeFileSync(join(seedsDir, `item-${i}.md`), seed(i));
  build = buildSite(seedsDir, 'archive', ENV);
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
});

const text = (node: Root | Element | undefined) => (node ? toString(node).trim() : '');
const listed = (page: Root) =>
  selectAll('.archive-list li', page).map((li) => ({
    slug: String((select('a', li) as Element).properties['href'])
      .split('/')
      .at(-2),
    time: String((select('time', li) as Element).properties['dateTime']),
  }));
/** The href of the index link whose text is `label`. */
const groupHref = (page: Root, label: string) =>
  String((selectAll('.archive-index a', page).find((a) => text(a) === label) as Element | undefined)?.properties['href']);

describe.each(['zh-hans', 'zh-hk'] as const)('in %s', (variant) => {
  const tag = variant === 'zh-hans' ? '长期关注' : '長期關注';
  const outlet = variant === 'zh-hans' ? '甲城日报' : '甲城日報';

  it('a tag of 55 articles is a first page of the newest 35 and page 1 of the oldest 20, linked to each other', () => {
    const href = groupHref(readPage(build.outDir, `/${variant}/tags/`), tag);
    expect(href).toMatch(new RegExp(`^/${variant}/tags/[0-9a-f]+/$`));
    const first = readPage(build.outDir, href);
    const oldest = readPage(build.outDir, `${href}1/`);
    expect(text(select('h1', first) as Element)).toBe(variant === 'zh-hans' ? `标签：${tag}` : `標籤：${tag}`);
    expect(text(select('h1', oldest) as Element)).toBe(variant === 'zh-hans' ? `标签：${tag} · 1` : `標籤：${tag} · 1`);
    const items = [...listed(first), ...listed(oldest)];
    expect(listed(first)).toHaveLength(35);
    expect(listed(oldest)).toHaveLength(20);
    expect(new Set(items.map((i) => i.slug)).size).toBe(COUNT);
    const times = items.map((i) => Date.parse(i.time));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((select('.pagination a[rel="next"]', first) as Element).properties['href']).toBe(`${href}1/`);
    expect((select('.pagination a[rel="prev"]', oldest) as Element).properties['href']).toBe(href);
    expect(select('.pagination a[rel="next"]', oldest)).toBeUndefined();
    // The count is on the first page only: a numbered page shows nothing that changes with newer articles.
    expect(select('.archive-count', first)).toBeDefined();
    expect(select('.archive-count', oldest)).toBeUndefined();
    expect(() => readPage(build.outDir, `${href}2/`)).toThrow();
  });

  it('an outlet lists its own articles only; the other outlet its two', () => {
    const index = readPage(build.outDir, `/${variant}/sources/`);
    const href = groupHref(index, outlet);
    expect(listed(readPage(build.outDir, href))).toHaveLength(33);
    expect(listed(readPage(build.outDir, `${href}1/`))).toHaveLength(20);
    const other = groupHref(index, variant === 'zh-hans' ? '乙城晚报' : '乙城晚報');
    expect(
      listed(readPage(build.outDir, other))
        .map((i) => i.slug)
        .sort(),
    ).toEqual(['item-53', 'item-54']);
  });

  it('a month lists the articles published in it', () => {
    const january = listed(readPage(build.outDir, `/${variant}/months/2026-01/`));
    expect(january).toHaveLength(30);
    expect(january.every((i) => i.time.startsWith('2026-01-'))).toBe(true);
    expect(listed(readPage(build.outDir, `/${variant}/months/2026-02/`))).toHaveLength(25);
  });
});

describe('related articles', () => {
  it("are of the article's own topic, never itself, at most five", () => {
    for (let i = 0; i < COUNT; i += 7) {
      const page = readPage(build.outDir, `/zh-hans/articles/item-${i}/`);
      const related = selectAll('.related li a', page).map((a) => Number(String(a.properties['href']).match(/item-(\d+)/)?.[1]));
      expect(related.length, `item-${i}`).toBeGreaterThan(0);
      expect(related.length).toBeLessThanOrEqual(5);
      expect(related).not.toContain(i);
      expect(
        related.every((j) => j % TOPICS.length === i % TOPICS.length),
        `item-${i}: ${related}`,
      ).toBe(true);
    }
  });
});

describe('a rebuild after a headline changes', () => {
  it('renders again the pages that list the article among their related ones, and keeps the others', () => {
    const linking = (slug: string) =>
      [...Array(COUNT).keys()].filter((i) =>
        selectAll('.related li a', readPage(build.outDir, `/zh-hans/articles/item-${i}/`)).some((a) => String(a.properties['href']).endsWith(`/${slug}/`)),
      );
    // The article item-0 lists first (same-topic seeds differ little, so ties decide which).
    const first = String((select('.related li a', readPage(build.outDir, '/zh-hans/articles/item-0/')) as Element).properties['href']);
    const target = Number(/item-(\d+)/.exec(first)?.[1]);
    expect(linking(`item-${target}`)).toContain(0);
    writeFileSync(join(seedsDir, `item-${target}.md`), seed(target).replace(/^title: .*$/m, 'title: 渡轮消息改题'));
    const rebuilt = buildSite(seedsDir, 'archive', ENV);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    const after = linking(`item-${target}`);
    expect(after).toContain(0);
    for (const i of after) {
      expect(readFileSync(join(rebuilt.outDir, `zh-hans/articles/item-${i}/index.html`), 'utf8')).toContain('渡轮消息改题');
    }
    // Not every page: most articles do not link item-5 and were kept.
    const kept = Number(/keeping (\d+) of/.exec(rebuilt.output)?.[1]);
    expect(kept).toBeGreaterThan(0);
  });
});
