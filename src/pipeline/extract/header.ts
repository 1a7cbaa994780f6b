/**
 * Header fields around a known body: title, author/source and publication time.
 * Every function takes the non-blank lines, their boilerplate kinds and the body span.
 */
import type { DropKind, Item } from './types.ts';
import { lineFeatures } from './features.ts';
import { parseByline } from './byline.ts';
import { isTimestampOnly, pickPublished } from './time.ts';

export interface Span {
  /** First body index (among non-blank lines). */
  start: number;
  /** Last body index, inclusive. */
  end: number;
}

/** How far before the body a title or byline is looked for, in non-blank lines. */
export const HEADER_WINDOW = 14;

/** A line that can be a headline. */
export function isTitleCandidate(text: string): boolean {
  const t = text.trim();
  const f = lineFeatures(t);
  if (f.han < 4 || f.length > 120) return false;
  if (f.hanRatio < 0.3) return false;
  if (/[：:]$/u.test(t)) return false;
  if (/^(?:摘要|导语|導語|核心提示|提要|内容提要|編按|编按)\s*[：:]/u.test(t)) return false;
  // A paragraph with several full stops is a lead, not a headline.
  return (t.match(/。/gu)?.length ?? 0) < 2;
}

/** A page-title suffix such as `_某某网` or ` - 某某新闻`. */
export function stripSiteSuffix(title: string): string {
  const m = /^(.{6,}?)(?:_[^_\s]{2,16}|\s[-–—]\s[^-–—]{2,16})$/u.exec(title);
  return m?.[1] ? m[1].trim() : title;
}

/**
 * Title: the nearest headline-like line above the body that carries no boilerplate
 * cue; a line of eight or more Han characters is preferred over a shorter label.
 */
export function findTitle(items: Item[], kinds: (DropKind | null)[], body: Span): number | null {
  let fallback: number | null = null;
  for (let i = body.start - 1; i >= Math.max(0, body.start - HEADER_WINDOW); i--) {
    const k = kinds[i];
    if (k === 'related' || k === 'section-list') break;
    if (k != null) continue;
    const text = (items[i] as Item).text;
    if (!isTitleCandidate(text)) continue;
    if (lineFeatures(text).han >= 8) return i;
    fallback ??= i;
  }
  return fallback;
}

export interface People {
  author: string | null;
  source: string | null;
}

/**
 * Author and source: header lines between title and body first, then the first
 * paragraph (`【某报讯】…`), then closers just after the body, then a publisher block.
 */
export function findPeople(items: Item[], kinds: (DropKind | null)[], body: Span, titleIdx: number): People {
  let author: string | null = null;
  let source: string | null = null;
  const take = (i: number) => {
    const it = items[i];
    if (!it) return;
    const b = parseByline(it.text);
    if (!b) return;
    author ??= b.author;
    source ??= b.source;
  };
  for (let i = titleIdx + 1; i < body.start; i++) take(i);
  for (let i = Math.max(0, titleIdx - 3); i < titleIdx; i++) if (kinds[i] === 'byline') take(i);
  take(body.start);
  for (let i = body.end + 1; i <= Math.min(items.length - 1, body.end + 4); i++) {
    const k = kinds[i];
    if (k === 'closer' || k === 'byline' || k === 'editor' || k === null) take(i);
  }
  if (!source) source = publisherName(items, kinds, body);
  return { author, source };
}

/** The name heading a publisher block: `<name> incentive-icons` or the line above `N文章数 N关注度`. */
export function publisherName(items: Item[], kinds: (DropKind | null)[], body: Span): string | null {
  for (let i = body.end + 1; i < items.length; i++) {
    const t = (items[i] as Item).text;
    const m = /^(.{2,20}?)\s*incentive-icons$/u.exec(t);
    if (m?.[1]) return m[1].trim();
    if (kinds[i] === 'counter' && /文章数|文章數|关注度|關注度|粉丝|粉絲/u.test(t)) {
      // name, [name again], description, counters
      for (let j = i - 1; j >= Math.max(body.end + 1, i - 3); j--) {
        const u = (items[j] as Item).text;
        if (kinds[j] === 'related' || kinds[j] === 'timestamp') break;
        const f = lineFeatures(u);
        if (f.length <= 16 && !/[。，！？]/u.test(u) && f.han >= 2) {
          // keep looking upwards for the first line of the block
          const up = items[j - 1];
          if (up && up.text === u) continue;
          return u;
        }
      }
    }
  }
  return null;
}

/**
 * Publication time: a time on a header line (title to body), else the lone
 * timestamp after the body that no record explains, else any lone timestamp.
 */
export function findPublished(
  items: Item[],
  kinds: (DropKind | null)[],
  body: Span,
  titleIdx: number,
  explained: Set<number>,
): string | null {
  for (let i = Math.max(0, titleIdx - 2); i < body.start; i++) {
    if (i === titleIdx) continue;
    const k = kinds[i];
    if (k === 'related' || k === 'section-list' || explained.has(i)) continue;
    const p = pickPublished((items[i] as Item).text);
    if (p) return p.iso;
  }
  const lone = (from: number, to: number): string | null => {
    for (let i = from; i < to; i++) {
      if (explained.has(i) || kinds[i] === 'related' || kinds[i] === 'section-list') continue;
      const t = (items[i] as Item).text;
      if (isTimestampOnly(t)) return pickPublished(t)?.iso ?? null;
    }
    return null;
  };
  return lone(body.end + 1, items.length) ?? lone(0, body.start);
}
