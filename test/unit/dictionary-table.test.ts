import { describe, expect, it } from 'vitest';
import { parseTable } from '../../src/pipeline/dictionaries/table.ts';

describe('dictionary text tables', () => {
  it('reads one entry a line, the last column the rest of the line, skipping comments and blank lines', () => {
    const rows = parseTable(
      'test.ts',
      ['cn', 'tw', 'why'],
      `
      # cn  tw  why
      软件  軟體  Taiwan standard; 軟件 reads as Hong Kong

      芯片	晶片   Taiwan standard (台積電)
    `,
      [],
    );
    expect(rows).toEqual([
      { cn: '软件', tw: '軟體', why: 'Taiwan standard; 軟件 reads as Hong Kong' },
      { cn: '芯片', tw: '晶片', why: 'Taiwan standard (台積電)' },
    ]);
  });

  it('leaves an optional column out where it is -', () => {
    const rows = parseTable('test.ts', ['cn', 'tw', 'back', 'why'], '默认  預設  预设  default\n软件  軟體  -  software', ['back']);
    expect(rows).toEqual([
      { cn: '默认', tw: '預設', back: '预设', why: 'default' },
      { cn: '软件', tw: '軟體', why: 'software' },
    ]);
    expect('back' in (rows[1] ?? {})).toBe(false);
  });

  it('stops at a line with too few columns, naming the table and the line', () => {
    expect(() =>
      parseTable('boundaries.ts', ['words', 'example', 'tw', 'wrong'], '\n# header\n聚集|成群  聚集成群  聚集成群  聚整合群\n密集|成片  密集成片', []),
    ).toThrow('boundaries.ts, line 4 of the table: 2 columns where 4 are wanted (words example tw wrong): 密集|成片  密集成片');
  });

  it('stops at - in a column that must be given', () => {
    expect(() => parseTable('taiwan-news.ts', ['cn', 'tw', 'back', 'why'], '软件  -  -  software', ['back'])).toThrow(
      'taiwan-news.ts, line 1 of the table: tw must be given',
    );
  });
});
