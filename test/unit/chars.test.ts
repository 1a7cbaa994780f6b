import { describe, expect, it } from 'vitest';
import {
  BMP_HAN_SLOTS,
  bmpHanIndex,
  FIRST_HAN_CODE,
  FULL_WIDTH_OF,
  FUNCTION_CHARS,
  foldFullWidth,
  HAN,
  hasHan,
  isCjkPunctuation,
  isHanOrCjkMark,
  PROSE_PUNCTUATION,
} from '../../src/pipeline/chars.ts';
import * as browserChars from '../../src/search/shared/chars.ts';

describe('Han detection', () => {
  it('finds Han in every block: unified, Extension A, Extension B and beyond, compatibility, 〇 and 々', () => {
    // 中 U+4E2D, 㐀 U+3400 (Ext A), 䶵 U+4DB5 (Ext A), 𠀀 U+20000 and 𠮷 U+20BB7 (Ext B), 𪜀 U+2A700 (Ext C), 豈 U+F900 (compatibility).
    for (const ch of ['中', '㐀', '䶵', '𠀀', '𠮷', '𪜀', '豈', '〇', '々']) expect(hasHan(ch), ch).toBe(true);
  });

  it('finds none in kana, hangul, Latin, digits, or CJK punctuation', () => {
    for (const ch of ['あ', 'ア', '한', 'a', 'Ａ', '1', '１', '，', '。', '「', '　', '·']) expect(hasHan(ch), ch).toBe(false);
  });

  it('finds Han anywhere in a text', () => {
    expect(hasHan('GPU 芯片')).toBe(true);
    expect(hasHan('GPU 2026')).toBe(false);
  });

  it('has no Han code point below FIRST_HAN_CODE, and that one is Han', () => {
    expect(hasHan(String.fromCodePoint(FIRST_HAN_CODE))).toBe(true);
    for (let code = 0; code < FIRST_HAN_CODE; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      if (HAN.test(String.fromCodePoint(code))) throw new Error(`U+${code.toString(16)} is Han`);
    }
  });

  it('is the same table for the browser and the pipeline', () => {
    expect(browserChars.HAN).toBe(HAN);
    expect(browserChars.hasHan).toBe(hasHan);
  });
});

describe('full-width forms', () => {
  it('folds full-width letters and digits to ASCII and the ideographic space to a space', () => {
    expect(foldFullWidth('ＧＰＵ１２３　ａｚ')).toBe('GPU123 az');
  });

  it('keeps full-width punctuation and Han as they are', () => {
    expect(foldFullWidth('芯片，（）！？：；')).toBe('芯片，（）！？：；');
  });

  it('maps each ASCII mark to the full-width mark Chinese text writes', () => {
    expect(FULL_WIDTH_OF).toEqual({ '!': '！', ',': '，', ':': '：', ';': '；', '?': '？', '(': '（', ')': '）' });
  });
});

describe('CJK punctuation', () => {
  it('isCjkPunctuation: CJK and general punctuation, full-width forms, the middle dot', () => {
    for (const ch of ['，', '。', '、', '「', '』', '（', '！', '·', '…', '—', '　']) expect(isCjkPunctuation(ch), ch).toBe(true);
    for (const ch of [',', '.', 'a', '中', '1', ' ']) expect(isCjkPunctuation(ch), ch).toBe(false);
  });

  it('isHanOrCjkMark: Han, CJK punctuation, vertical and compatibility forms, but not full-width letters or digits', () => {
    // ︰ U+FE30 and ﹁ U+FE41: CJK compatibility forms; ︐ U+FE10: a vertical comma.
    for (const ch of ['中', '𠮷', '。', '，', '「', '）', '　', '︰', '﹁', '︐']) expect(isHanOrCjkMark(ch), ch).toBe(true);
    for (const ch of ['a', '1', ',', '"', ' ', 'Ａ', '１', 'あ']) expect(isHanOrCjkMark(ch), ch).toBe(false);
  });

  it('PROSE_PUNCTUATION holds the marks of prose and no Latin punctuation', () => {
    for (const ch of ['，', '。', '“', '」', '《', '（', '～']) expect(PROSE_PUNCTUATION.has(ch), ch).toBe(true);
    for (const ch of [',', '.', '"', '(', '中']) expect(PROSE_PUNCTUATION.has(ch), ch).toBe(false);
  });
});

describe('function characters', () => {
  it('holds particles and pronouns in both scripts, not content characters', () => {
    for (const ch of ['的', '了', '们', '們', '这', '這']) expect(FUNCTION_CHARS.has(ch), ch).toBe(true);
    for (const ch of ['国', '經', '芯', 'a']) expect(FUNCTION_CHARS.has(ch), ch).toBe(false);
  });
});

describe('BMP Han index', () => {
  it('numbers Extension A and the unified block from 0, then the compatibility block', () => {
    expect(bmpHanIndex(0x3400)).toBe(0);
    expect(bmpHanIndex(0x4e00)).toBe(0x1a00);
    expect(bmpHanIndex(0x9fff)).toBe(0x6bff);
    expect(bmpHanIndex(0xf900)).toBe(0x6c00);
    expect(bmpHanIndex(0xfaff)).toBe(BMP_HAN_SLOTS - 1);
  });

  it('has no index outside those blocks (Extension B is beyond the BMP)', () => {
    for (const code of [0x33ff, 0xa000, 0xf8ff, 0xfb00, 0x3000, 0x41, 0x20000]) expect(bmpHanIndex(code), code.toString(16)).toBe(-1);
  });
});
