/**
 * Query parsing and matching, shared by the search page and the article
 * highlighter. Runs in the browser: imports only the browser-safe character
 * tables.
 *
 * Terms are separated by spaces; text in quotes ("…", “…”, 「…」, 『…』) is one
 * term, spaces and all. A term matches an article when it occurs in the
 * headline or body as written (case-insensitive), in any of its forms (as
 * typed, or converted to the reader's variant).
 */
import { foldFullWidth } from '../shared/chars.ts';

export interface Term {
  text: string;
  phrase: boolean;
}

const QUOTES = /"([^"]+)"|“([^”]+)”|「([^」]+)」|『([^』]+)』/g;

export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  const rest = foldFullWidth(query).replace(QUOTES, (_, a?: string, b?: string, c?: string, d?: string) => {
    const text = (a ?? b ?? c ?? d ?? '').trim().replace(/\s+/g, ' ');
    if (text) terms.push({ text, phrase: true });
    return ' ';
  });
  for (const word of rest.split(/\s+/)) {
    // Stray quote marks and punctuation alone are not terms.
    const text = word.replace(/^["“”「」『』]+|["“”「」『』]+$/g, '');
    if (/[\p{L}\p{N}]/u.test(text)) terms.push({ text, phrase: false });
  }
  return terms;
}

/** Lower-case, keeping offsets (characters whose lower case changes length are kept as they are). */
export function fold(s: string): string {
  // Fast path: lower case never shortens a character, so an unchanged length
  // means no character grew and every offset is kept.
  const whole = s.toLowerCase();
  if (whole.length === s.length) return whole;
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/** Every occurrence of any needle in the text: [start, end) ranges, sorted, non-overlapping (longest first at a position). */
export function findRanges(text: string, needles: readonly string[]): Array<[number, number]> {
  const hay = fold(text);
  const ns = [...new Set(needles.map(fold).filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  const ranges: Array<[number, number]> = [];
  for (const n of ns) {
    for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) ranges.push([i, i + n.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] < last[1]) continue;
    merged.push(r);
  }
  return merged;
}

/** Words of a term, for the loose match (Intl.Segmenter, as pagefind splits queries). */
export function wordsOf(text: string, lang: string): string[] {
  const seg = new Intl.Segmenter(lang, { granularity: 'word' });
  return [...seg.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}
