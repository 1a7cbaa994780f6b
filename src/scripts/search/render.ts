/**
 * Result rendering. Seed text is untrusted: everything is inserted as text
 * nodes, and the only elements made here are our own (<mark> included).
 */
import { formatDate } from '../../lib/format-date.ts';
import { findRanges } from './query.ts';
import type { Hit } from './search.ts';

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

/** A window of the body around the first match (or its opening), with ellipses where cut. */
export function excerptText(content: string, needles: readonly string[]): string {
  const first = findRanges(content, needles)[0];
  const chars = [...content];
  if (!first) return chars.length > CONTEXT * 2 ? `${chars.slice(0, CONTEXT * 2).join('')}…` : content;
  // Offsets from findRanges are UTF-16; count code points before the match.
  const before = [...content.slice(0, first[0])].length;
  const len = [...content.slice(first[0], first[1])].length;
  const from = Math.max(0, before - CONTEXT);
  const to = Math.min(chars.length, before + len + CONTEXT);
  return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`;
}

/** The indexed text starts with the headline (indexed as <h1>); the excerpt comes from the body. */
export function bodyOf(content: string, title: string | undefined): string {
  if (!title || !content.startsWith(title)) return content;
  return content.slice(title.length).replace(/^[.\s]+/, '');
}

/** Link to the article with the matched forms, so the article can highlight them on arrival. */
export function resultHref(url: string, matched: readonly string[]): string {
  const u = new URL(url, location.origin);
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
