import { describe, expect, it } from 'vitest';
import { bodyClass, lineFeatures } from '../../src/pipeline/extract/features.ts';

describe('lineFeatures', () => {
  it('counts Han characters, function density and sentence end', () => {
    const f = lineFeatures('这是我们在会上看到的情况，他说了很多。');
    expect(f.han).toBe(17);
    expect(f.endsSentence).toBe(true);
    expect(f.fullStops).toBe(1);
    expect(f.funcDensity).toBeGreaterThan(0.3);
  });
  it('treats a closing quote after the full stop as a sentence end', () => {
    expect(lineFeatures('他说：“这只是第一步。”').endsSentence).toBe(true);
    expect(lineFeatures('城市更新 三年行动计划').endsSentence).toBe(false);
  });
  it('has a low function density on headline-style lines', () => {
    expect(lineFeatures('新赛季积分榜更新：三支球队并列榜首').funcDensity).toBeLessThan(0.1);
  });
});

describe('bodyClass', () => {
  it('classes prose, short sentences, labels and foreign lines', () => {
    expect(bodyClass(lineFeatures('据介绍，全市现有供水管道约九千公里，其中铺设于九十年代以前的管道约占一成。'))).toBe('good');
    expect(bodyClass(lineFeatures('“这只是第一步。”'))).toBe('neargood');
    expect(bodyClass(lineFeatures('老旧小区优先改造'))).toBe('short');
    expect(bodyClass(lineFeatures('新赛季积分榜更新：三支球队并列榜首'))).toBe('short');
    expect(bodyClass(lineFeatures('Notice: The content above is uploaded and posted by a user of the platform.'))).toBe('bad');
  });
});
