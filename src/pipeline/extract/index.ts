/**
 * Extraction stage: from the lines of one scraped page (already decoded, repaired and
 * converted to simplified script) to an article: title, byline, time and body.
 */
import { SeedError } from '../errors.ts';
import type { DropKind, ExtractedArticle, Item, LineTrace, SourceLine } from './types.ts';
import { bodyClass, lineFeatures } from './features.ts';
import { classifyLine, isSectionLabel } from './boilerplate.ts';
import { isCloser, parseByline } from './byline.ts';
import { findRecordLists } from './records.ts';
import { findBodyRun, type BodyLineInfo } from './body.ts';
import { siteBrand } from './branding.ts';
import { findTimes, isTimestampOnly } from './time.ts';
import { isCreditOnly } from './caption.ts';
import { findUncreditedCaptions } from './uncredited-caption.ts';
import { stripCloser, stripLeadByline } from './inline-byline.ts';
import { findPeople, findPublished, findTitle, isPublisherCounter, stripSiteSuffix, type Span } from './header.ts';

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
  // A publisher card: name, description, then a counter line of two figures.
  texts.forEach((t, i) => {
    if (!isPublisherCounter(t, kinds[i] ?? null)) return;
    for (let j = i - 1; j >= Math.max(0, i - 3) && (kinds[j] == null || kinds[j] === 'publisher'); j--) kinds[j] = 'publisher';
  });
  // A photo credit on a line of its own (`某某摄`) credits the short line above it.
  texts.forEach((t, i) => {
    const above = texts[i - 1];
    if (kinds[i] !== 'caption' || !isCreditOnly(t) || above === undefined || kinds[i - 1] != null || [...above].length > 80) return;
    // `记者：某某` over `摄影：某某` is a byline block, not a picture.
    if (parseByline(above)?.pure || findTimes(above).length > 0) return;
    kinds[i - 1] = 'caption';
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
    if (isPublisherCounter((items[j] as Item).text, kinds[j] ?? null)) return 'publisher';
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

/** `2019` / `09/07` / `19:02` printed on three lines: one timestamp. */
function joinSplitDates(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const [a, b, c] = [items[i], items[i + 1], items[i + 2]];
    if (a && b && /^(?:19|20)\d{2}$/.test(a.text) && /^\d{1,2}[/-]\d{1,2}$/.test(b.text)) {
      const clock = c && /^\d{1,2}:\d{2}(?::\d{2})?$/.test(c.text) ? c : null;
      out.push({ text: `${a.text}/${b.text}${clock ? ` ${clock.text}` : ''}`, line: a.line });
      i += clock ? 2 : 1;
    } else if (a) out.push(a);
  }
  return out;
}

/** Some run of 24 characters of `text` (a whole clause) stands again in one of `later`. */
function repeatsLater(text: string, later: readonly string[]): boolean {
  const chars = [...text.replace(/[\s\p{P}]/gu, '')];
  const rest = later.join('\n').replace(/[\s\p{P}]/gu, '');
  for (let i = 0; i + 24 <= chars.length; i += 6) if (rest.includes(chars.slice(i, i + 24).join(''))) return true;
  return false;
}

/** Prose left out right after the body that is worth an editor's look: more than this many Han characters. */
const CUT_PROSE_HAN = 80;

/**
 * A body cut short: a list label or a share bar in the middle of an article
 * (`相关新闻`, `分享到：`) ends the body run, and the prose after it is dropped.
 * That is reported, naming the line, when real paragraphs follow closely.
 */
function cutProseWarnings(items: readonly Item[], infos: readonly BodyLineInfo[], kinds: readonly (DropKind | null)[], members: readonly number[]): string[] {
  const last = members[members.length - 1];
  if (last === undefined) return [];
  let han = 0;
  let first: number | null = null;
  for (let i = last + 1, seen = 0; i < items.length && (seen < 3 || first !== null); i++, seen++) {
    if (kinds[i] != null && infos[i]?.cls === 'bad' && first !== null && kinds[i] !== 'widget') break;
    if (infos[i]?.cls === 'good' && kinds[i] == null) {
      first ??= i;
      han += infos[i]?.han ?? 0;
    }
  }
  if (first === null || han < CUT_PROSE_HAN) return [];
  return [
    `the body may be cut short: ${han} Han characters of prose from line ${(items[first] as Item).line} were left out after it (check with npm run inspect; a sidecar or an edit can fix it)`,
  ];
}

/** One sentence of a caption's length: at most 25 Han characters, ending in a full stop. */
function isShortSentence(text: string): boolean {
  const f = lineFeatures(text);
  return f.han <= 25 && f.sentenceMarks === 1 && /。[”」』）)]?$/u.test(text);
}

/** A short line inside the body that reads as a heading, not a sentence. */
function isSubheading(text: string): boolean {
  const f = lineFeatures(text);
  if (/^\d{1,2}$/.test(text)) return true;
  return f.length <= 40 && !/[。；，,]$/u.test(text) && f.fullStops === 0 && !(f.endsSentence && f.length > 24);
}

export function extractArticle(lines: SourceLine[], file: string): ExtractedArticle {
  const raw: Item[] = [];
  for (const l of lines) {
    const text = l.text.replace(/[\u200b\ufeff]/gu, '').trim();
    if (text) raw.push({ text, line: l.line });
  }
  if (raw.length === 0) throw new SeedError(file, 'no article body found: the file has no text');
  const items = joinSplitDates(raw);
  const { kinds, explained } = lineKinds(items);
  const infos: BodyLineInfo[] = items.map((it, i) => {
    // A closer glued to a paragraph (`……。1020629`, `……（记者某某／台北报导）`) does not make it less of a sentence.
    const prose = stripCloser(it.text).text;
    const f = lineFeatures(prose);
    const k = kinds[i];
    // `1`, `2`, `3`: a section numeral between paragraphs, a heading if the body spans it.
    const numeral = k === 'widget' && /^\d{1,2}$/.test(it.text);
    return {
      cls: numeral ? 'short' : k == null ? bodyClass(f) : 'bad',
      han: f.han,
      endsFullStop: /。[”’」』）)]*$/u.test(prose),
      endsSentence: f.endsSentence,
      bridgeable: k === 'other' || k === 'widget' || k === 'caption' || k === 'notice',
      caption: k === 'caption',
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
  // Just over the body, a (headline, time) pair has a listed record's shape, but it is the
  // article's own header: give those lines back to the header.
  for (let i = body.start - 1, seen = 0; i >= 0 && seen < 8; i--) {
    const k = kinds[i];
    if (k === 'widget' || k === 'caption') continue;
    seen++;
    if (k === 'section-list' || k === 'navigation') break;
    if (k !== 'related') continue;
    kinds[i] = isTimestampOnly((items[i] as Item).text) ? 'timestamp' : null;
    explained.delete(i);
  }
  const titleIdx = findTitle(items, kinds, body);
  let { author, source } = findPeople(items, kinds, body, titleIdx ?? body.start);
  const published = findPublished(items, kinds, body, titleIdx, explained);

  // Subheadings that open the body (`某某前后大不同` over the first paragraph), between the
  // header and the first prose line: two or three short heading lines of six Han or more.
  const leading: number[] = [];
  for (let i = (run.members[0] ?? 0) - 1; i > (titleIdx ?? -1) && leading.length < 3; i--) {
    const k = kinds[i];
    if (k === 'caption' || k === 'widget') break;
    const text = (items[i] as Item).text;
    const cls = infos[i]?.cls;
    if (
      k != null ||
      (cls !== 'short' && cls !== 'neargood') ||
      !isSubheading(text) ||
      lineFeatures(text).han < 6 ||
      parseByline(text) ||
      findTimes(text).length > 0
    )
      break;
    leading.unshift(i);
  }
  // One line alone there is a standfirst, a video's title or a kicker; a block of two or more is headings.
  if (leading.length >= 2) run.members.unshift(...leading);
  const blocks = run.members.map((i) => {
    const it = items[i] as Item;
    return { kind: infos[i]?.cls === 'short' && isSubheading(it.text) ? ('h2' as const) : ('p' as const), text: it.text, line: it.line };
  });
  // A digest box over the body repeats a sentence of the body below it: it is not the lead.
  const digest =
    blocks.length > 2 &&
    blocks[0] !== undefined &&
    repeatsLater(
      blocks[0].text,
      blocks.slice(1).map((b) => b.text),
    );
  if (digest) {
    kinds[run.members[0] ?? 0] = 'digest';
    run.members.shift();
    blocks.shift();
  }
  // A picture gallery inside the body: a heading over three or more one-sentence lines of a
  // caption's length, and nothing longer among them.
  for (let b = 0; b < blocks.length; b++) {
    if (blocks[b]?.kind !== 'h2') continue;
    let e = b + 1;
    while (e < blocks.length && blocks[e]?.kind === 'p' && isShortSentence(blocks[e]?.text ?? '')) e++;
    if (e - b - 1 < 3) continue;
    for (let n = b; n < e; n++) kinds[run.members[n] ?? 0] = 'caption';
    run.members.splice(b, e - b);
    blocks.splice(b, e - b);
    b--;
  }
  // Captions with no credit: a label or an echo of the text next to it (headings take no part).
  const paragraphAt = blocks.flatMap((b, n) => (b.kind === 'p' ? [n] : []));
  const uncredited = findUncreditedCaptions(paragraphAt.map((n) => (blocks[n] as (typeof blocks)[number]).text));
  for (const p of [...uncredited].sort((a, b) => b - a)) {
    const n = paragraphAt[p] as number;
    kinds[run.members[n] ?? 0] = 'caption';
    run.members.splice(n, 1);
    blocks.splice(n, 1);
  }
  // Bylines glued to the first paragraph and closers glued to the last become fields.
  const first = blocks[0];
  if (first) {
    const lead = stripLeadByline(first.text);
    if (lead.byline) {
      first.text = lead.text;
      author ??= lead.author;
      source ??= lead.source;
    }
  }
  const last = blocks[blocks.length - 1];
  if (last && last.kind === 'p') {
    const closer = stripCloser(last.text);
    if (closer.byline) {
      last.text = closer.text;
      author ??= closer.author;
      source ??= closer.source;
    }
  }
  const inBody = new Set(run.members);
  // Share bars name other sites (`某某网 微博`): the brand is read from the page's own furniture.
  if (!source) source = siteBrand(items.filter((_, i) => !inBody.has(i) && i !== titleIdx && kinds[i] !== 'widget').map((it) => it.text));

  const dropped: Partial<Record<DropKind, number>> = {};
  const trace: LineTrace[] = [];
  const blockAt = new Map(run.members.map((i, n) => [i, blocks[n]]));
  items.forEach((it, i) => {
    const block = blockAt.get(i);
    if (i === titleIdx) trace.push({ line: it.line, text: it.text, what: { role: 'title' } });
    else if (block) trace.push({ line: it.line, text: it.text, what: { role: 'body', kind: block.kind, text: block.text } });
    else {
      const k = kinds[i] ?? fallbackKind(items, kinds, i, body);
      dropped[k] = (dropped[k] ?? 0) + 1;
      trace.push({ line: it.line, text: it.text, what: { role: 'dropped', kind: k } });
    }
  });
  const title = titleIdx === null ? null : stripSiteSuffix((items[titleIdx] as Item).text);
  const warnings = cutProseWarnings(items, infos, kinds, run.members);
  return {
    title,
    titleLine: titleIdx === null ? 0 : (items[titleIdx] as Item).line,
    author,
    source,
    publishedLocal: published?.iso ?? null,
    published: published ? { local: published.iso, zone: published.zone, hasTime: published.hasTime } : null,
    blocks,
    paragraphs: blocks.map((b) => b.text),
    bodyLines: blocks.map((b) => b.line),
    dropped,
    trace,
    warnings,
  };
}
