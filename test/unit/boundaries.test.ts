/**
 * No dictionary phrase applied across a word boundary: each protected
 * collocation's example is wrong with opencc-js alone and right on the
 * Taiwan and Hong Kong pages; sentences around them convert as before.
 */
import { describe, expect, it } from 'vitest';
import { ConverterBuilder, type LocalePreset } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { boundaryCutter } from '../../src/pipeline/conversion.ts';
import { PROTECTED_COLLOCATIONS } from '../../src/pipeline/dictionaries/boundaries.ts';
import { converterFor } from '../../src/pipeline/variants.ts';

const tw = converterFor('zh-tw');
const hk = converterFor('zh-hk');
const plainTw = ConverterBuilder(Locale as LocalePreset)({ from: 'cn', to: 'twp' });

describe('protected collocations', () => {
  for (const c of PROTECTED_COLLOCATIONS) {
    it(`${c.words}: ${c.example} → ${c.tw}, not ${c.wrong}`, () => {
      expect(c.example.includes(c.words.replace('|', ''))).toBe(true);
      expect(plainTw(c.example)).toBe(c.wrong);
      expect(tw(c.example)).toBe(c.tw);
    });
  }

  it('fixes the cases in a sentence, on Taiwan and Hong Kong pages', () => {
    expect(tw('抗议者在广场上聚集成群，少数组织接受中文采访')).toBe('抗議者在廣場上聚集成群，少數組織接受中文採訪');
    expect(hk('电话被发明以后，他展示了如何参与制造')).toBe('電話被發明以後，他展示了如何參與製造');
  });

  it('leaves the phrases themselves alone where no boundary is crossed', () => {
    expect(tw('集成电路和数组')).toBe('積體電路和陣列');
    expect(tw('他的文采很好，了如指掌')).toBe('他的文采很好，瞭如指掌');
    expect(tw('头发被风吹乱')).toBe('頭髮被風吹亂');
  });

  it('cuts a text at the marks and gives it back whole', () => {
    const cut = boundaryCutter(['聚集|成群', '数|组织']);
    expect(cut('人们聚集成群，少数组织')).toEqual(['人们聚集', '成群，少数', '组织']);
    expect(cut('没有')).toEqual(['没有']);
    expect(() => boundaryCutter(['聚集成群'])).toThrow(/marks no boundary/);
  });
});
