#!/usr/bin/env node
/**
 * Prints how Jianfan's conversion chains do against opencc-js's plain
 * presets on OpenCC's own suite, and how two ways of keeping phrases from
 * crossing word boundaries compare: the protected-collocation dictionary
 * Jianfan uses, and cutting OpenCC's matches at Intl.Segmenter's words.
 * It also prints the conversion speed of each chain against opencc-js's
 * preset, per paragraph and per article.
 *   npm run measure:conversion
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConverterFunction } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { PROTECTED_COLLOCATIONS } from '../src/pipeline/dictionaries/boundaries.ts';
import { toCanonical } from '../src/pipeline/script.ts';
import { converterFor } from '../src/pipeline/variants.ts';
import { jianfanChain, plainPreset, readSuite, SUITE_CONFIGS } from '../test/helpers/opencc-suite.ts';
import { DEVIATIONS, type SuiteConfig } from '../test/unit/opencc-suite.deviations.ts';

const cases = readSuite();
const passes = (config: SuiteConfig, convert: ConverterFunction) =>
  cases.filter((c) => c.expected[config] !== undefined && convert(c.input) === c.expected[config]).length;

const s2twp = plainPreset('s2twp');
console.log('OpenCC suite: passes of Jianfan and of the plain opencc-js preset');
console.log('(s2tw: "Taiwan words" counts the cases where Jianfan gives what s2twp gives, the s2tw rule; Jianfan has one Taiwan chain, with vocabulary)');
console.log('config  cases  opencc-js  Jianfan  Taiwan words  listed deviations');
for (const config of SUITE_CONFIGS) {
  const ours = cases.filter((c) => c.expected[config] !== undefined);
  const listed = DEVIATIONS.filter((d) => d.config === config).map((d) => d.id);
  const jianfan = jianfanChain(config);
  const vocabulary =
    config === 's2tw' ? ours.filter((c) => jianfan(c.input) !== c.expected[config] && !listed.includes(c.id) && jianfan(c.input) === s2twp(c.input)).length : 0;
  console.log(
    `${config.padEnd(7)} ${String(ours.length).padStart(5)}  ${String(passes(config, plainPreset(config))).padStart(9)}  ${String(passes(config, jianfan)).padStart(7)}  ${String(vocabulary || '-').padStart(12)}  ${listed.join(', ') || '-'}`,
  );
}
console.log('\nDeliberate deviations (test/unit/opencc-suite.deviations.ts):');
for (const d of DEVIATIONS) console.log(`  ${d.config} ${d.id}: ${d.reason}`);

// Intl.Segmenter as a veto: a dictionary key that starts or ends inside one
// of ICU's words without covering it is cut apart at that word's boundary.
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const back = plainPreset('t2s');
function icuVeto(config: 's2twp' | 's2tw' | 's2hk'): ConverterFunction {
  const plain = plainPreset(config);
  const settings = (Locale.configs as unknown as Record<string, { segmentation: string[]; conversionChain: string[][] }>)[config]!;
  const keys = new Set<string>();
  const add = (dict: string, map = (k: string) => k) => {
    for (const entry of dict.split('|')) {
      const key = entry.slice(0, entry.indexOf(' '));
      if ([...key].length > 1) keys.add(map(key));
    }
  };
  for (const d of settings.segmentation) add(d);
  for (const d of settings.conversionChain[0]!) add(d);
  for (const d of settings.conversionChain.slice(1).flat()) add(d, back); // later groups' keys, in simplified
  const longest = Math.max(...[...keys].map((k) => k.length));
  return (text) => {
    const start: number[] = [];
    const end: number[] = [];
    for (const w of segmenter.segment(text))
      for (let k = w.index; k < w.index + w.segment.length; k++) [start[k], end[k]] = [w.index, w.index + w.segment.length];
    const cuts = new Set<number>();
    for (let i = 0; i < text.length; i++) {
      for (let j = i + 2; j <= Math.min(text.length, i + longest); j++) {
        if (!keys.has(text.slice(i, j))) continue;
        if (start[i]! < i && end[i]! < j) cuts.add(end[i]!);
        if (j < text.length && start[j]! < j && start[j]! > i) cuts.add(start[j]!);
      }
    }
    const at = [0, ...[...cuts].sort((a, b) => a - b), text.length];
    return at
      .slice(1)
      .map((to, k) => plain(text.slice(at[k], to)))
      .join('');
  };
}

// Boundary cases: the dictionary's own examples, and held-out sentences it
// was not written from (hand-checked Taiwan answers).
const HELD_OUT: Array<[string, string]> = [
  ['抗议者在市中心聚集成群', '抗議者在市中心聚集成群'],
  ['这是极少数组织才有的权力', '這是極少數組織才有的權力'],
  ['青霉素被发现以后', '青黴素被發現以後'],
  ['报告说明了如何应对', '報告說明了如何應對'],
  ['他接受英文采访时说', '他接受英文採訪時說'],
  ['照片被发到网上', '照片被發到網上'],
  ['火箭被发射升空', '火箭被發射升空'],
  ['他们参与制造了这批零件', '他們參與製造了這批零件'],
  ['全国人数组成的代表团', '全國人數組成的代表團'],
  ['图书馆收集成套的古籍', '圖書館收集成套的古籍'],
];
const own = PROTECTED_COLLOCATIONS.map((c) => [c.example, c.tw] as [string, string]);
const right = (convert: ConverterFunction, list: Array<[string, string]>) => list.filter(([cn, tw]) => convert(cn) === tw).length;
const tw = converterFor('zh-tw');
const veto = icuVeto('s2twp');
console.log('\nWord boundaries (Taiwan page)        dictionary examples  held out');
for (const [name, convert] of [
  ['opencc-js s2twp', plainPreset('s2twp')],
  ['Intl.Segmenter veto on s2twp', veto],
  ['Jianfan (protected collocations)', tw],
] as const) {
  console.log(
    `${name.padEnd(36)} ${String(right(convert, own)).padStart(3)}/${own.length}  ${String(right(convert, HELD_OUT)).padStart(10)}/${HELD_OUT.length}`,
  );
}
console.log('\nOpenCC suite with the Intl.Segmenter veto (the dictionary changes no suite answer):');
for (const config of ['s2twp', 's2tw', 's2hk'] as const)
  console.log(`${config}: ${passes(config, icuVeto(config))} against ${passes(config, plainPreset(config))} for opencc-js`);

const sample = toCanonical(readFileSync(join(import.meta.dirname, '../test/fixtures/site/scrapes/b_netease_traditional.txt'), 'utf8'));
let changed = 0;
for (const line of sample.split('\n')) if (veto(line) !== plainPreset('s2twp')(line)) changed++;
console.log(`\nSample article: the veto changes ${changed} line(s) against opencc-js`);

// Speed at the sizes the build converts: a body is converted text node by
// text node (a paragraph each), fields one by one, and the search page a
// query at a time. The text: the real-page set (../shared/real-pages, or
// the fixtures' scrapes when it is absent), made canonical as a seed is.
const realPages = join(import.meta.dirname, '../../shared/real-pages');
const textDir = existsSync(realPages) ? realPages : join(import.meta.dirname, '../test/fixtures/site/scrapes');
const articles = readdirSync(textDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => toCanonical(readFileSync(join(textDir, f), 'utf8')));
// Lines of prose (a scrape's short lines are navigation and furniture, dropped before conversion).
const paragraphs = articles.flatMap((a) =>
  a
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 20),
);
const chars = (list: string[]) => list.reduce((n, t) => n + t.length, 0);
/**
 * Million characters a second of two converters on the same texts, each the
 * best of 7 rounds of about 300,000 characters, the two taking turns in each
 * round. Timed in this process's CPU time, not wall time: on a shared
 * machine the wall clock counts the time other work held the cores (wall
 * time varied threefold between runs; CPU time by about 15%).
 */
const rates = (a: (text: string) => string, b: (text: string) => string, texts: string[]): [string, string] => {
  const best = [0, 0];
  for (const t of texts) a(t), b(t);
  for (let round = 0; round < 7; round++) {
    [a, b].forEach((convert, k) => {
      let n = 0;
      const c0 = process.cpuUsage();
      while (n < 300_000)
        for (const t of texts) {
          convert(t);
          n += t.length;
        }
      const cpu = process.cpuUsage(c0);
      best[k] = Math.max(best[k]!, n / ((cpu.user + cpu.system) / 1e6) / 1e6);
    });
  }
  return [best[0]!.toFixed(2), best[1]!.toFixed(2)];
};
const hk = converterFor('zh-hk');
console.log(
  `\nSpeed, M characters per CPU second (${textDir.includes('real-pages') ? 'real-page set' : 'fixture scrapes'}: ${paragraphs.length} paragraphs of ${Math.round(chars(paragraphs) / paragraphs.length)} characters on average, ${articles.length} articles of ${Math.round(chars(articles) / articles.length)})`,
);
console.log('chain                   opencc-js  Jianfan  (per paragraph)  opencc-js  Jianfan  (per article)');
const pairs: Array<[string, (text: string) => string, (text: string) => string]> = [
  ['zh-Hant-TW (s2twp)', plainPreset('s2twp'), (t) => tw(t, [])],
  ['zh-Hant-HK (s2hk)', plainPreset('s2hk'), (t) => hk(t, [])],
  ['canonical (tw2s)', plainPreset('tw2s'), (t) => toCanonical(t)],
];
for (const [name, plain, ours] of pairs) {
  const [pp, jp] = rates(plain, ours, paragraphs);
  const [pa, ja] = rates(plain, ours, articles);
  console.log(`${name.padEnd(22)} ${pp.padStart(10)} ${jp.padStart(8)}  ${''.padStart(15)} ${pa.padStart(10)} ${ja.padStart(8)}`);
}
// The veto is ten times slower: fewer rounds, per article only.
{
  let n = 0;
  const c0 = process.cpuUsage();
  while (n < 300_000)
    for (const a of articles) {
      veto(a);
      n += a.length;
    }
  const cpu = process.cpuUsage(c0);
  console.log(`Intl.Segmenter veto on s2twp, per article: ${(n / ((cpu.user + cpu.system) / 1e6) / 1e6).toFixed(2)}`);
}
