import { describe, expect, it } from 'vitest';
import { findTimes, isTimestampOnly, pickPublished } from '../../src/pipeline/extract/time.ts';

describe('findTimes', () => {
  it.each([
    ['2026-05-12 09:30:00', '2026-05-12T09:30:00'],
    ['2026/05/12 09:30', '2026-05-12T09:30:00'],
    ['2026.5.2', '2026-05-02T00:00:00'],
    ['2026年5月12日 星期二 09:30', '2026-05-12T09:30:00'],
    ['2026年05月12日 下午3时05分', '2026-05-12T15:05:00'],
    ['2026年5月12日（周二）18:01:59', '2026-05-12T18:01:59'],
  ])('%s', (text, iso) => {
    expect(findTimes(text)[0]?.iso).toBe(iso);
  });
  it('rejects impossible dates and bare month-day', () => {
    expect(findTimes('2026-13-01')).toEqual([]);
    expect(findTimes('12月20日，北京')).toEqual([]);
    expect(findTimes('2026-05-12 25:00')[0]?.hasTime).toBe(false);
  });
});

describe('isTimestampOnly', () => {
  it('accepts a bare or labelled time, refuses a header with a source', () => {
    expect(isTimestampOnly('2025-12-20 23:24:49')).toBe(true);
    expect(isTimestampOnly('发布时间：2026/05/12 09:30')).toBe(true);
    expect(isTimestampOnly('2026-05-12 09:30:00 来源：某某晚报')).toBe(false);
    expect(isTimestampOnly('比分2:0')).toBe(false);
  });
});

describe('pickPublished', () => {
  it('prefers the publication time over the update time', () => {
    expect(pickPublished('更新：2026-05-13 10:00 发布：2026-05-12 09:30')?.iso).toBe('2026-05-12T09:30:00');
  });
});
