/** The editor's view of one seed (`npm run inspect`): every line and what it became, repairs before → after, seed text escaped. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestSeed } from '../../src/pipeline/ingest/seed.ts';
import { escapeForTerminal, formatTraceHtml, formatTraceText } from '../../src/pipeline/trace-view.ts';

const SCRAPE = [
  '首页 > 社会 > 正文',
  '城市春季植树活动启动 志愿者种下新树苗',
  '2026-03-04 05:06:07 来源：晨光日报 作者：赵一鸣',
  '分享到：微信 微博',
  '志愿者在公园种树。资料图片',
  '三月四日上午，城市春季植树活动在滨江公园启动，来自各区的两百多名志愿者参加了活动,大家干劲十足。',
  '活动组织者表示，今年计划在全市种植一万棵树，重点补种道路两旁和老旧小区的绿地。',
  '责任编辑：钱二\u001b[31m',
].join('\n');

describe('trace view', () => {
  const seed = ingestSeed('plant.txt', Buffer.from(SCRAPE), { timeZone: '+08:00' });
  const text = formatTraceText(seed, false);

  it('names what every line became', () => {
    expect(text).toMatch(/^\s+1\s+dropped: navigation\s+首页/mu);
    expect(text).toMatch(/^\s+2\s+title\s+城市春季植树活动启动/mu);
    expect(text).toMatch(/^\s+5\s+dropped: caption\s+志愿者在公园种树/mu);
    expect(text).toMatch(/^\s+6\s+body\s+三月四日上午/mu);
    expect(text).toMatch(/^\s+8\s+dropped: editor/mu);
  });

  it('shows each repair as before → after', () => {
    expect(text).toMatch(/6\s+punctuation\s+.*活动,大家[\s\S]*→ .*活动，大家/u);
  });

  it('never hands a control character of the seed to the terminal, nor seed text to HTML as markup', () => {
    expect(text).not.toContain('\u001b');
    expect(escapeForTerminal('a\u001b[31mb\u202e')).toBe('a\\u{1b}[31mb\\u{202e}');
    const html = formatTraceHtml(
      ingestSeed('x.txt', Buffer.from(SCRAPE.replace('志愿者在公园种树', '<script>alert(1)</script>志愿者')), { timeZone: '+08:00' }),
    );
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&#60;script&#62;');
  });

  // A child Node process starting on a loaded 2-core machine needs more than the default 5 s.
  it('runs as `npm run inspect` on a file and prints the same view', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianfan-inspect-'));
    writeFileSync(join(dir, 'plant.txt'), SCRAPE);
    const run = spawnSync(process.execPath, ['src/pipeline/inspect.ts', join(dir, 'plant.txt')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/title:\s+城市春季植树活动启动/u);
    expect(run.stdout).toMatch(/dropped: caption/u);
  });
});
