import { describe, expect, it } from 'vitest';
import { blockTexts } from '../../src/pipeline/article.ts';
import { ingestSeed } from '../../src/pipeline/ingest/seed.ts';
import { forTerminal, removeControls } from '../../src/pipeline/repair/controls.ts';
import { buildReport, formatReportTable } from '../../src/pipeline/ingest/report.ts';

const ESC = '\x1b';
const RLO = '\u202e';

describe('removeControls', () => {
  it('removes whole ANSI sequences, bidi controls, noncharacters and stray controls', () => {
    expect(removeControls(`${ESC}[31;1m红色${ESC}[0m标题${ESC}]0;title\x07`)).toEqual({ text: '红色标题', count: 3 });
    expect(removeControls(`${RLO}题标\u202c与\u2066隔离\u2069`).text).toBe('题标与隔离');
    expect(removeControls('甲\ufffe乙\uffff丙\u{10fffe}丁\ufdd0').text).toBe('甲乙丙丁');
    expect(removeControls('a\x00b\x07c\x7fd\x9be\u200bf\ufeffg').text).toBe('abcdefg');
  });
  it('turns NEL and the Unicode line separators into line breaks', () => {
    expect(removeControls('一行\u0085二行\u2028三行\u2029四行').text).toBe('一行\n二行\n三行\n四行');
  });
  it('keeps tabs, line ends, joiners and variation selectors', () => {
    const text = '甲\t乙\r\n丙\n👩\u200d💻 葛\udb40\udd00 \u200c';
    expect(removeControls(text)).toEqual({ text, count: 0 });
  });
});

describe('forTerminal', () => {
  it('writes controls as visible escapes', () => {
    expect(forTerminal(`a\nb${ESC}[2J${RLO}c\u0085`)).toBe('a\\nb\\x1b[2J\\u202ec\\x85');
    expect(forTerminal('普通的标题')).toBe('普通的标题');
  });
});

describe('control characters in seeds', () => {
  const markdown = [
    '---',
    `title: "\\u202E倒过来的标题 \\e[31m红"`,
    'published: "2026-05-12T09:30:00+08:00"',
    `author: 记者${ESC}[1m甲`,
    'source: 日报\u0085社',
    'description: "摘要\\uFFFE"',
    '---',
    `正文${RLO}第一段&#x202E;和${ESC}[2J结束。`,
    '',
  ].join('\n');

  it('leaves none in any field or body text, whether written raw, as a YAML escape or as a character reference', () => {
    const { article, report } = ingestSeed('bidi.md', Buffer.from(markdown), { timeZone: '+08:00' });
    expect(article.title).toBe('倒过来的标题 红');
    expect(article.author).toBe('记者甲');
    expect(article.source).toBe('日报\n社');
    expect(article.description).toBe('摘要');
    expect(blockTexts(article.body)).toEqual(['正文第一段和结束。']);
    expect(report.repairs.controls).toBe(8);
    expect(report.warnings).toContain('8 control or format character(s) removed (ANSI escapes, bidirectional overrides, noncharacters)');
  });

  it('leaves none in a scrape: headline, header line and body', () => {
    const scrape = [
      `${ESC}[31m港口扩建工程${RLO}正式开工 预计三年完成${ESC}[0m`,
      '',
      `2026-05-12 09:30 来源：晨光日报\ufffe 作者：赵一鸣`,
      '',
      `本市港口的扩建工程今天正式开工\u200b预计三年以后完成，届时吞吐能力会明显提高。`,
      '',
      '负责人表示，工程期间码头会照常运作，附近居民的生活不会受到太大影响，夜间施工也会尽量减少噪音。',
    ].join('\n');
    const { article, report } = ingestSeed('ansi.txt', Buffer.from(scrape), { timeZone: '+08:00' });
    expect(article.title).toBe('港口扩建工程正式开工 预计三年完成');
    expect(article.source).toBe('晨光日报');
    expect(JSON.stringify(article)).not.toMatch(/[\u001b\u202e\ufffe\u200b]/);
    expect(report.repairs.controls).toBe(5);
  });

  it('prints file names and text to the terminal escaped', () => {
    const dir = '/seeds';
    const table = formatReportTable(
      buildReport(
        {
          articles: [],
          reports: [],
          traces: {},
          duplicates: [],
          skipped: [{ file: `bad\nname${ESC}[2J.txt`, line: undefined, reason: 'empty file' }],
          warnings: [`odd${ESC}]0;x\x07.docx: not a .txt or .md seed; ignored`],
        },
        dir,
      ),
    );
    expect(table).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(table).toContain('skipped bad\\nname\\x1b[2J.txt: empty file');
    expect(table).toContain('warning: odd\\x1b]0;x\\x07.docx');
  });
});
