/**
 * Dictionary readings for the reader's ruby (src/scripts/reading/readings.ts):
 * the expected readings are the dictionaries' standard ones, written here by
 * hand (拼音 per 现代汉语词典, 注音 by the usual pinyin correspondence, 粵拼 per LSHK).
 */
import { describe, expect, it } from 'vitest';
import { readingsOf, zhuyinOf } from '../../src/scripts/reading/readings.ts';

const only = async (variant: Parameters<typeof readingsOf>[0], text: string) =>
  (await readingsOf(variant, text)).filter(([, r]) => r !== null).map(([t, r]) => `${t}:${r}`);

describe('拼音 on zh-hans', () => {
  it('reads a polyphone by its word: 银行 háng, 行走 xíng, 长大 zhǎng, 长江 cháng', async () => {
    expect(await only('zh-hans', '银行')).toEqual(['银:yín', '行:háng']);
    expect(await only('zh-hans', '他行走')).toEqual(['他:tā', '行:xíng', '走:zǒu']);
    expect(await only('zh-hans', '长大')).toEqual(['长:zhǎng', '大:dà']);
    expect(await only('zh-hans', '长江')).toEqual(['长:cháng', '江:jiāng']);
  });

  it('gives no reading to punctuation, Latin or digits, and gives back the text whole', async () => {
    const text = '“万卡”时代：GPU，2025年。';
    const readings = await readingsOf('zh-hans', text);
    expect(readings.map(([t]) => t).join('')).toBe(text);
    expect(readings.filter(([t]) => /[^\p{Script=Han}]/u.test(t)).every(([, r]) => r === null)).toBe(true);
    expect(await only('zh-hans', text)).toEqual(['万:wàn', '卡:kǎ', '时:shí', '代:dài', '年:nián']);
  });

  it('reads a text without Han as itself, with no reading', async () => {
    expect(await readingsOf('zh-hans', 'GPU 2025')).toEqual([['GPU 2025', null]]);
  });
});

describe('注音 on zh-tw', () => {
  it('reads traditional text in its simplified words, so context still decides: 銀行 ㄏㄤˊ, 還是 ㄏㄞˊ, 長大 ㄓㄤˇ', async () => {
    expect(await only('zh-tw', '銀行')).toEqual(['銀:ㄧㄣˊ', '行:ㄏㄤˊ']);
    expect(await only('zh-tw', '他行走')).toEqual(['他:ㄊㄚ', '行:ㄒㄧㄥˊ', '走:ㄗㄡˇ']);
    expect(await only('zh-tw', '還是')).toEqual(['還:ㄏㄞˊ', '是:ㄕˋ']);
    expect(await only('zh-tw', '長大')).toEqual(['長:ㄓㄤˇ', '大:ㄉㄚˋ']);
  });

  it('writes ü, zh/ch/sh, -ong and the neutral tone as Zhuyin does (˙ first)', async () => {
    expect(await only('zh-tw', '綠色')).toEqual(['綠:ㄌㄩˋ', '色:ㄙㄜˋ']);
    expect(await only('zh-tw', '學習')).toEqual(['學:ㄒㄩㄝˊ', '習:ㄒㄧˊ']);
    expect(await only('zh-tw', '中國')).toEqual(['中:ㄓㄨㄥ', '國:ㄍㄨㄛˊ']);
    expect(await only('zh-tw', '我的')).toEqual(['我:ㄨㄛˇ', '的:˙ㄉㄜ']);
    expect(await only('zh-tw', '熊')).toEqual(['熊:ㄒㄩㄥˊ']);
  });

  it('keeps the characters as written, traditional', async () => {
    const text = '國產算力邁入「萬卡」時代';
    expect((await readingsOf('zh-tw', text)).map(([t]) => t).join('')).toBe(text);
  });

  it('gives no Zhuyin for a syllable the table lacks', async () => {
    expect(await zhuyinOf('ń')).toBeNull();
    expect(await zhuyinOf('hǎo')).toBe('ㄏㄠˇ');
  });
});

describe('粵拼 on zh-hk', () => {
  it('reads Cantonese in context: 銀行 hong4, 行路 haang4', async () => {
    expect(await only('zh-hk', '銀行')).toEqual(['銀:ngan4', '行:hong4']);
    expect(await only('zh-hk', '行路')).toEqual(['行:haang4', '路:lou6']);
    expect(await only('zh-hk', '香港')).toEqual(['香:hoeng1', '港:gong2']);
  });
});
