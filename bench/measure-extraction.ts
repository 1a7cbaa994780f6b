#!/usr/bin/env node
/**
 * Runs every scrape of a scored set through the real pipeline (decode →
 * repair → extract → canonical) and prints the set's own scorer table:
 * pages fully right, accuracy per field, junk strings kept.
 *
 *   npm run measure:extraction                       # ../shared/real-pages
 *   npm run measure:extraction -- FOLDER             # any folder with expect.json (+ score.mjs)
 *   npm run measure:extraction -- FOLDER --floor 26  # exit 1 when fewer pages are fully right
 *   npm run measure:extraction -- FOLDER --json out.json
 *
 * The folder holds `<id>.txt` scrapes and `expect.json` in the scorer's format;
 * its `score.mjs` does the scoring (the set's scorer, not ours, so the figures
 * are the set's). A seed the pipeline refuses counts as a result with no fields.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { blockTexts } from '../src/pipeline/article.ts';
import { ingestSeed } from '../src/pipeline/ingest/seed.ts';
import { SeedError } from '../src/pipeline/errors.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { floor: { type: 'string' }, json: { type: 'string' }, quiet: { type: 'boolean', default: false } },
});
const root = join(import.meta.dirname, '..');
const folder = resolve(positionals[0] ?? join(root, '..', 'shared', 'real-pages'));
const scorer = existsSync(join(folder, 'score.mjs')) ? join(folder, 'score.mjs') : null;
if (!existsSync(join(folder, 'expect.json')) || !scorer) {
  console.error(`measure:extraction: ${folder} has no expect.json and score.mjs`);
  process.exit(2);
}

interface Result {
  file: string;
  title: string | null;
  author: string | null;
  source: string | null;
  published: string | null;
  paragraphs: string[];
}

const results: Result[] = [];
const refused: string[] = [];
for (const file of readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  try {
    const { article, report } = ingestSeed(file, readFileSync(join(folder, file)), { timeZone: '+08:00' });
    results.push({
      file,
      title: report.fallbacks.includes('title') ? null : article.title,
      author: article.author,
      source: article.source,
      // A page that prints no time is listed by the file's date; that is not a published time.
      published: report.fallbacks.includes('published') ? null : article.published,
      paragraphs: blockTexts(article.body),
    });
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    refused.push(`${file}: ${error.reason}`);
    results.push({ file, title: null, author: null, source: null, published: null, paragraphs: [] });
  }
}

const out = values.json ? resolve(values.json) : join(mkdtempSync(join(tmpdir(), 'jianfan-measure-')), 'results.json');
writeFileSync(out, JSON.stringify(results, null, 1));
const scored = spawnSync(process.execPath, [scorer, out, ...(values.quiet ? ['--quiet'] : [])], { encoding: 'utf8' });
process.stdout.write(scored.stdout);
process.stderr.write(scored.stderr);
console.log(`refused by the pipeline: ${refused.length}/${results.length}`);
for (const r of refused) console.log(`  ${r}`);

const perfect = /pages fully right: (\d+)\/(\d+)/.exec(scored.stdout);
if (!perfect) {
  console.error('measure:extraction: the scorer printed no "pages fully right" line');
  process.exit(2);
}
if (values.floor !== undefined) {
  const floor = Number(values.floor);
  if (!Number.isInteger(floor)) throw new Error(`--floor must be a whole number, got ${values.floor}`);
  const got = Number(perfect[1]);
  if (got < floor || refused.length > 0) {
    console.error(`measure:extraction: ${got} pages fully right (floor ${floor}), ${refused.length} refused`);
    process.exit(1);
  }
  console.log(`floor held: ${got} ≥ ${floor}, nothing refused`);
}
