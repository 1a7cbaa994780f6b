/**
 * One seed file in, one article and one report out: decode → repair →
 * extract → canonical text. Every step's edits are counted in the report so
 * an editor can see what was changed and what was dropped.
 */
import { mapText, paragraphsToBody, type Article } from './article.ts';
import { decodeSeed } from './decode.ts';
import { extractArticle, type DropKind } from './extract/index.ts';
import type { Root } from 'hast';
import { parseMarkdownSeed, type FrontMatter } from './markdown.ts';
import { repairGbkMisalignment } from './repair/mojibake.ts';
import { repairPunctuation } from './repair/punctuation.ts';
import { removeFlattenedRuby } from './repair/ruby.ts';
import { detectScript, toCanonical } from './script.ts';
import { slugFromFileName } from './slug.ts';
import { writtenFromLines, writtenVariant } from './written.ts';
import { SeedError, type Script, type SeedEncoding, type SeedFormat } from './types.ts';

export interface IngestOptions {
  /** UTC offset assumed for times the seed states without a zone, e.g. "+08:00". */
  timeZone: string;
}

export interface Repairs {
  /** Flattened ruby readings removed, e.g. 經(jīng) → 經. */
  ruby: number;
  /** ASCII punctuation restored to full width in Han context. */
  punctuation: number;
  /** GBK byte-misalignment spans repaired. */
  mojibake: number;
  /** Characters changed by normalising to canonical simplified script. */
  script: number;
}

export interface SeedReport {
  file: string;
  format: SeedFormat;
  encoding: SeedEncoding;
  script: Script;
  slug: string;
  title: string;
  author: string | null;
  source: string | null;
  published: string;
  zoneAssumed: boolean;
  paragraphs: number;
  repairs: Repairs;
  dropped: Partial<Record<DropKind, number>>;
  warnings: string[];
}

export interface IngestedSeed {
  article: Article;
  report: SeedReport;
}

const OFFSET = /^[+-]\d{2}:\d{2}$/;

function countChanged(before: string, after: string): number {
  if (before === after) return 0;
  const a = [...before];
  const b = [...after];
  let n = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) n++;
  return n;
}

export function ingestSeed(file: string, bytes: Uint8Array, options: IngestOptions): IngestedSeed {
  if (!OFFSET.test(options.timeZone)) throw new Error(`time zone must look like +08:00, got ${options.timeZone}`);
  const { text, encoding } = decodeSeed(bytes, file);
  const format: SeedFormat = /\.(md|markdown)$/i.test(file) ? 'markdown' : 'text';
  const slug = slugFromFileName(file.split('/').pop() ?? file);
  return format === 'markdown'
    ? ingestMarkdown(file, text, encoding, slug)
    : ingestScrape(file, text, encoding, slug, options);
}

function ingestMarkdown(file: string, text: string, encoding: SeedEncoding, slug: string): IngestedSeed {
  const { frontMatter, body } = parseMarkdownSeed(text, file);
  const profile = detectScript(text);
  let scriptChanges = 0;
  const canon = (value: string): string => {
    const out = toCanonical(value);
    scriptChanges += countChanged(value, out);
    return out;
  };
  const canonicalBody = mapText(body, canon);
  if (canonicalBody.children.length === 0) throw new SeedError(file, 'Markdown seed has an empty body');
  const article: Article = {
    slug,
    file,
    title: canon(frontMatter.title),
    author: canon(frontMatter.author),
    source: canon(frontMatter.source),
    published: frontMatter.published,
    zoneAssumed: false,
    updated: frontMatter.updated,
    description: frontMatter.description === null ? null : canon(frontMatter.description),
    tags: frontMatter.tags.map(canon),
    body: canonicalBody,
    written: writtenMarkdown(text, frontMatter, body),
  };
  return {
    article,
    report: {
      ...reportFields(article, canonicalBody.children.filter((c) => c.type === 'element').length),
      format: 'markdown',
      encoding,
      script: profile.script,
      repairs: { ruby: 0, punctuation: 0, mojibake: 0, script: scriptChanges },
      dropped: {},
      warnings: [],
    },
  };
}

function ingestScrape(file: string, text: string, encoding: SeedEncoding, slug: string, options: IngestOptions): IngestedSeed {
  const warnings: string[] = [];
  // Byte-level repair first: it needs the damaged characters exactly as decoded.
  const mojibake = repairGbkMisalignment(text);
  for (const span of mojibake.flagged) warnings.push(`possible mojibake left as is at "${span.span}": ${span.reason}`);
  // Ruby before punctuation: the readings sit in ASCII parentheses.
  const ruby = removeFlattenedRuby(mojibake.text);
  const punctuation = repairPunctuation(ruby.text);
  const profile = detectScript(punctuation.text);
  let scriptChanges = 0;
  const lines = punctuation.text.split('\n').map((line, index) => {
    const canonical = toCanonical(line);
    scriptChanges += countChanged(line, canonical);
    return { text: canonical, line: index + 1 };
  });
  const extracted = extractArticle(lines, file);
  if (!extracted.publishedLocal) throw new SeedError(file, 'no publish time found (expected a date-time such as 2026-05-12 09:30)');
  if (!extracted.author) warnings.push('no author found');
  if (!extracted.source) warnings.push('no source outlet found');
  const article: Article = {
    slug,
    file,
    title: extracted.title,
    author: extracted.author,
    source: extracted.source,
    published: `${extracted.publishedLocal}${options.timeZone}`,
    zoneAssumed: true,
    updated: null,
    description: null,
    tags: [],
    body: paragraphsToBody(extracted.paragraphs),
    written: writtenScrape(punctuation.text, extracted),
  };
  return {
    article,
    report: {
      ...reportFields(article, extracted.paragraphs.length),
      format: 'text',
      encoding,
      script: profile.script,
      repairs: { ruby: ruby.count, punctuation: punctuation.count, mojibake: mojibake.count, script: scriptChanges },
      dropped: extracted.dropped,
      warnings,
    },
  };
}

/** A traditional Markdown seed's own text (written.ts): front matter and body as written (and sanitised). */
function writtenMarkdown(text: string, frontMatter: FrontMatter, body: Root): Article['written'] {
  const variant = writtenVariant(text, frontMatter.written);
  if (!variant) return null;
  const { title, author, source, description, tags } = frontMatter;
  return { variant, title, author, source, description, tags, body };
}

/** A traditional scrape's own text: the extracted fields, mapped back to the repaired lines they came from. */
function writtenScrape(repaired: string, extracted: Pick<Article, 'title' | 'author' | 'source'> & { paragraphs: readonly string[] }): Article['written'] {
  const variant = writtenVariant(repaired);
  if (!variant) return null;
  const own = writtenFromLines(repaired.split('\n'), variant);
  return {
    variant,
    title: own(extracted.title),
    author: extracted.author === null ? null : own(extracted.author),
    source: extracted.source === null ? null : own(extracted.source),
    description: null,
    tags: [],
    body: paragraphsToBody(extracted.paragraphs.map(own)),
  };
}

function reportFields(article: Article, paragraphs: number) {
  const { file, slug, title, author, source, published, zoneAssumed } = article;
  return { file, slug, title, author, source, published, zoneAssumed, paragraphs };
}
