import { describe, expect, it } from 'vitest';
import { slugFromFileName } from '../../src/pipeline/slug.ts';

describe('slugFromFileName', () => {
  it('keeps an ASCII file name as a lower-case slug', () => {
    expect(slugFromFileName('007_ABCdef.txt')).toBe('007-abcdef');
    expect(slugFromFileName('news story.md')).toBe('news-story');
  });
  it('gives Chinese file names an ASCII slug that is stable and distinct', () => {
    const a = slugFromFileName('新闻稿.txt');
    expect(a).toMatch(/^[a-z0-9-]+$/);
    expect(slugFromFileName('新闻稿.txt')).toBe(a);
    expect(slugFromFileName('新闻.txt')).not.toBe(a);
  });
  it('keeps the ASCII part of mixed names and adds a hash', () => {
    expect(slugFromFileName('2026-报道.txt')).toMatch(/^2026-[0-9a-f]{10}$/);
  });
});
