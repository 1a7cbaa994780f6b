import { describe, expect, it } from 'vitest';
import { findBodyRun, type BodyLineInfo } from '../../src/pipeline/extract/body.ts';

const L = (cls: BodyLineInfo['cls'], han = 40, extra: Partial<BodyLineInfo> = {}): BodyLineInfo => ({ cls, han, endsFullStop: cls !== 'short', ...extra });

describe('findBodyRun', () => {
  it('picks the run with most prose and keeps short lines inside it', () => {
    const lines = [L('short', 20), L('bad'), L('good'), L('short', 6), L('neargood', 8), L('good'), L('bad'), L('good', 30), L('short')];
    expect(findBodyRun(lines)?.members).toEqual([2, 3, 4, 5]);
  });
  it('trims a leading headline and trailing labels off the run', () => {
    const lines = [L('short', 25), L('good'), L('good'), L('short', 3), L('short', 4)];
    expect(findBodyRun(lines)?.members).toEqual([1, 2]);
  });
  it('bridges one caption line to substantial prose, but not a non-bridgeable line', () => {
    const base = [L('good'), L('good'), L('bad', 5, { bridgeable: true }), L('good'), L('good')];
    expect(findBodyRun(base)?.members).toEqual([0, 1, 3, 4]);
    const hard = [L('good'), L('good'), L('bad', 5), L('good'), L('good', 30)];
    expect(findBodyRun(hard)?.members).toEqual([0, 1]);
  });
  it('returns null without prose', () => {
    expect(findBodyRun([L('short'), L('bad'), L('neargood', 8, { endsFullStop: false })])).toBeNull();
  });
});
