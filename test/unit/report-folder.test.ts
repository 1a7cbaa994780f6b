/** The editors' report folder: beside the output, an index and a page per seed, swapped in whole. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
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

  it("holds report.json, an index linking every seed, and each seed's lines, escaped; an older report is replaced whole", () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'jianfan-report-')), 'dist-report');
    mkdirSync(dir);
    writeFileSync(join(dir, 'stale.html'), 'old');
    const seed = ingestSeed('tree.txt', Buffer.from(SCRAPE), { timeZone: '+08:00' });
    const report = buildReport(
      { articles: [], reports: [seed.report], traces: { 'tree.txt': seed.trace! }, duplicates: [], skipped: [], warnings: [] },
      '/seeds',
    );
    writeReportFolder(dir, report, { 'tree.txt': seed.trace! });
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'report.json', `${seed.report.slug}.html`].sort());
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(`href="${seed.report.slug}.html"`);
    const page = readFileSync(join(dir, `${seed.report.slug}.html`), 'utf8');
    expect(page).toContain('&#60;b&#62;志愿者');
    expect(page).not.toContain('<b>志愿者');
    expect(page).toMatch(/<td>punctuation<\/td>/);
  });
});
