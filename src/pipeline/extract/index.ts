/**
 * Extraction stage: from the lines of one scraped page (already decoded, repaired and
 * converted to simplified script) to an article: title, byline, time and body.
 */
import { SeedError } from '../types.ts';
import type { DropKind, ExtractedArticle, Item, SourceLine } from './types.ts';
import { bodyClass, lineFeatures } from './features.ts';
import { classifyLine, isSectionLabel } from './boilerplate.ts';
import { isCloser, parseByline } from './byline.ts';
import { findRecordLists } from './records.ts';
import { findBodyRun, type BodyLineInfo } from './body.ts';
import { findPeople, findPublished, findTitle, stripSiteSuffix, type Span } from './header.ts';

export type { DropKind, ExtractedArticle, SourceLine } from './types.ts';

/** Less prose than this (Han characters) is not an article body. */
export const MIN_BODY_HAN = 60;

/** Boilerplate kind of every non-blank line, from cues, list shapes and bylines. */
export function lineKinds(items: Item[]): { kinds: (DropKind | null)[]; explained: Set<number> } {
  const texts = items.map((it) => it.text);
  const kinds: (DropKind | null)[] = texts.map((t) => classifyLine(t));
  const lists = findRecordLists(texts);
  for (const [i, k] of lists.kinds) {
    const cur = kinds[i];
    if (cur == null || cur === 'timestamp' || cur === 'navigation' || cur === 'widget') kinds[i] = k;
  }
  // A publisher block: name, description, then `N文章数 N关注度`.
  texts.forEach((t, i) => {
    if (kinds[i] !== 'counter' || !/文章数|文章數|关注度|關注度|粉丝|粉絲/u.test(t)) return;
    for (let j = i - 1; j >= Math.max(0, i - 3) && (kinds[j] == null || kinds[j] === 'publisher'); j--) kinds[j] = 'publisher';
  });
  texts.forEach((t, i) => {
    if (kinds[i] != null) return;
    if (isCloser(t)) kinds[i] = 'closer';
    else if (parseByline(t)?.pure && lineFeatures(t).length <= 48) kinds[i] = 'byline';
  });
  return { kinds, explained: lists.explainedTimes };
}

/** Kind for a dropped line that no cue classified, from its neighbours. */
function fallbackKind(items: Item[], kinds: (DropKind | null)[], i: number, body: Span): DropKind {
  const t = (items[i] as Item).text;
  const f = lineFeatures(t);
  const next = kinds[i + 1];
  // A short name line right above a bio.
  if (next === 'bio' && f.length <= 8 && !/[，。：:]/u.test(t)) return 'bio';
  // Lines of a publisher block, directly above its counters.
  for (let j = i + 1; j <= Math.min(items.length - 1, i + 3); j++) {
    if (kinds[j] === 'counter' && /文章数|文章數|关注度|關注度|粉丝|粉絲/u.test((items[j] as Item).text)) return 'publisher';
    if (kinds[j] != null && kinds[j] !== 'publisher') break;
  }
  if (kinds[i - 1] === 'publisher' || kinds[i - 2] === 'publisher') return 'publisher';
  if (f.length <= 6 && !/[。，！？：:]/u.test(t)) return 'navigation';
  if (i > body.end) {
    for (let j = i - 1; j > body.end; j--) {
      const k = kinds[j];
      if (k === 'section-list' || isSectionLabel((items[j] as Item).text)) return 'section-list';
      if (k === 'related') return 'related';
      if (k != null && k !== 'navigation') break;
    }
  }
  return 'other';
}

export function extractArticle(lines: SourceLine[], file: string): ExtractedArticle {
  const items: Item[] = [];
  for (const l of lines) {
    const text = l.text.replace(/[\u200b\ufeff]/gu, '').trim();
    if (text) items.push({ text, line: l.line });
  }
  if (items.length === 0) throw new SeedError(file, 'no article body found: the file has no text');
  const { kinds, explained } = lineKinds(items);
  const infos: BodyLineInfo[] = items.map((it, i) => {
    const f = lineFeatures(it.text);
    const k = kinds[i];
    return {
      cls: k == null ? bodyClass(f) : 'bad',
      han: f.han,
      endsFullStop: /。[”’」』）)]*$/u.test(it.text),
      bridgeable: k === 'other' || k === 'widget',
    };
  });
  const run = findBodyRun(infos);
  if (!run) throw new SeedError(file, 'no article body found: no line reads as prose');
  if (run.score < MIN_BODY_HAN)
    throw new SeedError(
      file,
      `no article body found: the best prose run has ${run.score} Han characters (< ${MIN_BODY_HAN})`,
      items[run.members[0] ?? 0]?.line,
    );
  const body: Span = { start: run.members[0] ?? 0, end: run.members[run.members.length - 1] ?? 0 };
  const titleIdx = findTitle(items, kinds, body);
  if (titleIdx === null)
    throw new SeedError(file, 'no title found: no headline-like line above the body', items[body.start]?.line);
  const titleItem = items[titleIdx] as Item;
  const { author, source } = findPeople(items, kinds, body, titleIdx);
  const publishedLocal = findPublished(items, kinds, body, titleIdx, explained);

  const inBody = new Set(run.members);
  const dropped: Partial<Record<DropKind, number>> = {};
  items.forEach((_, i) => {
    if (i === titleIdx || inBody.has(i)) return;
    const k = kinds[i] ?? fallbackKind(items, kinds, i, body);
    dropped[k] = (dropped[k] ?? 0) + 1;
  });
  return {
    title: stripSiteSuffix(titleItem.text),
    titleLine: titleItem.line,
    author,
    source,
    publishedLocal,
    paragraphs: run.members.map((i) => (items[i] as Item).text),
    bodyLines: run.members.map((i) => (items[i] as Item).line),
    dropped,
  };
}
