import { describe, expect, it } from 'vitest';
import { detectScript, toCanonical } from '../../src/pipeline/script.ts';

describe('toCanonical', () => {
  it('converts traditional text to simplified, reading reviewed Taiwan words as the mainland words', () => {
    expect(toCanonical('這個軟體發展很快，頭髮')).toBe('这个软件发展很快，头发');
    expect(toCanonical('這個軟體動物，那部影片')).toBe('这个软体动物，那部影片');
  });
  it('normalises a half-finished conversion (simplified forms left in traditional text)', () => {
    expect(toCanonical('後來他們于是决定在台灣發展')).toBe('后来他们于是决定在台湾发展');
  });
  it('is idempotent on simplified text and leaves Latin, digits and punctuation alone', () => {
    const text = '2026年，DeepSeek发布了R1模型（400G），速度为1微秒。';
    expect(toCanonical(text)).toBe(text);
  });
});

describe('detectScript', () => {
  it('recognises simplified, traditional, mixed and none', () => {
    expect(detectScript('这个国家的经济发展很快').script).toBe('simplified');
    expect(detectScript('這個國家的經濟發展很快').script).toBe('traditional');
    expect(detectScript('這個國家的經濟发展很快，这个国家').script).toBe('mixed');
    expect(detectScript('Hello 2026').script).toBe('none');
  });
  it('counts characters of each script', () => {
    const profile = detectScript('國家国家');
    expect(profile.traditional).toBe(1);
    expect(profile.simplified).toBe(1);
  });
  it('reads characters outside the BMP as one character each', () => {
    // 𠮷 (U+20BB7) and emoji are neither script's; the characters after them still count.
    const profile = detectScript('𠮷國😀家国𠮷');
    expect([profile.traditional, profile.simplified]).toEqual([1, 1]);
    expect(detectScript('𠮷𠮷𠮷').script).toBe('none');
  });
});
