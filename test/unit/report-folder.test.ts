/** The editors' report folder: beside the output, an index and a page per seed, each written again only when what it shows changed. */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportDirFor, writeReportFolder } from '../../src/integrations/seed-report.ts';
import { ingestSeed } from '../../src/pipeline/ingest/seed.ts';
import { buildReport } from '../../src/pipeline/ingest/report.ts';

const SCRAPE = [
  '首页 > 社会 > 正文',
  '城市春季植树活动启动 <b>志愿者</b>种下新树苗',
  '2026-03-04 05:06:07 来源：晨光日报',
  '三月四日上午，城市春季植树活动在滨江公园启动，来自各区的两百多名志愿者参加了活动,大家干劲十足。',
  '活动组织者表示，今年计划在全市种植一万棵树，重点补种道路两旁和老旧小区的绿地。',
].join('\n');

describe('report folder', () => {
  it('goes beside the output folder unless JIANFAN_REPORT_DIR names one', () => {
    expect(reportDirFor('/site/dist', '/site', undefined)).toBe('/site/dist-report');
    expect(reportDirFor('/site/dist', '/site', 'reports')).toBe('/site/reports');
  });

  it("holds report.json, an index linking every seed, and each seed's lines, escaped; files of an older report are removed", () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'jianfan-report-')), 'dist-report');
    mkdirSync(dir);
    writeFileSync(join(dir, 'stale.html'), 'old');
    const seed = ingestSeed('tree.txt', Buffer.from(SCRAPE), { timeZone: '+08:00' });
    const report = buildReport(
      { articles: [], reports: [seed.report], traces: { 'tree.txt': seed.trace! }, duplicates: [], skipped: [], warnings: [] },
      '/seeds',
    );
    writeReportFolder(dir, report, { fresh: { 'tree.txt': seed.trace! } });
    expect(readdirSync(dir).sort()).toEqual(['.pages.json', 'index.html', 'report.json', `${seed.report.slug}.html`].sort());
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(`href="${seed.report.slug}.html"`);
    const page = readFileSync(join(dir, `${seed.report.slug}.html`), 'utf8');
    expect(page).toContain('&#60;b&#62;志愿者');
    expect(page).not.toContain('<b>志愿者');
    expect(page).toMatch(/<td>punctuation<\/td>/);
  });

  it('writes a page again only when its seed report or trace changed, reading a cached trace only then', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'jianfan-report-')), 'dist-report');
    const one = ingestSeed('tree.txt', Buffer.from(SCRAPE), { timeZone: '+08:00' });
    const two = ingestSeed('park.txt', Buffer.from(SCRAPE.replace('植树', '种花')), { timeZone: '+08:00' });
    const reportOf = (...seeds: (typeof one)[]) =>
      buildReport({ articles: [], reports: seeds.map((s) => s.report), traces: {}, duplicates: [], skipped: [], warnings: [] }, '/seeds');
    const cache: Record<string, typeof one.trace> = { k1: one.trace, k2: two.trace };
    const read: string[] = [];
    const traces = (fresh: Record<string, NonNullable<typeof one.trace>>) => ({
      fresh,
      keys: { 'tree.txt': 'k1', 'park.txt': 'k2' },
      version: 'v1',
      cached: (key: string) => (read.push(key), cache[key]),
    });
    const pageOf = (s: typeof one) => join(dir, `${s.report.slug}.html`);
    expect(writeReportFolder(dir, reportOf(one, two), traces({ 'tree.txt': one.trace!, 'park.txt': two.trace! }))).toEqual({ written: 2, kept: 0 });
    expect(read).toEqual([]);
    const first = statSync(pageOf(one)).ino;
    writeFileSync(pageOf(two), 'edited by hand');
    // The next build read both seeds from the cache: one page is as it was, the other (edited) is written again from the cached trace.
    expect(writeReportFolder(dir, reportOf(one, two), traces({}))).toEqual({ written: 1, kept: 1 });
    expect(statSync(pageOf(one)).ino).toBe(first);
    expect(read).toEqual(['k2']);
    expect(readFileSync(pageOf(two), 'utf8')).toContain('种花');
    // A changed seed report (a new warning) writes its page again, from the cached trace; a seed gone loses its page.
    const warned = { ...one, report: { ...one.report, warnings: [...one.report.warnings, 'a new warning'] } };
    expect(writeReportFolder(dir, reportOf(warned), traces({}))).toEqual({ written: 1, kept: 0 });
    expect(read).toEqual(['k2', 'k1']);
    expect(readFileSync(pageOf(one), 'utf8')).toContain('a new warning');
    expect(readFileSync(pageOf(one), 'utf8')).toMatch(/<td>punctuation<\/td>/);
    expect(readdirSync(dir).sort()).toEqual(['.pages.json', 'index.html', 'report.json', `${one.report.slug}.html`].sort());
    // Another pipeline version writes every page again; a trace missing from the cache fails, naming the seed.
    expect(writeReportFolder(dir, reportOf(warned), { ...traces({}), version: 'v2' })).toEqual({ written: 1, kept: 0 });
    expect(() => writeReportFolder(dir, reportOf(warned), { ...traces({}), version: 'v3', cached: () => undefined })).toThrow(
      /tree\.txt.*missing from the ingest cache/,
    );
  });
});
