/**
 * Result rendering. Seed text is untrusted: everything is inserted as text
 * nodes, and the only elements made here are our own (<mark> included).
 */
import { formatDate } from '../../render/format-date.ts';
import { findRanges } from './query.ts';
import type { Hit } from './engine.ts';

/** Characters of context on each side of the first match. */
const CONTEXT = 36;

/** Append `text` to `parent` with every occurrence of a needle wrapped in <mark>. */
export function appendMarked(parent: Node, text: string, needles: readonly string[]): void {
  let at = 0;
  for (const [start, end] of findRanges(text, needles)) {
    if (start > at) parent.appendChild(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    parent.appendChild(mark);
    at = end;
  }
  if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
}

/** The Chinese ellipsis, two "…" (one alone reads as a stray mark in Chinese text). */
const ELLIPSIS = '……';

/** A window of the body around the first match (or its opening), with ellipses where cut. */
export function excerptText(content: string, needles: readonly string[]): string {
  const first = findRanges(content, needles)[0];
  const chars = [...content];
  if (!first)
    return chars.length > CONTEXT * 2
      ? `${chars
          .slice(0, CONTEXT * 2)
          .join('')
          .trimEnd()}${ELLIPSIS}`
      : content;
  // Offsets from findRanges are UTF-16; count code points before the match.
  const before = [...content.slice(0, first[0])].length;
  const len = [...content.slice(first[0], first[1])].length;
  const from = Math.max(0, before - CONTEXT);
  const to = Math.min(chars.length, before + len + CONTEXT);
  const window = chars.slice(from, to).join('');
  return `${from > 0 ? ELLIPSIS : ''}${from > 0 ? window.trimStart() : window}`.trimEnd() + (to < chars.length ? ELLIPSIS : '');
}

/**
 * The body of an indexed text, which starts with the headline (indexed as
 * <h1>). Pagefind drops the spaces between Han characters ("合龙 明年" comes
 * back as "合龙明年") and ends a block that has no closing punctuation with
 * ". ", so the headline is matched ignoring whitespace, and those dots next
 * to Chinese text, which no reader wrote, are removed.
 */
export function bodyOf(content: string, title: string | undefined): string {
  let body = content;
  if (title) {
    let at = 0;
    let matched = true;
    for (const ch of title) {
      if (/\s/.test(ch)) continue;
      while (at < content.length && /\s/.test(content[at]!)) at++;
      if (content.startsWith(ch, at)) at += ch.length;
      else {
        matched = false;
        break;
      }
    }
    if (matched) body = content.slice(at).replace(/^[.\s]+/, '');
  }
  return body.replace(/(?<=[\p{Script=Han}\p{Pe}\p{Pf}])\. /gu, ' ');
}

/** Link to the article with the matched forms, so the article can highlight them on arrival (a path on this site, whatever the origin). */
export function resultHref(url: string, matched: readonly string[]): string {
  const u = new URL(url, 'https://site.invalid');
  for (const m of new Set(matched)) u.searchParams.append('highlight', m);
  return `${u.pathname}${u.search}`;
}

export function renderHit(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = resultHref(hit.data.url, hit.matched);
  appendMarked(a, hit.data.meta['title'] ?? hit.data.url, hit.matched);
  h2.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const source = hit.data.meta['source'];
  if (source) {
    const s = document.createElement('span');
    s.className = 'source';
    s.textContent = source;
    meta.append(s);
  }
  const date = hit.data.meta['date'];
  if (date) {
    const t = document.createElement('time');
    t.dateTime = date;
    t.textContent = formatDate(date);
    meta.append(t);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  appendMarked(excerpt, excerptText(bodyOf(hit.data.content, hit.data.meta['title']), hit.matched), hit.matched);
  li.append(h2, meta, excerpt);
  return li;
}
