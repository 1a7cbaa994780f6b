/**
 * A seed written in traditional script keeps its own text on its own
 * variant's page: a Taiwan source on zh-Hant-TW, a Hong Kong source on
 * zh-Hant-HK, exactly as written after the damage repairs, instead of after a
 * trip through simplified (which loses 彆, 擡, 舖, 喫 and the source's
 * vocabulary). The canonical simplified text is still made from it, for
 * zh-Hans, the other variant and search.
 *
 * Only a clean traditional source counts: few simplified-only characters
 * (under 5%; Taiwan and Hong Kong portals measured 0-3%, leftovers such as
 * 于 and 台 that are also traditional) and corner-bracket quotes rather than
 * curly ones. A mainland article converted character by character by a
 * mirror site (the sample: 9% simplified leftovers, 53 “” and no 「」) is
 * not a Taiwan source: it is normalised through simplified like any
 * half-converted page, and its Taiwan page gets Taiwan vocabulary and quotes.
 */
import * as Locale from 'opencc-js/preset';
import type { DictGroup } from 'opencc-js/core';
import { dictEntries } from './conversion.ts';
import { detectScript, toCanonical, type Region } from './script.ts';
import { converterFor, type VariantId } from './variants.ts';

export type WrittenVariant = 'zh-tw' | 'zh-hk';

/** Characters that only one region's standard writes (裡 vs 裏, 著 vs 着), from OpenCC's variant tables. */
let regionForms: { tw: Set<string>; hk: Set<string> } | undefined;
function forms() {
  if (!regionForms) {
    const table = (preset: string) => new Map(dictEntries(((Locale.to[preset] as DictGroup[]).at(-1) ?? []).at(-1) ?? ''));
    const tw = table('tw');
    const hk = table('hk');
    regionForms = { tw: new Set<string>(), hk: new Set<string>() };
    for (const key of new Set([...tw.keys(), ...hk.keys()])) {
      const t = tw.get(key) ?? key;
      const h = hk.get(key) ?? key;
      if (t !== h) {
        regionForms.tw.add(t);
        regionForms.hk.add(h);
      }
    }
  }
  return regionForms;
}

/** Taiwan or Hong Kong, by the region-specific forms a traditional text uses (Taiwan when none). */
export function detectRegion(text: string): Region {
  const { tw, hk } = forms();
  let t = 0;
  let h = 0;
  for (const ch of text) {
    if (tw.has(ch) && !hk.has(ch)) t++;
    else if (hk.has(ch) && !tw.has(ch)) h++;
  }
  return h > t ? 'hk' : 'tw';
}

/**
 * The variant whose page shows the seed as written: for a traditional (or
 * mostly traditional, half-converted) seed, its region's; null for a
 * simplified seed. `declared` is the seed's own statement (front matter).
 */
export function writtenVariant(text: string, declared?: string | null): WrittenVariant | null {
  if (declared === 'zh-tw' || declared === 'zh-hk') return declared;
  if (declared === 'zh-hans') return null;
  const { script, traditional, simplified } = detectScript(text);
  if (script !== 'traditional' || simplified > MAX_SIMPLIFIED_SHARE * (traditional + simplified)) return null;
  const curly = text.match(/[“”]/g)?.length ?? 0;
  const corner = text.match(/[「」]/g)?.length ?? 0;
  if (curly > corner) return null;
  return detectRegion(text) === 'hk' ? 'zh-hk' : 'zh-tw';
}

/** Most simplified-only characters a clean traditional source has (a share of those counted). */
const MAX_SIMPLIFIED_SHARE = 0.05;

/**
 * The written form of texts that were extracted from canonical lines: each
 * canonical line maps back to the repaired line it was made from. A text
 * that is not one whole line (joined, trimmed differently) is converted from
 * canonical instead. `keep`: the article's kept words, as its canonical
 * lines were made with them.
 */
export function writtenFromLines(originalLines: readonly string[], variant: VariantId, keep: readonly string[] = []): (canonical: string) => string {
  const byCanonical = new Map<string, string>();
  for (const line of originalLines) {
    const trimmed = line.trim();
    if (trimmed) byCanonical.set(toCanonical(trimmed, 'tw', keep), trimmed);
  }
  const fallback = converterFor(variant);
  // A paragraph less its inline byline (`【本報訊】……`) is part of a line: the same
  // stretch of the written line, where canonical conversion kept the line's length.
  const part = (text: string): string | undefined => {
    for (const [canonicalLine, written] of byCanonical) {
      const at = canonicalLine.indexOf(text);
      if (at < 0) continue;
      const c = [...canonicalLine];
      const w = [...written];
      if (c.length !== w.length) continue;
      const start = [...canonicalLine.slice(0, at)].length;
      return w.slice(start, start + [...text].length).join('');
    }
    return undefined;
  };
  return (canonical) => byCanonical.get(canonical.trim()) ?? part(canonical.trim()) ?? fallback(canonical);
}
