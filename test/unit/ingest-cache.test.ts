import { mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileCache, pipelineVersion, pruneFileCache } from '../../src/pipeline/ingest/cache.ts';
import { buildReport, formatReportTable } from '../../src/pipeline/ingest/report.ts';
import { bodyOpening, readBody } from '../../src/render/body-store.ts';
import { ingestFolder, seedCacheName } from '../../src/pipeline/ingest/folder.ts';
import { tmpBodies } from '../helpers/bodies.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'jianfan-cache-'));
const MD = '---\ntitle: 缓存测试\npublished: "2026-01-01T08:00:00+08:00"\nauthor: 甲\nsource: 乙\n---\n这是一段用来测试缓存的正文。\n';

describe('ingest cache', () => {
  it('keys on name, bytes and pipeline version', () => {
    const a = createFileCache(tmp(), 'v1');
    const b = createFileCache(tmp(), 'v2');
    const bytes = Buffer.from('x');
    expect(a.key('f.txt', bytes)).toBe(a.key('f.txt', Buffer.from('x')));
    expect(a.key('f.txt', bytes)).not.toBe(a.key('g.txt', bytes));
    expect(a.key('f.txt', bytes)).not.toBe(a.key('f.txt', Buffer.from('y')));
    expect(a.key('f.txt', bytes)).not.toBe(b.key('f.txt', bytes));
  });

  it('changes version when a pipeline source file changes', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub/a.ts'), 'export const a = 1;');
    const before = pipelineVersion(dir);
    expect(pipelineVersion(dir)).toBe(before);
    writeFileSync(join(dir, 'sub/a.ts'), 'export const a = 2;');
    expect(pipelineVersion(dir)).not.toBe(before);
  });

  it('serves a rebuild from the cache instead of ingesting again', () => {
    const seeds = tmp();
    writeFileSync(join(seeds, 'a.md'), MD);
    const cacheDir = tmp();
    const cache = createFileCache(cacheDir, 'v1');
    const bodies = tmpBodies();
    const first = ingestFolder(seeds, { timeZone: '+08:00', lenient: false, cache, bodies });
    expect(first.articles[0]!.title).toBe('缓存测试');
    // Tamper with the cached entry: a second build must return what the cache holds.
    const key = cache.key(seedCacheName('a.md', { timeZone: '+08:00', modified: statSync(join(seeds, 'a.md')).mtime }), readFileSync(join(seeds, 'a.md')));
    const entry = cache.get(key)!;
    entry.article.title = '来自缓存';
    cache.set(key, entry);
    const second = ingestFolder(seeds, { timeZone: '+08:00', lenient: false, cache, bodies });
    expect(second.articles[0]!.title).toBe('来自缓存');
    // A changed seed misses the cache.
    writeFileSync(join(seeds, 'a.md'), MD.replace('缓存测试', '新标题'));
    expect(ingestFolder(seeds, { timeZone: '+08:00', lenient: false, cache, bodies }).articles[0]!.title).toBe('新标题');
  });

  it('tells which seeds came from the cache, and the rebuilt table lists only the others', () => {
    const seeds = tmp();
    writeFileSync(join(seeds, 'a.md'), MD);
    const cache = createFileCache(tmp(), 'v1');
    const bodies = tmpBodies();
    const cold = ingestFolder(seeds, { timeZone: '+08:00', lenient: false, cache, bodies });
    expect(cold.unchanged).toEqual([]);
    expect(formatReportTable(buildReport(cold, seeds), { unchanged: new Set(cold.unchanged) })).toMatch(/\na\.md\s+markdown/);
    // One article added, the way an editor adds one.
    writeFileSync(join(seeds, 'b.md'), MD.replace('缓存测试', '另一篇').replace('这是', '那是'));
    const rebuilt = ingestFolder(seeds, { timeZone: '+08:00', lenient: false, cache, bodies });
    expect(rebuilt.unchanged).toEqual(['a.md']);
    // The opening related articles compare comes with every seed, cached or not: what the stored body begins with.
    for (const result of [cold, rebuilt]) {
      const a = result.articles.find((x) => x.file === 'a.md')!;
      expect(result.openings.get('a.md')).toBe(bodyOpening(readBody(a.bodyFile, 'zh-hans')));
      expect(result.openings.get('a.md')).toContain('这是一段用来测试缓存的正文');
    }
    expect(rebuilt.openings.get('b.md')).toContain('那是一段');
    const table = formatReportTable(buildReport(rebuilt, seeds), { unchanged: new Set(rebuilt.unchanged) });
    expect(table).toMatch(/\nb\.md\s+markdown/);
    expect(table).not.toContain('a.md');
    expect(table).toContain('1 seed(s) unchanged since they were ingested, not listed (0 with warnings)');
    expect(table).toContain('2 article(s) from 2 seed(s)');
  });

  it('prunes the entries a build neither read nor wrote', () => {
    const seeds = tmp();
    writeFileSync(join(seeds, 'a.md'), MD);
    writeFileSync(join(seeds, 'b.md'), MD.replace('缓存测试', '另一篇').replace('这是', '那是'));
    const cacheDir = tmp();
    const cache = createFileCache(cacheDir, 'v1');
    const bodies = tmpBodies();
    ingestFolder(seeds, { timeZone: '+08:00', lenient: false, cache, bodies });
    const entries = readdirSync(cacheDir);
    expect(entries).toHaveLength(2);
    // Both entries age; then b.md is deleted and the next build reads a.md only.
    const old = new Date(Date.now() - 3_600_000);
    for (const name of entries) utimesSync(join(cacheDir, name), old, old);
    writeFileSync(join(seeds, 'b.md'), ''); // emptied: no longer a valid seed
    const buildStart = new Date(Date.now() - 1000);
    ingestFolder(seeds, { timeZone: '+08:00', lenient: true, cache, bodies });
    expect(pruneFileCache(cacheDir, buildStart)).toBe(1);
    const left = readdirSync(cacheDir);
    expect(left).toHaveLength(1);
    expect(
      cache.get(cache.key(seedCacheName('a.md', { timeZone: '+08:00', modified: statSync(join(seeds, 'a.md')).mtime }), readFileSync(join(seeds, 'a.md'))))
        ?.article.title,
    ).toBe('缓存测试');
  });
});
