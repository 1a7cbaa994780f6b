/**
 * The reading font stacks (src/styles/global.css): the page's lang picks the
 * regional CJK face, so no stack may name a family that ignores it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
const uncommented = css.replace(/\/\*[\s\S]*?\*\//g, '');
const stacks = [...uncommented.matchAll(/(?:font-family|--latin|--serif):\s*([^;]+);/g)].map((m) => m[1]!);

describe('global.css font stacks', () => {
  it('are read: the Latin stack and one per variant at least', () => {
    expect(stacks.length).toBeGreaterThanOrEqual(7);
  });
  it('never name system-ui or ui-sans-serif, the system locale’s font on Windows whatever the page’s lang', () => {
    for (const stack of stacks) expect(stack).not.toMatch(/\b(?:system-ui|ui-sans-serif|ui-serif)\b/);
  });
  it('end each variant’s sans stack in the generic family, after the platform CJK faces', () => {
    for (const lang of ['zh-Hans', 'zh-Hant-TW', 'zh-Hant-HK']) {
      const rule = new RegExp(`:lang\\(${lang}\\)[^{]*\\{\\s*font-family:\\s*([^;]+);`).exec(uncommented)?.[1];
      expect(rule, lang).toMatch(/^var\(--latin\), .*"WenQuanYi Micro Hei", sans-serif$/);
    }
  });
});
