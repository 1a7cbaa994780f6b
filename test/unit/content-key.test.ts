/**
 * One article under two names is found by its content key, which folds
 * script and regional vocabulary: a Taiwan-vocabulary copy (軟體/晶片/影片
 * for 软件/芯片/视频), in either script, is the same article; an article that
 * says something else is not.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentKey } from '../../src/pipeline/article.ts';
import { ingestSeed } from '../../src/pipeline/ingest/seed.ts';
import { ingestFolder } from '../../src/pipeline/ingest/folder.ts';
import { buildReport } from '../../src/pipeline/ingest/report.ts';
import { tmpBodies } from '../helpers/bodies.ts';

const OPTIONS = { timeZone: '+08:00' };
const md = (title: string, body: string[]) =>
  ['---', `title: ${title}`, 'published: "2026-05-12T09:30:00+08:00"', 'author: 张三', 'source: 晨报', '---', '', ...body.flatMap((p) => [p, ''])].join('\n');
const keyOf = (body: string[]) => contentKey(ingestSeed('a.md', Buffer.from(md('标题', body)), OPTIONS).article.body);

// The mainland article, and copies a Taiwan site or a mirror made of it.
const MAINLAND = ['这家公司发布了新的芯片和配套软件，用户可以在网络上观看演示视频。', '工程师说，新芯片的功耗比上一代低三成，软件也做了优化。'];
const TAIWAN_SIMPLIFIED = ['这家公司发布了新的晶片和配套软体，用户可以在网路上观看演示影片。', '工程师说，新晶片的功耗比上一代低三成，软体也做了优化。'];
const TAIWAN_TRADITIONAL = ['這家公司發佈了新的晶片和配套軟體，用戶可以在網路上觀看演示影片。', '工程師說，新晶片的功耗比上一代低三成，軟體也做了優化。'];
const MAINLAND_TRADITIONAL = ['這家公司發佈了新的芯片和配套軟件，用戶可以在網絡上觀看演示視頻。', '工程師說，新芯片的功耗比上一代低三成，軟件也做了優化。'];

describe('content key', () => {
  it('is the same for a copy in the other script or the other region’s words', () => {
    const key = keyOf(MAINLAND);
    expect(keyOf(TAIWAN_SIMPLIFIED)).toBe(key);
    expect(keyOf(TAIWAN_TRADITIONAL)).toBe(key);
    expect(keyOf(MAINLAND_TRADITIONAL)).toBe(key);
    expect(keyOf(MAINLAND.map((p) => p.replaceAll('，', '， '))), 'whitespace').toBe(key);
  });

  it('differs for articles that say something else', () => {
    const key = keyOf(MAINLAND);
    // One number, one product, one more sentence: other articles, however alike.
    expect(keyOf([MAINLAND[0]!, MAINLAND[1]!.replace('三成', '两成')])).not.toBe(key);
    expect(keyOf([MAINLAND[0]!.replace('新的芯片和配套软件', '新的软件和配套芯片'), MAINLAND[1]!])).not.toBe(key);
    expect(keyOf([...MAINLAND, '首批产品将于下月交付。'])).not.toBe(key);
    // Words that are different words, not one word in two regions' usage: 支持 (support) and 支援 (aid) in news.
    expect(keyOf(['市民支持这项计划。'])).not.toBe(keyOf(['市民支援这项计划。']));
    expect(keyOf(['他们发布了一段视频。'])).not.toBe(keyOf(['他们发布了一部电影。']));
  });

  it('lets the folder keep one page for a Taiwan copy and report it as a duplicate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianfan-dup-'));
    writeFileSync(join(dir, 'a-mainland.md'), md('公司发布新芯片', MAINLAND));
    writeFileSync(join(dir, 'b-taiwan.md'), md('公司發佈新晶片', TAIWAN_TRADITIONAL));
    writeFileSync(join(dir, 'c-other.md'), md('公司发布新芯片', [MAINLAND[0]!, MAINLAND[1]!.replace('三成', '两成')]));
    const result = ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: false });
    expect(result.articles.map((a) => a.file)).toEqual(['a-mainland.md', 'c-other.md']);
    expect(buildReport(result, dir).duplicates).toEqual([{ file: 'b-taiwan.md', sameAs: 'a-mainland.md' }]);
  });
});
