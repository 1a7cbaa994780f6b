/**
 * Header fields around a known body: title, author/source and publication time.
 * Every function takes the non-blank lines, their boilerplate kinds and the body span.
 */
import type { DropKind, Item } from './types.ts';
import { lineFeatures } from './features.ts';
import { OUTLET_END, parseByline } from './byline.ts';
import { findTimes, isTimestampOnly, pickPublished, type FoundTime } from './time.ts';

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
  if (f.han < 4 || f.length > 64) return false;
  if (f.hanRatio < 0.3) return false;
  if (/[：:]$/u.test(t)) return false;
  if (/^(?:摘要|导语|核心提示|提要|内容提要|编按)\s*[：:]/u.test(t)) return false;
  // A time or a byline makes a header line, not a headline.
  if (findTimes(t).length > 0) return false;
  if (parseByline(t)?.pure) return false;
  // A paragraph with several full stops is a lead, not a headline.
  return (t.match(/。/gu)?.length ?? 0) < 2;
}

/** A page-title suffix such as `_某某网` or ` - 某某新闻`. */
export function stripSiteSuffix(title: string): string {
  const m = /^(.{6,}?)(?:_[^_\s]{2,16}|\s[-–—]\s[^-–—]{2,16})$/u.exec(title);
  return m?.[1] ? m[1].trim() : title;
}

/** A header line: a time, a source label or a byline. */
function isHeaderLine(text: string, kind: DropKind | null): boolean {
  // A photo credit (`记者某某／摄影`) names a person too, but under a picture, not a headline.
  if (kind === 'caption' || kind === 'widget' || kind === 'navigation' || kind === 'related') return false;
  return kind === 'timestamp' || kind === 'byline' || pickPublished(text) !== null || parseByline(text) !== null;
}

/**
 * Title: the headline-like line nearest above the header lines (time, source,
 * byline) that sit over the body; without header lines, the nearest headline-
 * like line above the body. Furniture (cue lines, captions, a digest box, a
 * kicker) in between is skipped; a line of eight or more Han characters is
 * preferred over a shorter label.
 */
export function findTitle(items: Item[], kinds: (DropKind | null)[], body: Span): number | null {
  const floor = Math.max(0, body.start - HEADER_WINDOW);
  // The top of the header block nearest the body.
  let top: number | null = null;
  for (let i = body.start - 1; i >= floor; i--) {
    const k = kinds[i];
    if (k === 'related' || k === 'section-list') break;
    if (isHeaderLine((items[i] as Item).text, k ?? null)) top = i;
    else if (top !== null && k === null && isTitleCandidate((items[i] as Item).text)) break;
  }
  const nearest = (from: number, to: number): { strong: number | null; weak: number | null } => {
    let weak: number | null = null;
    for (let i = from; i >= to; i--) {
      const k = kinds[i];
      if (k === 'related' || k === 'section-list') break;
      if (k != null) continue;
      const text = (items[i] as Item).text;
      if (!isTitleCandidate(text)) continue;
      if (lineFeatures(text).han >= 8) return { strong: i, weak };
      weak ??= i;
    }
    return { strong: null, weak };
  };
  const above = nearest((top ?? body.start) - 1, floor);
  if (above.strong !== null) return above.strong;
  // A date printed over the headline (`日期` / headline / body): the headline is below the header line.
  if (top !== null) {
    const below = nearest(body.start - 1, top + 1);
    if (below.strong !== null) return below.strong;
  }
  return above.weak;
}

/** `2026年05月12日 04:04 某某日报`: a header line of a time and an outlet's name, nothing else. */
export function outletAfterTime(text: string): string | null {
  const times = findTimes(text);
  const last = times[times.length - 1];
  if (!last || times.length > 1) return null;
  const rest = (text.slice(0, last.start) + ' ' + text.slice(last.end)).trim();
  if (!/^[\p{Script=Han}A-Za-z]{2,12}$/u.test(rest)) return null;
  return OUTLET_END.test(rest) && !/^(?:新闻|日报|网|报)$/u.test(rest) ? rest : null;
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
  for (let i = titleIdx + 1; i < body.start; i++) {
    // A share bar (`文字 收听 打印`) or a caption credit is not a byline.
    if (kinds[i] === 'widget' || kinds[i] === 'navigation' || kinds[i] === 'caption') continue;
    take(i);
    source ??= outletAfterTime((items[i] as Item).text);
  }
  // `日期 时间` then a bare name on the next line: the account or outlet that published it.
  if (!source) {
    for (let i = titleIdx + 1; i < body.start - 1; i++) {
      if (kinds[i] !== 'timestamp') continue;
      const next = (items[i + 1] as Item).text;
      if (/^[\p{Script=Han}]{2,8}$/u.test(next) && kinds[i + 1] !== 'widget' && kinds[i + 1] !== 'caption') source = next;
      break;
    }
  }
  for (let i = Math.max(0, titleIdx - 3); i < titleIdx; i++) if (kinds[i] === 'byline') take(i);
  take(body.start);
  for (let i = body.end + 1; i <= Math.min(items.length - 1, body.end + 4); i++) {
    const k = kinds[i];
    if (k === 'closer' || k === 'byline' || k === 'editor' || k === null) take(i);
  }
  if (!source) source = publisherName(items, kinds, body);
  return { author, source };
}

/** A counter line with two or more figures (`N文章数 N关注度`, `N粉丝 N获赞`): the foot of a publisher card. */
export function isPublisherCounter(text: string, kind: DropKind | null): boolean {
  return kind === 'counter' && (text.match(/\d[\d,.]*/gu)?.length ?? 0) >= 2;
}

/**
 * The name heading a publisher card after the body: up to three lines (name,
 * name again, description) over a counter line of two or more figures. A Latin
 * token glued to the name is leaked image alt text and is dropped.
 */
export function publisherName(items: Item[], kinds: (DropKind | null)[], body: Span): string | null {
  for (let i = body.end + 1; i < items.length; i++) {
    if (!isPublisherCounter((items[i] as Item).text, kinds[i] ?? null)) continue;
    let name: string | null = null;
    for (let j = i - 1; j >= Math.max(body.end + 1, i - 4); j--) {
      if (kinds[j] === 'related' || kinds[j] === 'timestamp') break;
      const u = (items[j] as Item).text.replace(/\s+[A-Za-z][\w-]*$/u, '');
      const f = lineFeatures(u);
      if (f.length <= 16 && !/[。，！？]/u.test(u) && f.han >= 2) name = u;
    }
    if (name) return name;
  }
  return null;
}

/**
 * Publication time: a time on a header line (just above the title to the body),
 * else the lone timestamp after the body that no record explains, else any lone
 * timestamp above the header. A clock far above the headline (a portal's "now")
 * is not the article's time.
 */
export function findPublished(items: Item[], kinds: (DropKind | null)[], body: Span, titleIdx: number | null, explained: Set<number>): FoundTime | null {
  // A breadcrumb over the headline may carry the time (`首页 > 政治 2026年5月12日 09:30`).
  const from = titleIdx === null ? Math.max(0, body.start - HEADER_WINDOW) : Math.max(0, titleIdx - 3);
  let best: FoundTime | null = null;
  for (let i = from; i < body.start; i++) {
    if (i === titleIdx) continue;
    const k = kinds[i];
    if (k === 'related' || k === 'section-list' || explained.has(i)) continue;
    const p = pickPublished((items[i] as Item).text);
    // A date-only line gives way to a later header line with a clock.
    if (p && (!best || (!best.hasTime && p.hasTime))) best = p;
    if (best?.hasTime) return best;
  }
  if (best) return best;
  const lone = (start: number, end: number): FoundTime | null => {
    for (let i = start; i < end; i++) {
      if (explained.has(i) || kinds[i] === 'related' || kinds[i] === 'section-list') continue;
      const t = (items[i] as Item).text;
      if (isTimestampOnly(t)) return pickPublished(t);
    }
    return null;
  };
  return lone(body.end + 1, items.length) ?? (titleIdx === null ? null : lone(Math.max(0, titleIdx - HEADER_WINDOW), titleIdx));
}
