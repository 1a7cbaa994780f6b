import { describe, expect, it } from 'vitest';
import { dateTimeProblem, isCalendarDate } from '../../src/pipeline/calendar.ts';
import { findTimes } from '../../src/pipeline/extract/time.ts';
import { ingestSeed } from '../../src/pipeline/ingest/seed.ts';
import { SeedError } from '../../src/pipeline/errors.ts';

const OPTIONS = { timeZone: '+08:00' };
const markdown = (published: string, updated?: string) =>
  `---\ntitle: 标题\npublished: "${published}"\n${updated ? `updated: "${updated}"\n` : ''}author: 甲\nsource: 乙\n---\n正文在这里。\n`;
const scrape = (time: string) =>
  [
    '港口扩建工程正式开工 预计三年完成',
    '',
    `${time} 来源：晨光日报 作者：赵一鸣`,
    '',
    '本市港口的扩建工程今天正式开工，预计三年以后完成，届时吞吐能力会明显提高。',
    '',
    '负责人表示，工程期间码头会照常运作，附近居民的生活不会受到太大影响。',
  ].join('\n');

function reasonOf(file: string, text: string): string {
  try {
    ingestSeed(file, Buffer.from(text), OPTIONS);
  } catch (error) {
    if (error instanceof SeedError) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('isCalendarDate', () => {
  it('knows month lengths and leap years', () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2026, 2, 29)).toBe(false);
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2026, 4, 31)).toBe(false);
    expect(isCalendarDate(2026, 12, 31)).toBe(true);
    expect(isCalendarDate(2026, 0, 1)).toBe(false);
  });
  it('refuses implausible years', () => {
    expect(isCalendarDate(0, 1, 1)).toBe(false);
    expect(isCalendarDate(1899, 12, 31)).toBe(false);
    expect(isCalendarDate(2100, 1, 1)).toBe(false);
  });
  it('names what is wrong with a date-time', () => {
    expect(dateTimeProblem('2026-02-30T09:00:00+08:00')).toBe('2026-02-30 is not a day of the calendar');
    expect(dateTimeProblem('0000-01-01T00:00:00Z')).toBe('year 0000 is outside 1900–2099');
    expect(dateTimeProblem('2026-05-12T24:00')).toBe('24:00 is not a time of day');
    expect(dateTimeProblem('2026-05-12T09:30:00')).toBeNull();
  });
});

describe('impossible dates are refused in every path', () => {
  it('front matter: 2026-02-30, year 0000 and an impossible updated date', () => {
    expect(reasonOf('a.md', markdown('2026-02-30T09:00:00+08:00'))).toBe('front matter field "published": 2026-02-30 is not a day of the calendar');
    expect(reasonOf('b.md', markdown('0000-01-01T00:00:00+00:00'))).toMatch(/year 0000 is outside/);
    expect(reasonOf('c.md', markdown('2026-02-28T09:00:00+08:00', '2026-02-29T09:00:00+08:00'))).toMatch(/"updated": 2026-02-29 is not a day/);
    expect(reasonOf('d.md', markdown('2024-02-29T09:00:00+08:00'))).toBe('accepted');
  });

  it('scrapes: 2026年2月31日 is no date, so the page has no publish time (the file date stands in, with a warning)', () => {
    expect(findTimes('2026年2月31日 10:00')).toEqual([]);
    expect(findTimes('2026-02-30 10:00')).toEqual([]);
    expect(findTimes('2024年2月29日 10:00')[0]?.iso).toBe('2024-02-29T10:00:00');
    const { article, report } = ingestSeed('e.txt', Buffer.from(scrape('2026年2月31日 10:00')), {
      timeZone: '+08:00',
      modified: new Date('2026-06-01T00:00:00Z'),
    });
    expect(article.published).toBe('2026-06-01T00:00:00+08:00');
    expect(report.fallbacks).toContain('published');
    expect(reasonOf('f.txt', scrape('2026年2月27日 10:00'))).toBe('accepted');
  });
});
