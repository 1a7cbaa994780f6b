/**
 * What related articles cost a build (src/render/related.ts), at archive scale.
 *
 *   node bench/related.ts [--articles 10000]
 *
 * Articles come from the benchmark's generator (bench/generate.ts), in the
 * generator's own simplified text. The loader reads each stored body file
 * (src/render/body-store.ts) for the text; here each article gets a
 * stand-in body file of the same shape (its paragraphs as HTML, once per
 * variant), so the figures include reading and stripping them. Prints the
 * time of the two steps, the heap they added, and how many articles got links.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticle } from './generate.ts';
import { newestFirst, relatedArticles, relatedDocument } from '../src/render/related.ts';

const { values: args } = parseArgs({ options: { articles: { type: 'string' } } });
const n = Number(args['articles'] ?? 10_000);
const dir = join(tmpdir(), `jianfan-bench-related-${process.pid}`);
mkdirSync(dir, { recursive: true });

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const articles = Array.from({ length: n }, (_, i) => {
  const a = generateArticle(i);
  const html = a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const bodyFile = join(dir, `${i}.json`);
  writeFileSync(bodyFile, JSON.stringify({ 'zh-hans': html, 'zh-tw': html, 'zh-hk': html }));
  return { slug: `a${i}`, title: a.title, tags: a.tags, description: a.description, bodyFile, published: a.published };
});

try {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const docs = newestFirst(articles).map(relatedDocument);
  const t1 = performance.now();
  const related = relatedArticles(docs);
  const t2 = performance.now();
  const heapAfter = process.memoryUsage().heapUsed;
  const linked = [...related.values()].filter((list) => list.length > 0).length;
  const chars = docs.reduce((sum, d) => sum + d.text.length, 0);
  console.log(`articles                       ${n}`);
  console.log(`text compared                  ${(chars / 1e6).toFixed(1)} M characters`);
  console.log(`read + strip body files        ${Math.round(t1 - t0)} ms`);
  console.log(`terms, index, related lists    ${Math.round(t2 - t1)} ms`);
  console.log(`total                          ${Math.round(t2 - t0)} ms`);
  console.log(`heap added (no GC between)     ${Math.round((heapAfter - heapBefore) / 1e6)} MB`);
  console.log(`articles with related links    ${linked} (${((100 * linked) / n).toFixed(1)}%)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
