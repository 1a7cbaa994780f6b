/**
 * The character classes browser code needs as well as the build. Their home
 * is src/pipeline/chars.ts, which re-exports these; they are written here
 * because that module decodes legacy encodings with iconv-lite (Node), and a
 * browser bundle must not pull it in. No imports at all, as contract.ts, so
 * the search client and the reading scripts can import it.
 */

/** One Han character or more, by the Unicode Script property: every block (Extensions A to J, compatibility ideographs, radicals, 〇 and 々). */
export const HAN = /\p{Script=Han}/u;

/** The lowest code point with Script=Han (CJK Radicals Supplement): below it, no character is Han. */
export const FIRST_HAN_CODE = 0x2e80;

/** True when `text` holds a Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Full-width Latin letters and digits (a Chinese IME's full-width mode), each its ASCII character plus 0xFEE0. */
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/** Full-width Latin letters and digits to ASCII, the ideographic space to a space; other characters as they are. */
export function foldFullWidth(text: string): string {
  return text.replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
