/**
 * Highlight on arrival: an article opened from a search result carries the
 * matched words as ?highlight= parameters; mark them in the headline and
 * body and bring the first into view. Loaded only when the parameter is there.
 */
import { findRanges } from './query.ts';

export function highlightFromUrl(): void {
  const terms = new URLSearchParams(location.search).getAll('highlight').filter((t) => t.trim());
  const roots = document.querySelectorAll<HTMLElement>('article h1, [data-pagefind-body]');
  if (terms.length === 0 || roots.length === 0) return;
  const marks: HTMLElement[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    for (const node of nodes) {
      const text = node.data;
      const ranges = findRanges(text, terms);
      if (ranges.length === 0) continue;
      const frag = document.createDocumentFragment();
      let at = 0;
      for (const [start, end] of ranges) {
        if (start > at) frag.append(text.slice(at, start));
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = text.slice(start, end);
        frag.append(mark);
        marks.push(mark);
        at = end;
      }
      if (at < text.length) frag.append(text.slice(at));
      node.replaceWith(frag);
    }
  }
  const first = marks.find((m) => m.closest('[data-pagefind-body]')) ?? marks[0];
  first?.scrollIntoView({ block: 'center' });
}
