/**
 * Restoration of width-folded punctuation.
 *
 * Why: scrapers often run NFKC (or a similar width fold) over the page, which
 * turns Chinese full-width `，：；！？（）` into ASCII `, : ; ! ? ( )` while
 * leaving `。、“”` alone. In Chinese text the ASCII forms look wrong (no
 * spacing, wrong line-breaking behaviour). This pass puts them back where they
 * stand in Han context and leaves every other ASCII punctuation alone.
 *
 * Rules (a character's "Han context" = a Han character or CJK punctuation;
 * quotes, ellipsis and dashes are looked through):
 * - A run of `, : ; ! ?` is converted when the nearest non-space character on
 *   its left (same line) is Han context, or the character right after it is.
 *   It is never converted between two ASCII letters/digits (`10:39:08`, `2:0`,
 *   `1,000`, `a:b`). After a Latin letter or digit, the right side counts
 *   only when a Han character follows immediately (`Hello, 世界` and
 *   `"Hello, World!"。` keep their English marks; `GPU,性能` is converted).
 * - Parentheses are handled as a matched pair on one line: converted when the
 *   content contains Han context; kept when the content is pure ASCII
 *   (`某企业(ABC.SH)`, `公司(abc)`, `(2025)`); otherwise (other symbols)
 *   converted when a neighbour outside the pair is Han context. Unpaired
 *   parentheses and markdown link targets `](…)` are left alone.
 * - URLs, e-mail addresses, inline code and HTML entities are never touched.
 * Run flattened-ruby removal first: pinyin readings in parentheses would
 * otherwise become full-width parentheses.
 */
import { FULL_WIDTH_OF, isHanOrCjkMark } from '../chars.ts';
import type { RepairResult } from '../types.ts';

const PROTECTED = [
  /\b(?:https?|ftp):\/\/[^\s<>"'“”‘’（）「」『』，。！？；：、]+/giu,
  /\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>"'“”‘’（）「」『』，。！？；：、]*/giu,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  /`[^`\n]+`/gu,
  /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/giu,
];

/** Han character or CJK punctuation / full-width form. */
export function isHanContext(ch: string | undefined): boolean {
  return ch !== undefined && isHanOrCjkMark(ch);
}

/** Characters looked through when judging context: quotes, ellipsis, dashes. */
function isTransparent(ch: string | undefined): boolean {
  return ch !== undefined && /[“”‘’"'…—–·]/u.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00A0';
}

function isAsciiAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z0-9]$/.test(ch);
}

/** Character-index mask of spans that must not be touched. */
export function protectedMask(text: string, chars: readonly string[]): boolean[] {
  const mask = new Array<boolean>(chars.length).fill(false);
  // UTF-16 offset -> character index
  const index = new Array<number>(text.length + 1);
  let off = 0;
  chars.forEach((c, i) => {
    index[off] = i;
    off += c.length;
  });
  index[off] = chars.length;
  for (const re of PROTECTED) {
    for (const m of text.matchAll(re)) {
      const start = index[m.index] ?? 0;
      const end = index[m.index + m[0].length] ?? chars.length;
      for (let i = start; i < end; i++) mask[i] = true;
    }
  }
  return mask;
}

/** Nearest character left of i on the same line, skipping spaces and looking through quotes. */
function leftContext(chars: readonly string[], i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && (isSpace(chars[j]) || isTransparent(chars[j]))) j--;
  return j >= 0 && chars[j] !== '\n' ? chars[j] : undefined;
}

/** Character right after i (no space skipping), looking through quotes. */
function rightContext(chars: readonly string[], i: number): string | undefined {
  let j = i + 1;
  while (j < chars.length && isTransparent(chars[j])) j++;
  return chars[j];
}

/** Convert matched parenthesis pairs in place; returns the number of characters changed. */
function repairParens(chars: string[], mask: readonly boolean[]): number {
  let count = 0;
  let stack: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '\n') stack = [];
    if (mask[i]) continue;
    if (ch === '(') {
      if (chars[i - 1] === ']') continue; // markdown link target
      stack.push(i);
    } else if (ch === ')') {
      const open = stack.pop();
      if (open === undefined) continue;
      const content = chars.slice(open + 1, i);
      let convert: boolean;
      if (content.some((c) => isHanContext(c))) convert = true;
      else if (content.every((c) => c.charCodeAt(0) < 0x80)) convert = false;
      else convert = isHanContext(leftContext(chars, open)) || isHanContext(rightContext(chars, i));
      if (convert) {
        chars[open] = '（';
        chars[i] = '）';
        count += 2;
      }
    }
  }
  return count;
}

/** Convert runs of , : ; ! ? in Han context in place; returns the number changed. */
function repairMarks(chars: string[], mask: readonly boolean[]): number {
  let count = 0;
  let i = 0;
  while (i < chars.length) {
    if (mask[i] || !/^[,:;!?]$/.test(chars[i] ?? '')) {
      i++;
      continue;
    }
    let end = i + 1; // exclusive
    while (end < chars.length && !mask[end] && /^[,:;!?]$/.test(chars[end] ?? '')) end++;
    const before = chars[i - 1];
    const after = chars[end];
    const betweenAlnum = isAsciiAlnum(before) && isAsciiAlnum(after);
    // After a Latin letter/digit only an immediately following Han character
    // counts on the right (`World!"。` keeps its English mark).
    const right = isAsciiAlnum(before) ? after : rightContext(chars, end - 1);
    if (!betweenAlnum && (isHanContext(leftContext(chars, i)) || isHanContext(right))) {
      for (let k = i; k < end; k++) {
        chars[k] = FULL_WIDTH_OF[chars[k] ?? ''] ?? chars[k] ?? '';
        count++;
      }
    }
    i = end;
  }
  return count;
}

/** Restore full-width punctuation folded to ASCII in Han context. */
export function repairPunctuation(text: string): RepairResult {
  const chars = Array.from(text);
  const mask = protectedMask(text, chars);
  const count = repairParens(chars, mask) + repairMarks(chars, mask);
  return { text: chars.join(''), count };
}
