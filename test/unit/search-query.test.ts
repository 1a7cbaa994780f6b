import { describe, expect, it } from 'vitest';
import { findRanges, fold, parseQuery } from '../../src/search/client/query.ts';

describe('fold', () => {
  it('lower-cases Latin text and leaves Han text as it is', () => {
    expect(fold('5G网络 SCALEX 万卡')).toBe('5g网络 scalex 万卡');
  });

  it('keeps every offset when a character lower-cases to two', () => {
    // U+0130 lower-cases to "i̇" (two code units): kept, so offsets still line up.
    const text = 'İSTANBUL 伊斯坦布尔';
    expect(fold(text)).toHaveLength(text.length);
    expect(fold(text)).toBe('İstanbul 伊斯坦布尔');
  });
});

describe('findRanges', () => {
  it('finds every form in the original offsets, case-insensitively', () => {
    const text = 'İ Apple 苹果 APPLE';
    const ranges = findRanges(text, ['apple', '苹果']);
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['Apple', '苹果', 'APPLE']);
  });
});

describe('parseQuery', () => {
  it('keeps quoted text as one phrase and drops stray punctuation', () => {
    expect(parseQuery('“台风 过后” 茶农 ，')).toEqual([
      { text: '台风 过后', phrase: true },
      { text: '茶农', phrase: false },
    ]);
  });
});
