import { describe, expect, it } from 'vitest';
import { hasToneMark, matchReading, normalisePinyin, readingsOf, removeFlattenedRuby, stripTones } from '../../src/pipeline/repair/ruby.ts';

describe('removeFlattenedRuby: removes readings', () => {
  it('traditional characters with tone-marked readings', () => {
    expect(removeFlattenedRuby('這(zhè)次會(huì)議討論(lùn)預(yù)算')).toEqual({
      text: '這次會議討論預算',
      count: 4,
    });
  });

  it('simplified characters and full-width parentheses', () => {
    expect(removeFlattenedRuby('银（yín）行（háng）')).toEqual({ text: '银行', count: 2 });
  });

  it('polyphonic characters accept any of their readings', () => {
    expect(removeFlattenedRuby('銀行(háng)、行(xíng)動、長(zhǎng)大、長(cháng)度').count).toBe(4);
  });

  it('ü written as v or with combining marks', () => {
    expect(removeFlattenedRuby('綠(lǜ)色').text).toBe('綠色');
    expect(removeFlattenedRuby('綠(lv̀)色').text).toBe('綠色');
    expect(removeFlattenedRuby('女(nǚ)生').text).toBe('女生');
  });

  it('upper-case readings (sentence start) are recognised', () => {
    expect(removeFlattenedRuby('國(Guó)家').text).toBe('國家');
  });

  it('traditional-only characters are looked up through their simplified form', () => {
    // pinyin-pro knows 們 only as mén; the neutral men comes from 们.
    expect(readingsOf('們').has('men')).toBe(true);
    expect(removeFlattenedRuby('我們(men)來(lái)了').text).toBe('我們來了');
  });

  it('neutral-tone readings are removed only when the text has tone-marked ruby', () => {
    expect(removeFlattenedRuby('他們(men)說').text).toBe('他們(men)說');
    expect(removeFlattenedRuby('他們(men)說(shuō)').text).toBe('他們說');
    expect(removeFlattenedRuby('好的(de)，謝(xiè)謝').text).toBe('好的，謝謝');
  });
});

describe('removeFlattenedRuby: leaves legitimate parentheses', () => {
  const keep = [
    '某公司(600000.SH)今日上市',
    '營收(5230億)創新高',
    '(作者 張某某)',
    '某公司(abc)發布',
    '方案(a)與方案(b)',
    '中(ma)文', // a pinyin syllable, but not a reading of 中
    '人(ren)口', // toneless, no tone-marked ruby elsewhere
    '中(ān)國', // tone-marked syllable that is not a reading of 中
    'GPU(shì)芯片', // parenthesis after a Latin letter
    '2025(nián)', // after a digit
    '北京(Beijing)報道', // a word, not one syllable of 京
    '京(jīngjīng)', // two syllables after one character
    '中()文',
  ];
  for (const text of keep) {
    it(text, () => {
      expect(removeFlattenedRuby(text)).toEqual({ text, count: 0 });
    });
  }

  it('mixed: removes only the readings', () => {
    const input = '據(jù)報道，某公司(600000.SH)營收(5230億)，(作者 張某某)';
    expect(removeFlattenedRuby(input)).toEqual({
      text: '據報道，某公司(600000.SH)營收(5230億)，(作者 張某某)',
      count: 1,
    });
  });
});

describe('helpers', () => {
  it('normalisePinyin / stripTones / hasToneMark', () => {
    expect(normalisePinyin('LV')).toBe('lü');
    expect(normalisePinyin('nu:')).toBe('nü');
    expect(stripTones('lǜ')).toBe('lü');
    expect(stripTones('zhōng')).toBe('zhong');
    expect(hasToneMark('zhōng')).toBe(true);
    expect(hasToneMark('lü')).toBe(false);
  });

  it('matchReading', () => {
    expect(matchReading('經', 'jīng')).toBe('toned');
    expect(matchReading('經', 'jing')).toBe('toneless');
    expect(matchReading('經', 'jǐng')).toBeUndefined();
    expect(matchReading('經', 'abc')).toBeUndefined();
  });
});
