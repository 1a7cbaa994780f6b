/**
 * The colours of browsers without light-dark() (src/styles/global.css) are
 * the light side of every light-dark() pair: a colour changed in one place
 * and not the other would give old phones another palette.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

describe('global.css colours without light-dark()', () => {
  it('are the light side of each light-dark() pair, every one of them', () => {
    const pairs = Object.fromEntries([...css.matchAll(/(--[\w-]+):\s*light-dark\(\s*([^,\s]+)\s*,/g)].map((m) => [m[1], m[2]]));
    const block = /@supports not \(color: light-dark\(#000, #fff\)\)\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
    const fallback = Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*([^;\s]+);/g)].map((m) => [m[1], m[2]]));
    expect(Object.keys(pairs).length).toBeGreaterThan(4);
    expect(fallback).toEqual(pairs);
    expect(block).toMatch(/color-scheme:\s*light;/);
  });
});
