/**
 * Surnames convert as names where the context or the article says they are
 * names; the same characters in ordinary words still convert.
 */
import { describe, expect, it } from 'vitest';
import { articleNames, paragraphsToBody } from '../../src/pipeline/article.ts';
import { findNames } from '../../src/pipeline/names.ts';
import { converterFor } from '../../src/pipeline/variants.ts';

const tw = converterFor('zh-tw');
const hk = converterFor('zh-hk');

describe('surnames', () => {
  it('before an honorific or a title', () => {
    expect(tw('余先生和范女士见到了于女士')).toBe('余先生和范女士見到了于女士');
    expect(tw('干先生、郁女士与钟先生')).toBe('干先生、郁女士與鍾先生');
    expect(tw('余文涛教授说')).toBe('余文濤教授說');
    expect(hk('于教授与沈先生')).toBe('于教授與沈先生');
  });

  it('after a title', () => {
    expect(tw('作家余华出席')).toBe('作家余華出席');
    expect(tw('本报记者于丹报道，作家余华出席')).toBe('本報記者于丹報道，作家余華出席');
  });

  it('where the article names the person elsewhere', () => {
    const names = findNames(['作家余华出席。'], null);
    expect(names).toEqual(['余华']);
    expect(tw('余华说，他很高兴。', names)).toBe('余華說，他很高興。');
    expect(tw('余华说', [])).toBe('餘華說');
  });

  it('from the author field', () => {
    const article = { title: '一篇报道', author: '范文 余华', body: paragraphsToBody(['范文说，余华来了。']) };
    const names = articleNames(article);
    expect(names).toEqual(['余华', '范文']);
    expect(tw(article.author, names)).toBe('范文 余華');
    expect(tw('范文说，余华来了。', names)).toBe('范文說，余華來了。');
  });

  it('leaves ordinary words with those characters to the dictionaries', () => {
    expect(tw('于是他查了余额，范围很大，干劲十足')).toBe('於是他查了餘額，範圍很大，幹勁十足');
    expect(tw('关于先生的说法，对于王先生来说')).toBe('關於先生的說法，對於王先生來說');
    expect(tw('沈阳的郁闷，谷物和姜汤')).toBe('瀋陽的鬱悶，穀物和薑湯');
    expect(tw('记者于是离开', [])).toBe('記者於是離開');
    expect(tw('余额', ['余额'])).toBe('餘額');
  });
});
