/**
 * What related articles cost a build (src/render/related.ts), at archive scale.
 *
 *   node bench/related.ts [--articles 10000]
 *
 * Articles come from the benchmark's generator (bench/generate.ts), in the
 * generator's own simplified text. Ingest takes the opening of each body's
 * HTML (src/render/body-store.ts bodyOpening); here each article's
 * paragraphs as HTML stand in for it, so the figures include stripping it.
 * Prints the time of the two steps, the heap they added, and how many
 * articles got links.
 */
import { parseArgs } from 'node:util';
import { generateArticle } from './generate.ts';
import { bodyOpening } from '../src/render/body-store.ts';
import { newestFirst, relatedArticles, relatedDocument } from '../src/render/related.ts';

const { values: args } = parseArgs({ options: { articles: { type: 'string' } } });
const n = Number(args['articles'] ?? 10_000);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const articles = Array.from({ length: n }, (_, i) => {
  const a = generateArticle(i);
  const html = a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return { slug: `a${i}`, title: a.title, tags: a.tags, description: a.description, html, published: a.published };
});

{
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const docs = newestFirst(articles).map((a) => relatedDocument(a, bodyOpening(a.html)));
  const t1 = performance.now();
  const related = relatedArticles(docs);
  const t2 = performance.now();
  const heapAfter = process.memoryUsage().heapUsed;
  const linked = [...related.values()].filter((list) => list.length > 0).length;
  const chars = docs.reduce((sum, d) => sum + d.text.length, 0);
  console.log(`articles                       ${n}`);
  console.log(`text compared                  ${(chars / 1e6).toFixed(1)} M characters`);
  console.log(`strip body openings            ${Math.round(t1 - t0)} ms`);
  console.log(`terms, index, related lists    ${Math.round(t2 - t1)} ms`);
  console.log(`total                          ${Math.round(t2 - t0)} ms`);
  console.log(`heap added (no GC between)     ${Math.round((heapAfter - heapBefore) / 1e6)} MB`);
  console.log(`articles with related links    ${linked} (${((100 * linked) / n).toFixed(1)}%)`);
}
