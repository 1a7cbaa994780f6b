/**
 * Characters that are not text, removed from every seed before anything
 * reads it. Each one has done harm in a field or on screen:
 *
 * - ANSI escape sequences (ESC [ 31 m …) reach the editor's terminal through
 *   the build table and recolour or rewrite it; the whole sequence goes, not
 *   just ESC, or "[31m" would be left in the headline.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 *   U+2066–U+2069, LRM/RLM/ALM) reverse a headline on screen.
 * - Other C0 and C1 controls, DEL, noncharacters (U+FFFE, U+FFFF,
 *   U+FDD0–U+FDEF, the last two of every plane) and invisible format
 *   characters (zero-width space, word joiner, a BOM inside the text) show
 *   as boxes or hide text from search.
 * - NEL (U+0085) and the line and paragraph separators (U+2028, U+2029) are
 *   line breaks in other systems: they become one.
 *
 * Kept: tab, line feed, carriage return (decode.ts normalises line ends),
 * and ZWJ/ZWNJ and variation selectors, which are parts of characters.
 */
import type { RepairResult } from '../types.ts';

const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])?/g;

const LINE_BREAKS = /[\u0085\u2028\u2029]/g;

const PLANE_NONCHARACTERS = Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}fffe}\\u{${(i + 1).toString(16)}ffff}`).join('');

const NOT_TEXT = new RegExp(
  `[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x84\\x86-\\x9f\\u061c\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb\\ufdd0-\\ufdef\\ufffe\\uffff${PLANE_NONCHARACTERS}]`,
  'gu',
);

/** The text without control and format characters, and how many were removed or turned into line breaks. */
export function removeControls(text: string): RepairResult {
  let count = 0;
  const out = text
    .replace(ESCAPE_SEQUENCE, () => {
      count++;
      return '';
    })
    .replace(LINE_BREAKS, () => {
      count++;
      return '\n';
    })
    .replace(NOT_TEXT, () => {
      count++;
      return '';
    });
  return { text: out, count };
}

/**
 * Text for a terminal: every control, format and line-breaking character
 * written as a visible escape (\n, \x1b, \u202e), so a file name or headline
 * cannot move the cursor, recolour the screen or break the table.
 */
export function forTerminal(text: string): string {
  return text.replace(/[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff]/gu, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\t') return '\\t';
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
