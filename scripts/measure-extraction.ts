#!/usr/bin/env node
/**
 * Prints how the whole pipeline (decode → repair → extract → canonical) does
 * on the fixture scrapes against their hand-written expectations: fields
 * right, paragraphs kept whole, junk lines left in the body.
 *   npm run measure:extraction
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockTexts } from '../src/pipeline/article.ts';
import { ingestSeed } from '../src/pipeline/ingest.ts';

const root = join(import.meta.dirname, '..');
const expectedDir = join(root, 'test/fixtures/scrapes');
const seedsDir = join(root, 'test/fixtures/site/scrapes');

interface Expected {
  title: string;
  author: string | null;
  source: string | null;
  publishedLocal: string | null;
  paragraphs: string[];
}

const rows: string[][] = [['seed', 'encoding', 'fields right', 'paragraphs kept', 'junk lines left', 'repairs (ruby/punct/mojibake)', 'dropped lines']];
let fields = 0;
let fieldsTotal = 0;
let kept = 0;
let expectedTotal = 0;
let junk = 0;
for (const name of readdirSync(expectedDir).filter((f) => f.endsWith('.expected.json')).sort()) {
  const exp = JSON.parse(readFileSync(join(expectedDir, name), 'utf8')) as Expected;
  const seed = name.replace('.expected.json', '.txt');
  const { article, report } = ingestSeed(seed, readFileSync(join(seedsDir, seed)), { timeZone: '+08:00' });
  const got = blockTexts(article.body);
  const checks = [
    article.title === exp.title,
    article.author === exp.author,
    article.source === exp.source,
    exp.publishedLocal === null || article.published === `${exp.publishedLocal}+08:00`,
  ];
  const right = checks.filter(Boolean).length;
  const keptHere = exp.paragraphs.filter((p) => got.includes(p)).length;
  const junkHere = got.filter((p) => !exp.paragraphs.includes(p)).length;
  fields += right;
  fieldsTotal += checks.length;
  kept += keptHere;
  expectedTotal += exp.paragraphs.length;
  junk += junkHere;
  const dropped = Object.values(report.dropped).reduce((a, b) => a + (b ?? 0), 0);
  rows.push([seed, report.encoding, `${right}/${checks.length}`, `${keptHere}/${exp.paragraphs.length}`, String(junkHere), `${report.repairs.ruby}/${report.repairs.punctuation}/${report.repairs.mojibake}`, String(dropped)]);
}
rows.push(['total', '', `${fields}/${fieldsTotal}`, `${kept}/${expectedTotal}`, String(junk), '', '']);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(`| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`);
