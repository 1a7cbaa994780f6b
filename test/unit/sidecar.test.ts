/** An editor's sidecar file beside a scrape: fields it sets win, errors name the sidecar and its line, the report says which fields came from it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFolder, InvalidSeedsError, listSeedFiles } from '../../src/pipeline/ingest/folder.ts';
import { parseSidecar } from '../../src/pipeline/sidecar.ts';
import { SeedError } from '../../src/pipeline/errors.ts';
import { tmpBodies } from '../helpers/bodies.ts';

const SCRAPE = [
  '首页 > 社会 > 正文',
  '城市春季植树活动启动 志愿者种下新树苗',
  '分享到：微信 微博',
  '三月四日上午，城市春季植树活动在滨江公园启动，来自各区的两百多名志愿者参加了活动，大家干劲十足。',
  '活动组织者表示，今年计划在全市种植一万棵树，重点补种道路两旁和老旧小区的绿地。',
].join('\n');

const folder = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'jianfan-sidecar-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};
const build = (dir: string) => ingestFolder(dir, { timeZone: '+08:00', lenient: false, bodies: tmpBodies() });

describe('sidecar files', () => {
  it('sets fields the page lacks or got wrong, and the report says which', () => {
    const dir = folder({
      'tree.txt': SCRAPE,
      'tree.yaml': 'title: 春季植树活动启动\nauthor: 張三\nsource: 晨光日報\npublished: "2026-03-04T09:30:00+08:00"\n',
    });
    const { articles, reports, warnings } = build(dir);
    expect(articles[0]).toMatchObject({
      title: '春季植树活动启动',
      author: '张三',
      source: '晨光日报',
      published: '2026-03-04T09:30:00+08:00',
      dateOnly: false,
      zoneAssumed: false,
    });
    expect(reports[0]?.sidecar).toEqual({ file: 'tree.yaml', fields: ['title', 'author', 'source', 'published'] });
    expect(reports[0]?.fallbacks).toEqual([]);
    // The sidecar is read with its seed, not reported as an ignored file.
    expect(warnings.join('\n')).not.toContain('tree.yaml');
  });

  it('null leaves a wrong byline out', () => {
    const dir = folder({ 'tree.txt': SCRAPE.replace('分享到：微信 微博', '2026-03-04 09:30 来源：晨光日报 作者：赵一鸣'), 'tree.yml': 'author: null\n' });
    const { articles, reports } = build(dir);
    expect(articles[0]?.author).toBeNull();
    expect(articles[0]?.source).toBe('晨光日报');
    expect(reports[0]?.sidecar?.fields).toEqual(['author']);
  });

  it('names the sidecar and its line when a field is wrong', () => {
    const dir = folder({ 'tree.txt': SCRAPE, 'tree.yaml': 'title: 好标题\npublished: 2026-02-30 10:00\n' });
    try {
      build(dir);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidSeedsError);
      expect((error as Error).message).toMatch(/tree\.txt: its sidecar tree\.yaml:2: sidecar field "published" must be an ISO 8601 date-time/);
    }
    expect(() => parseSidecar('title: 标题\nheadline: 别的\n', 'x.yaml')).toThrow(SeedError);
    expect(() => parseSidecar('title: 标题\nheadline: 别的\n', 'x.yaml')).toThrow(/"headline" is not one of title, author, source, published/);
    try {
      parseSidecar('title: 标题\nheadline: 别的\n', 'x.yaml');
    } catch (error) {
      expect((error as SeedError).line).toBe(2);
    }
  });

  it('a wrong sidecar stops a strict build and is skipped, with its reason, in lenient mode', () => {
    const dir = folder({ 'tree.txt': SCRAPE, 'tree.yaml': 'conversion:\n  zh-cn:\n    软件: 軟體\n', 'other.txt': SCRAPE.replace('一万棵树', '两万棵树') });
    expect(() => build(dir)).toThrow(/tree\.txt: its sidecar tree\.yaml:1: sidecar field "conversion": unknown key "zh-cn"/);
    const lenient = ingestFolder(dir, { timeZone: '+08:00', lenient: true, bodies: tmpBodies() });
    expect(lenient.articles.map((a) => a.file)).toEqual(['other.txt']);
    expect(lenient.skipped).toEqual([
      { file: 'tree.txt', line: undefined, reason: 'its sidecar tree.yaml:1: sidecar field "conversion": unknown key "zh-cn" (expected zh-tw, zh-hk, keep)' },
    ]);
  });

  it('a sidecar with no scrape beside it is named as ignored', () => {
    const dir = folder({ 'tree.txt': SCRAPE, 'other.yaml': 'title: 孤单\n' });
    expect(listSeedFiles(dir).ignored).toEqual([{ file: 'other.yaml', reason: 'a sidecar with no .txt seed of the same name; ignored' }]);
  });
});
