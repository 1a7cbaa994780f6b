/**
 * Deterministic generator of synthetic Chinese news articles for the benchmark.
 *
 *   node bench/generate.ts --articles N --out DIR [--clean DIR] [--start K] [--seed S]
 *
 * Article i depends only on (seed, i): a folder of N articles is a prefix of a
 * folder of N+1, and article N is the "new article" of an incremental build.
 * About 60% are raw portal scrapes (.txt: breadcrumb, headline, header line,
 * body, editor, related list, copyright), half of them in traditional script
 * (opencc-js cn→tw), some encoded GB18030 or Big5; about 40% are Markdown with
 * YAML front matter. `--clean DIR` also writes every article as plain simplified
 * Markdown (the generator's own source text), for the baseline site.
 *
 * No network, no data sets: sentences come from the word lists in words.ts.
 */
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import iconv from 'iconv-lite';
import { ADJECTIVES, ADVERBS, CHANNELS, CONNECTORS, GIVEN, LATIN, NOUNS, ORGS, OUTLETS, PLACES, ROLES, SAY, SURNAMES, TIMES, UNITS, VERBS } from './words.ts';

/** Bump when the output changes, so cached folders are regenerated. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 20260512;
export const MANIFEST = '.bench-manifest.json';

// ---------------------------------------------------------------- PRNG

/** mulberry32: small, fast, good enough for test data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashInts(...xs: number[]): number {
  let h = 0x811c9dc5;
  for (const x of xs) {
    h ^= x >>> 0;
    h = Math.imul(h, 0x01000193) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995) >>> 0;
  }
  return h >>> 0;
}

export class Rng {
  next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------- article model

export type Format = 'text' | 'markdown';
export type Script = 'simplified' | 'traditional';
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'big5';

export interface GeneratedArticle {
  index: number;
  /** ASCII file name of the seed. */
  file: string;
  format: Format;
  script: Script;
  encoding: Encoding;
  title: string;
  author: string;
  outlet: string;
  channel: string;
  /** `2026-05-12T09:30:00+08:00`. */
  published: string;
  paragraphs: string[];
  /** Markdown seeds only: a subheading inserted before this paragraph index. */
  subheadings: Map<number, string>;
  description: string | null;
  tags: string[];
  /** A word of this article's topic, good as a search query (simplified). */
  topic: string;
}

const PEOPLE_WORDS = ['市民', '居民', '消费者', '家长', '学生', '游客', '司机', '商户', '农户', '网友', '从业者', '老人'];
const METRICS = ['规模', '总量', '销量', '产量', '交易额', '使用量', '客流量', '投资额', '用电量', '出口额'];

function personName(r: Rng): string {
  return r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.7) ? r.pick(GIVEN) : '');
}

function countUnit(unit: string): boolean {
  return /^(?:台|家|项|所|座|个|倍|个百分点)$/.test(unit);
}

function amount(r: Rng, unit: string): string {
  if (unit === '倍') return `${r.int(1, 9)}.${r.int(1, 9)}`;
  if (unit === '个百分点') return `${r.int(0, 5)}.${r.int(1, 9)}`;
  if (countUnit(unit)) return String(r.int(2, 980));
  return r.chance(0.4) ? `${r.int(1, 99)}.${r.int(1, 9)}` : String(r.int(2, 9800));
}

function num(r: Rng): string {
  const unit = r.pick(UNITS);
  return amount(r, unit) + unit;
}

function pct(r: Rng): string {
  return `${r.int(1, 68)}.${r.int(0, 9)}%`;
}

interface Topic {
  place: string;
  org: string;
  verb: string;
  noun: string;
  /** Nouns this article keeps coming back to. */
  cluster: string[];
  latin: string;
}

/** One sentence, ending in sentence punctuation, built around the article's topic. */
function sentence(r: Rng, t: Topic): string {
  const n = () => (r.chance(0.55) ? r.pick(t.cluster) : r.pick(NOUNS));
  const place = () => (r.chance(0.5) ? t.place : r.pick(PLACES));
  const org = () => (r.chance(0.4) ? t.org : r.pick(ORGS));
  const v = () => r.pick(VERBS);
  const person = () => `${r.pick(ROLES)}${personName(r)}`;
  const say = () => r.pick(SAY);
  const latin = () => (r.chance(0.5) ? t.latin : r.pick(LATIN));
  const people = () => r.pick(PEOPLE_WORDS);
  const tm = () => r.pick(TIMES);
  const adj = () => r.pick(ADJECTIVES);
  const adv = () => r.pick(ADVERBS);
  const conn = () => r.pick(CONNECTORS);
  const templates: (() => string)[] = [
    () => `${tm()}，${place()}${org()}${adv()}${v()}了${n()}${n()}项目，总投资约${r.int(2, 900)}亿元。`,
    () => `${person()}${say()}，${n()}的${n()}正在${v()}，这对${place()}的${n()}来说是一个${adj()}变化。`,
    () => `据${org()}${v()}的数据，${tm()}${place()}${n()}${r.pick(METRICS)}同比增长${pct(r)}，增速比去年同期提高${r.int(1, 6)}.${r.int(0, 9)}个百分点。`,
    () => `“${n()}的${n()}已经有了${adj()}基础，下一步要把${n()}做好。”${person()}${say()}，${org()}会继续${v()}相关工作。`,
    () => `${place()}${org()}的${person()}${say()}：“我们将在${tm()}${v()}${n()}，并把${n()}的${n()}${v()}到${num(r)}以上。”`,
    () => `${conn()}，${place()}已有${r.int(3, 900)}家${n()}企业接入${latin()}${n()}平台，服务${r.int(2, 980)}万名${people()}。`,
    () => `${n()}和${n()}是${org()}今年的工作重点，也是${place()}${v()}${n()}的关键一环。`,
    () => `在${place()}，${r.int(3, 500)}家${n()}企业已经${v()}了与${latin()}相关的${n()}，其中${pct(r)}来自${n()}领域。`,
    () => `${org()}${say()}，将${adv()}${v()}${n()}政策，让更多${people()}能够享受到${n()}带来的便利。`,
    () => `这是${place()}${tm()}第${r.int(2, 9)}次${v()}${n()}，${conn()}，相关${n()}的${n()}也在同步${v()}。`,
    () => `${person()}${say()}，${n()}的${adj()}${n()}还需要时间，但${n()}的基础已经打好了。`,
    () => `从${n()}到${n()}，${place()}正在把${latin()}技术用在${n()}上，${tm()}已累计${v()}${num(r)}。`,
    () => `${org()}${v()}的报告显示，${place()}${n()}指数为${r.int(40, 60)}.${r.int(0, 9)}，比上月${r.pick(['上升', '下降'])}${r.int(0, 3)}.${r.int(1, 9)}点。`,
    () => `不少${people()}${say()}，${n()}的变化让他们对${n()}更有信心，也愿意为${n()}多花一些时间。`,
    () => `${conn()}，${org()}还与${r.pick(ORGS)}签署了合作协议，双方将在${n()}、${n()}和${n()}等方面${v()}合作。`,
    () => `对于${n()}的${n()}问题，${person()}${say()}，需要在${v()}${n()}的同时，把${r.pick(['安全', '质量', '成本', '风险', '效率'])}放在更突出的位置。`,
    () => `${tm()}，${place()}共${v()}${n()}${num(r)}，完成年度目标的${pct(r)}。`,
    () => `记者在${place()}${n()}现场看到，工人们正在${v()}${n()}，${r.int(2, 90)}台${latin()}设备已经进场。`,
    () => `${org()}${say()}，${n()}并不是一个${adj()}问题，而是关系到${people()}日常生活的大事。`,
    () => `按照${place()}的规划，到${r.int(2027, 2035)}年，${n()}的${r.pick(METRICS)}将达到${num(r)}，${n()}的比重也会提高到${pct(r)}。`,
    () => `${person()}${say()}，过去大家对${n()}了解不多，现在关于${n()}和${n()}的讨论越来越多了。`,
    () => `受${n()}影响，${place()}部分${n()}${tm()}出现了${adj()}波动，${org()}已经${v()}了应对方案。`,
    () => `他还提到，${latin()}和${n()}的结合为${n()}带来了${adj()}机会，但${n()}的成本仍然偏高。`,
    () => `家住${place()}的${people()}${personName(r)}${say()}，自己每天都会关注${n()}的消息，也会和家人讨论${n()}的变化。`,
    () => `目前，${n()}的${r.pick(METRICS)}已经从${r.int(2, 400)}万增加到${r.int(401, 990)}万，这在${place()}还是第一次。`,
    () => `业内人士认为，${n()}市场的竞争会更加激烈，${org()}和${r.pick(ORGS)}都在加快${v()}${latin()}${n()}。`,
    () => `${org()}${tm()}${v()}的数据显示，${place()}的${n()}${r.pick(['增长', '下降', '回升'])}了${pct(r)}，其中${n()}的贡献最大。`,
    () => `在${n()}方面，${place()}将${adv()}${v()}${n()}，并对符合条件的${n()}项目给予最高${r.int(5, 500)}万元的补贴。`,
    () => `有${people()}担心，${n()}的${v()}会让${n()}的价格上涨，对此${org()}${say()}会加强监测。`,
    () => `${person()}说，他们的${n()}团队有${r.int(8, 600)}名成员，其中一半以上是年轻人。`,
    () => `${n()}的${n()}能否持续？${person()}${say()}，关键在于${n()}能不能跟上。`,
    () => `“这在以前是不敢想的！”一位${people()}说，现在${v()}${n()}只需要${r.int(2, 30)}分钟，比过去方便多了。`,
    () => `${tm()}，${t.org}${v()}的${t.noun}相关${n()}已在${place()}等${r.int(3, 40)}个城市落地，${people()}的反馈总体积极。`,
    () => `${conn()}，${t.latin}的应用也让${n()}的${v()}变得更快，部分${n()}的处理时间缩短了${pct(r)}。`,
  ];
  return r.pick(templates)();
}

const MIN_PARA = 40;
const MAX_PARA = 150;

function paragraph(r: Rng, t: Topic): string {
  const target = r.int(MIN_PARA, MAX_PARA);
  let p = '';
  for (let tries = 0; tries < 40 && p.length < target; tries++) {
    const s = sentence(r, t);
    if (p.length + s.length <= MAX_PARA) p += s;
  }
  // Rare: every candidate was too long to add to a short start; pad with a short one.
  while (p.length < MIN_PARA) p += `${t.place}的${t.noun}${r.pick(VERBS)}工作还在进行中。`;
  return p;
}

/** Unique (place, org, verb, noun) tuple per index: a bijection of i onto the mixed-radix space. */
function topicTuple(i: number, seed: number): [number, number, number, number] {
  const sizes = [PLACES.length, ORGS.length, VERBS.length, NOUNS.length];
  const space = sizes.reduce((a, b) => a * b, 1);
  // Multiplier coprime to the space (which has only small prime factors).
  const mult = 1000003;
  let k = Number((BigInt(i) * BigInt(mult) + BigInt(seed % space)) % BigInt(space));
  const out: number[] = [];
  for (const s of sizes) {
    out.push(k % s);
    k = Math.floor(k / s);
  }
  return out as [number, number, number, number];
}

function titleFor(r: Rng, t: Topic): string {
  const patterns: (() => string)[] = [
    () => `${t.place}${t.org}${t.verb}${t.noun}新举措`,
    () => `${t.place}：${t.org}${t.verb}${t.noun}，${t.latin}${r.pick(NOUNS)}成焦点`,
    () => `${t.org}在${t.place}${t.verb}${t.noun}项目 总投资${r.int(2, 900)}亿元`,
    () => `${t.place}${t.noun}${r.pick(METRICS)}增长${pct(r)} ${t.org}${t.verb}新计划`,
    () => `${t.org}${t.verb}${t.noun}方案，${t.place}${r.pick(PEOPLE_WORDS)}怎么看？`,
    () => `聚焦${t.noun}：${t.place}${t.org}${t.verb}${r.int(3, 60)}项措施`,
  ];
  return r.pick(patterns)();
}

function dateFor(r: Rng): { date: string; time: string } {
  // 2025-01-01 .. 2026-10-31
  const start = Date.UTC(2025, 0, 1);
  const days = 669;
  const d = new Date(start + r.int(0, days) * 86_400_000);
  const pad = (x: number) => String(x).padStart(2, '0');
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(r.int(6, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`,
  };
}

export function generateArticle(index: number, seed = DEFAULT_SEED): GeneratedArticle {
  const r = new Rng(hashInts(seed, index, 0x9e3779b9));
  const [pi, oi, vi, ni] = topicTuple(index, seed);
  const noun = NOUNS[ni] as string;
  const cluster = [noun];
  while (cluster.length < 6) cluster.push(r.pick(NOUNS));
  const topic: Topic = {
    place: PLACES[pi] as string,
    org: ORGS[oi] as string,
    verb: VERBS[vi] as string,
    noun,
    cluster,
    latin: r.pick(LATIN),
  };
  const format: Format = r.chance(0.6) ? 'text' : 'markdown';
  const script: Script = r.chance(format === 'text' ? 0.5 : 0.25) ? 'traditional' : 'simplified';
  let encoding: Encoding = 'utf-8';
  if (format === 'text') {
    const x = r.next();
    if (script === 'simplified') encoding = x < 0.4 ? 'gb18030' : x < 0.5 ? 'utf-8-bom' : 'utf-8';
    else encoding = x < 0.4 ? 'big5' : 'utf-8';
  }
  const outlets = OUTLETS.filter((o) => (script === 'traditional') === (o.region !== 'mainland'));
  const outlet = r.pick(outlets).name;
  const channel = r.pick(CHANNELS);
  const { date, time } = dateFor(r);
  const title = titleFor(r, topic);
  // Body: 2,500-3,500 characters of 40-150-character paragraphs.
  const target = r.int(2500, 3500);
  const paragraphs: string[] = [];
  paragraphs.push(
    `${r.pick(TIMES)}，${topic.place}${topic.org}${topic.verb}了${topic.noun}相关工作的最新进展，${r.pick(PEOPLE_WORDS)}和业内人士都对此十分关注。`,
  );
  let length = (paragraphs[0] as string).length;
  while (length < target) {
    const p = paragraph(r, topic);
    paragraphs.push(p);
    length += p.length;
  }
  const subheadings = new Map<number, string>();
  if (format === 'markdown' && r.chance(0.4)) {
    for (let k = 0; k < r.int(1, 3); k++) {
      subheadings.set(r.int(3, paragraphs.length - 2), `${r.pick(cluster)}${r.pick(['的新变化', '怎么走', '还有多远', '的下一步', '背后的账'])}`);
    }
  }
  if (format === 'markdown') {
    // Emphasis next to CJK punctuation: what remark-cjk-friendly is for.
    for (let k = 0; k < paragraphs.length; k++) {
      if (!r.chance(0.12)) continue;
      paragraphs[k] = (paragraphs[k] as string).replace(/“([^”]{2,30})”/u, '**“$1”**');
    }
  }
  const description = format === 'markdown' && r.chance(0.5) ? (paragraphs[0] as string).slice(0, 60) : null;
  const tags = format === 'markdown' && r.chance(0.5) ? [channel.name, ...cluster.slice(0, r.int(1, 3))] : [];
  const hex = hashInts(seed, index, 7).toString(16).padStart(8, '0');
  const file = `a${String(index).padStart(6, '0')}-${channel.slug}-${hex}.${format === 'text' ? 'txt' : 'md'}`;
  return {
    index,
    file,
    format,
    script,
    encoding,
    title,
    author: personName(r),
    outlet,
    channel: channel.name,
    published: `${date}T${time}+08:00`,
    paragraphs,
    subheadings,
    description,
    tags: [...new Set(tags)],
    topic: noun,
  };
}

// ---------------------------------------------------------------- rendering

let toTraditional: ((s: string) => string) | null = null;
function traditional(text: string): string {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTraditional(text);
}

function relatedTitles(a: GeneratedArticle, seed: number): string[] {
  const r = new Rng(hashInts(seed, a.index, 0x51ed));
  const out: string[] = [];
  for (let k = 0; k < 5; k++) {
    const other = generateTitleOnly(r.int(0, 999_999), seed);
    const { date } = dateFor(r);
    out.push(`·${other} (${date})`);
  }
  return out;
}

/** The title of article j without generating its body (same stream prefix as generateArticle). */
export function generateTitleOnly(j: number, seed: number): string {
  const r = new Rng(hashInts(seed, j, 0x9e3779b9));
  const [pi, oi, vi, ni] = topicTuple(j, seed);
  const noun = NOUNS[ni] as string;
  const cluster = [noun];
  while (cluster.length < 6) cluster.push(r.pick(NOUNS));
  const topic: Topic = { place: PLACES[pi] as string, org: ORGS[oi] as string, verb: VERBS[vi] as string, noun, cluster, latin: r.pick(LATIN) };
  // Skip the same draws generateArticle makes before the title.
  const format = r.chance(0.6) ? 'text' : 'markdown';
  r.chance(format === 'text' ? 0.5 : 0.25);
  if (format === 'text') r.next();
  r.next(); // outlet
  r.next(); // channel
  dateFor(r);
  return titleFor(r, topic);
}

/** A scraped portal page, as text (simplified; converted and encoded later). */
export function renderScrape(a: GeneratedArticle, seed = DEFAULT_SEED): string {
  const r = new Rng(hashInts(seed, a.index, 0x5c4a));
  const [date, time] = a.published.slice(0, 19).split('T') as [string, string];
  const hhmm = r.chance(0.3) ? time.slice(0, 5) : time;
  const lines: string[] = [];
  lines.push(`首页 > ${a.channel} > 正文`);
  lines.push(a.title);
  lines.push(`${date} ${hhmm} 来源：${a.outlet} 作者：${a.author}`);
  if (r.chance(0.3)) lines.push('分享到 微信 微博 QQ空间');
  const indent = r.chance(0.4) ? '　　' : '';
  const blank = r.chance(0.5);
  for (const p of a.paragraphs) {
    if (blank) lines.push('');
    lines.push(indent + p);
  }
  if (blank) lines.push('');
  lines.push(`责任编辑：${personName(r)}`);
  lines.push('相关新闻');
  lines.push(...relatedTitles(a, seed));
  lines.push(`Copyright © ${date.slice(0, 4)} ${a.outlet} 版权所有 未经授权不得转载`);
  return `${lines.join('\n')}\n`;
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

/** A Markdown seed (simplified; converted later if the article is traditional). */
export function renderMarkdown(a: GeneratedArticle, clean = false): string {
  const fm = [
    '---',
    `title: ${yamlString(a.title)}`,
    `published: ${yamlString(a.published)}`,
    `author: ${yamlString(a.author)}`,
    `source: ${yamlString(a.outlet)}`,
  ];
  if (!clean && a.description) fm.push(`description: ${yamlString(a.description)}`);
  if (!clean && a.tags.length) fm.push(`tags: [${a.tags.map(yamlString).join(', ')}]`);
  fm.push('---', '');
  const body: string[] = [];
  a.paragraphs.forEach((p, k) => {
    const h = a.subheadings.get(k);
    if (h && !clean) body.push(`## ${h}`, '');
    body.push(clean ? p.replace(/\*\*/g, '') : p, '');
  });
  return `${fm.join('\n')}\n${body.join('\n')}`;
}

/** The seed file's bytes, in its script and encoding (Big5 falls back to UTF-8 if lossy). */
export function seedBytes(a: GeneratedArticle, seed = DEFAULT_SEED): { bytes: Buffer; encoding: Encoding } {
  let text = a.format === 'text' ? renderScrape(a, seed) : renderMarkdown(a);
  if (a.script === 'traditional') text = traditional(text);
  if (a.encoding === 'gb18030') return { bytes: iconv.encode(text, 'gb18030'), encoding: 'gb18030' };
  if (a.encoding === 'big5') {
    // Big5 has no ©; scraped Big5 pages write (c).
    const t = text.replace(/©/g, '(c)');
    const bytes = iconv.encode(t, 'big5');
    if (iconv.decode(bytes, 'big5') === t) return { bytes, encoding: 'big5' };
    return { bytes: Buffer.from(text, 'utf8'), encoding: 'utf-8' };
  }
  if (a.encoding === 'utf-8-bom') return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), encoding: 'utf-8-bom' };
  return { bytes: Buffer.from(text, 'utf8'), encoding: 'utf-8' };
}

// ---------------------------------------------------------------- folders

export interface ManifestEntry {
  file: string;
  cleanFile: string;
  format: Format;
  script: Script;
  encoding: Encoding;
  title: string;
  topic: string;
  chars: number;
}

export interface Manifest {
  version: number;
  seed: number;
  start: number;
  articles: number;
  entries: ManifestEntry[];
}

export interface GenerateOptions {
  articles: number;
  out: string;
  clean?: string | undefined;
  start?: number;
  seed?: number;
  /** Every article's publish time, in place of its generated one (the bench's article newer than all others). */
  published?: string | undefined;
}

/** Clean file name for article i: simplified Markdown for the baseline. */
export function cleanName(a: GeneratedArticle): string {
  return a.file.replace(/\.(txt|md)$/, '.md');
}

/** Write N seeds (and clean copies); returns the manifest. Titles are checked to be distinct. */
export function generateFolder(opts: GenerateOptions): Manifest {
  const seed = opts.seed ?? DEFAULT_SEED;
  const start = opts.start ?? 0;
  mkdirSync(opts.out, { recursive: true });
  if (opts.clean) mkdirSync(opts.clean, { recursive: true });
  const titles = new Map<string, number>();
  const entries: ManifestEntry[] = [];
  for (let i = start; i < start + opts.articles; i++) {
    const generated = generateArticle(i, seed);
    const a = opts.published ? { ...generated, published: opts.published } : generated;
    const prev = titles.get(a.title);
    if (prev !== undefined) throw new Error(`duplicate title for articles ${prev} and ${i}: ${a.title}`);
    titles.set(a.title, i);
    const { bytes, encoding } = seedBytes(a, seed);
    writeFileSync(join(opts.out, a.file), bytes);
    if (opts.clean) writeFileSync(join(opts.clean, cleanName(a)), renderMarkdown(a, true));
    entries.push({
      file: a.file,
      cleanFile: cleanName(a),
      format: a.format,
      script: a.script,
      encoding,
      title: a.title,
      topic: a.topic,
      chars: a.paragraphs.reduce((n, p) => n + p.length, 0),
    });
  }
  const manifest: Manifest = { version: GENERATOR_VERSION, seed, start, articles: opts.articles, entries };
  writeFileSync(join(opts.out, MANIFEST), JSON.stringify(manifest, null, 1));
  return manifest;
}

/** A complete folder from an earlier run with the same parameters, or null. */
export function cachedManifest(out: string, articles: number, seed = DEFAULT_SEED): Manifest | null {
  const path = join(out, MANIFEST);
  if (!existsSync(path)) return null;
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    if (m.version !== GENERATOR_VERSION || m.seed !== seed || m.articles !== articles || m.start !== 0) return null;
    if (!m.entries.every((e) => existsSync(join(out, e.file)))) return null;
    return m;
  } catch {
    return null;
  }
}

export function summarise(m: Manifest): string {
  const count = (f: (e: ManifestEntry) => boolean) => m.entries.filter(f).length;
  const chars = m.entries.map((e) => e.chars);
  const avg = chars.reduce((a, b) => a + b, 0) / Math.max(1, chars.length);
  return [
    `${m.entries.length} articles: ${count((e) => e.format === 'text')} .txt (${count((e) => e.format === 'text' && e.script === 'traditional')} traditional),`,
    `${count((e) => e.format === 'markdown')} .md (${count((e) => e.format === 'markdown' && e.script === 'traditional')} traditional);`,
    `encodings: ${['utf-8', 'utf-8-bom', 'gb18030', 'big5'].map((enc) => `${enc} ${count((e) => e.encoding === enc)}`).join(', ')};`,
    `body ${Math.min(...chars)}-${Math.max(...chars)} chars (mean ${Math.round(avg)})`,
  ].join(' ');
}

// ---------------------------------------------------------------- CLI

if (import.meta.main) {
  const usage = 'usage: node bench/generate.ts --articles N --out DIR [--clean DIR] [--start K] [--seed S] [--force]';
  const args = (() => {
    try {
      return parseArgs({
        options: {
          articles: { type: 'string', default: '100' },
          out: { type: 'string' },
          clean: { type: 'string' },
          start: { type: 'string', default: '0' },
          seed: { type: 'string', default: String(DEFAULT_SEED) },
          force: { type: 'boolean', default: false },
        },
      }).values;
    } catch (error) {
      console.error(`${(error as Error).message}\n${usage}`);
      process.exit(2);
    }
  })();
  const articles = Number(args.articles);
  const out = args.out;
  if (!out || !Number.isInteger(articles) || articles < 1 || !Number.isInteger(Number(args.start)) || !Number.isInteger(Number(args.seed))) {
    console.error(usage);
    process.exit(2);
  }
  if (args.force && existsSync(out)) rmSync(out, { recursive: true });
  const t0 = performance.now();
  const m = generateFolder({
    articles,
    out,
    clean: args.clean,
    start: Number(args.start),
    seed: Number(args.seed),
  });
  console.log(`${summarise(m)}; written to ${out}${args.clean ? ` and ${args.clean}` : ''} in ${Math.round(performance.now() - t0)} ms`);
}
