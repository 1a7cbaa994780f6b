/**
 * Removal of flattened ruby annotations.
 *
 * Why: mirror sites that scrape pages with <ruby> markup flatten it into the
 * text, leaving a Han character followed by its reading in parentheses:
 * `經(jīng)濟(jì)`. The readings are noise for a reader and break search.
 * A parenthesis is only removed when its content is a dictionary reading of
 * the character right before it (pinyin-pro; a traditional character is also
 * looked up in its simplified form), so tickers `(600000.SH)`, amounts
 * `(5230億)`, bylines, `公司(abc)` and Latin words that happen to look like
 * pinyin survive.
 *
 * Tone marks: a tone-marked reading must match a dictionary reading exactly
 * (after NFC, lower case, v→ü). A reading without tone marks (neutral tone,
 * e.g. `們(men)`) is accepted only when it matches a dictionary reading with
 * its tone stripped AND the same text contains at least one tone-marked
 * flattened ruby: a bare toneless word in parentheses is otherwise more likely
 * an abbreviation or a label such as `(a)`.
 */
import { pinyin } from 'pinyin-pro';
import { Converter } from 'opencc-js/t2cn';
import type { RepairResult } from '../types.ts';

/** Han character, open paren (ASCII or full-width), Latin letters, close paren. */
const RUBY = /(\p{Script=Han})([(（])([A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F]{1,8})([)）])/gu;

let toSimplified: ((text: string) => string) | undefined;
const readingCache = new Map<string, ReadonlySet<string>>();

/** Normalise a pinyin syllable: NFC, lower case, v and u: as ü. */
export function normalisePinyin(syllable: string): string {
  return syllable.normalize('NFD').toLowerCase().replace(/u:/g, 'ü').replace(/v/g, 'ü').normalize('NFC');
}

/** Strip tone marks (keeping ü). */
export function stripTones(syllable: string): string {
  return syllable
    .normalize('NFD')
    .replace(/u\u0308/g, 'ü')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** True when the syllable carries a tone mark. */
export function hasToneMark(syllable: string): boolean {
  return stripTones(syllable) !== syllable.normalize('NFC');
}

/** All dictionary readings of one Han character (tone-marked, normalised). */
export function readingsOf(ch: string): ReadonlySet<string> {
  const cached = readingCache.get(ch);
  if (cached) return cached;
  const chars = new Set([ch]);
  toSimplified ??= Converter({ from: 't', to: 'cn' });
  chars.add(toSimplified(ch));
  const readings = new Set<string>();
  for (const c of chars) {
    for (const r of pinyin(c, { multiple: true, type: 'array' })) {
      // pinyin-pro echoes characters it does not know; keep only Latin output.
      if (/^[\p{Script=Latin}\u0300-\u036f]+$/u.test(r)) readings.add(normalisePinyin(r));
    }
  }
  readingCache.set(ch, readings);
  return readings;
}

/** How a reading relates to a character: 'toned' exact match, 'toneless' match, or none. */
export function matchReading(ch: string, reading: string): 'toned' | 'toneless' | undefined {
  const r = normalisePinyin(reading);
  const readings = readingsOf(ch);
  if (hasToneMark(r)) return readings.has(r) ? 'toned' : undefined;
  for (const known of readings) if (stripTones(known) === r) return 'toneless';
  return undefined;
}

/**
 * Remove `(pinyin)` after a Han character when it is a reading of that
 * character. count = number of readings removed.
 */
export function removeFlattenedRuby(text: string): RepairResult {
  let evidence = false;
  for (const m of text.matchAll(RUBY)) {
    if (m[1] && m[3] && matchReading(m[1], m[3]) === 'toned') {
      evidence = true;
      break;
    }
  }
  let count = 0;
  const out = text.replace(RUBY, (whole: string, ch: string, _open: string, reading: string) => {
    const kind = matchReading(ch, reading);
    if (kind === 'toned' || (kind === 'toneless' && evidence)) {
      count++;
      return ch;
    }
    return whole;
  });
  return { text: out, count };
}
