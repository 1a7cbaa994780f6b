/**
 * Read a page's text back as canonical simplified, to compare it with what the
 * seed said. Taiwan pages carry Taiwan vocabulary (叢集, 軟體), so they are read
 * back with opencc-js's phrase-aware twp→cn; the others need glyphs only.
 * Traditional pages quote with 「」『』, which read back as “”‘’.
 */
import * as OpenCC from 'opencc-js';
import { toCanonical } from '../../src/pipeline/script.ts';

const fromTaiwan = OpenCC.Converter({ from: 'twp', to: 'cn' });

const CURLY: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

export function readBack(variant: string, text: string): string {
  if (variant === 'zh-hans') return text;
  const curly = text.replace(/[「」『』]/g, (mark) => CURLY[mark] ?? mark);
  return variant === 'zh-tw' ? fromTaiwan(curly) : toCanonical(curly);
}
