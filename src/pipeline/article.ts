/**
 * The article model every later stage works with, whatever the seed's format:
 * canonical simplified fields and a body as a hast tree (plain paragraphs for
 * scrapes, sanitised Markdown structure for .md seeds).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { ArticleEntry } from './article-schema.ts';
import type { ArticleRules } from './editor-rules.ts';
import { findNames } from './names.ts';
import { shortHash } from './slug.ts';
import { converterFor, foldVocabulary, type VariantId } from './variants.ts';

export interface Article {
  /** ASCII slug, stable across rebuilds and shared by every variant. */
  slug: string;
  /** Seed file name, relative to the seeds folder. */
  file: string;
  title: string;
  author: string | null;
  /** The outlet that published the article. */
  source: string | null;
  /** ISO 8601 with offset. */
  published: string;
  /** True when the seed gave no zone and the configured one was assumed. */
  zoneAssumed: boolean;
  /** The page printed a date but no time (or nothing, and the file's date stands in): show the date only. */
  dateOnly: boolean;
  updated: string | null;
  description: string | null;
  tags: string[];
  body: Root;
  /** A traditional seed's own text, for its own variant's page (written.ts); null for a simplified seed. */
  written: WrittenText | null;
  /** The article's own conversion rules (front matter or sidecar field `conversion`; editor-rules.ts), or null. */
  rules: ArticleRules | null;
}

/** The fields of an article as a traditional seed wrote them (repaired, not converted). */
export interface WrittenText {
  /** The variant the seed is written in (zh-hans only for an article kept as written everywhere). */
  variant: VariantId;
  /** Shown on every variant's page, not only its own (the article's rules say `conversion: as-written`). */
  everywhere: boolean;
  title: string;
  author: string | null;
  source: string | null;
  description: string | null;
  tags: string[];
  body: Root;
}

/** A block of a scraped body: a paragraph or a subheading. */
export interface TextBlock {
  kind: 'p' | 'h2' | 'h3';
  text: string;
}

export function blocksToBody(blocks: readonly TextBlock[]): Root {
  return {
    type: 'root',
    children: blocks.map(({ kind, text }): Element => ({ type: 'element', tagName: kind, properties: {}, children: [{ type: 'text', value: text }] })),
  };
}

export function paragraphsToBody(paragraphs: readonly string[]): Root {
  return blocksToBody(paragraphs.map((text) => ({ kind: 'p', text })));
}

/** A copy of the tree with every text node passed through `convert`. */
export function mapText<T extends Root | RootContent | ElementContent>(node: T, convert: (text: string) => string): T {
  if (node.type === 'text') return { ...node, value: convert(node.value) };
  if ('children' in node) {
    const children = (node.children as Array<RootContent>).map((child) => mapText(child, convert));
    return { ...node, children } as T;
  }
  return node;
}

/** Plain text of each top-level block, in order (what a reader reads). */
export function blockTexts(body: Root): string[] {
  const texts: string[] = [];
  const textOf = (node: RootContent | ElementContent): string =>
    node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => textOf(c as ElementContent)).join('') : '';
  for (const child of body.children) {
    const text = textOf(child).trim();
    if (text) texts.push(text);
  }
  return texts;
}

/** A short summary: the description, or the opening of the first paragraph. */
export function summarise(article: Pick<Article, 'description' | 'body'>, maxChars = 90): string {
  if (article.description) return article.description;
  const first = blockTexts(article.body)[0] ?? '';
  const chars = [...first];
  return chars.length <= maxChars ? first : `${chars.slice(0, maxChars).join('')}…`;
}

/** Han characters and other letters a reader reads; for reading time. */
export function countReadableChars(body: Root): number {
  let n = 0;
  for (const text of blockTexts(body)) n += text.replace(/\s+/g, '').length;
  return n;
}

/**
 * An article as the site stores it (article-schema.ts, the one definition):
 * the metadata, what the lists and pages need from the body (summary,
 * reading length, identity), and the file that holds the body rendered in
 * every variant. The check below fails to compile when Article's metadata and
 * the schema part ways.
 */
export type { ArticleEntry };
type SameFields<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const entryMatchesArticle: SameFields<
  Omit<ArticleEntry, 'summary' | 'chars' | 'contentKey' | 'bodyFile' | 'names' | 'written' | 'shown'>,
  Omit<Article, 'body' | 'written'>
> = true;
void entryMatchesArticle;

/**
 * Identity of an article's content, for finding one article under two
 * names: its canonical text (script folded) with regional vocabulary folded
 * too (variants.ts foldVocabulary: a Taiwan-vocabulary copy, 軟體/晶片/影片
 * for 软件/芯片/视频, in either script, is the same article), without
 * whitespace, hashed.
 */
export function contentKey(body: Root): string {
  return shortHash(foldVocabulary(blockTexts(body).join('\n')).replace(/\s+/g, ''));
}

/** The names of an article (see names.ts): from its author field, headline and body. */
export function articleNames(article: Pick<Article, 'title' | 'author' | 'body'>): string[] {
  return findNames([article.title, ...blockTexts(article.body)], article.author);
}

export function toEntry(article: Article, bodyFile: string, names: string[] = articleNames(article)): ArticleEntry {
  const { body, written, ...meta } = article;
  let writtenMeta: ArticleEntry['written'] = null;
  if (written) {
    const { body: writtenBody, ...fields } = written;
    writtenMeta = { ...fields, summary: summarise({ description: fields.description, body: writtenBody }) };
  }
  const summary = summarise(article);
  const shown = shownFields({ ...meta, summary }, names);
  return { ...meta, written: writtenMeta, summary, chars: countReadableChars(body), contentKey: contentKey(body), bodyFile, names, shown };
}

/** The canonical fields a page shows, converted into each traditional variant with the article's names and rules. */
export function shownFields(
  article: Pick<ArticleEntry, 'title' | 'author' | 'source' | 'summary' | 'description' | 'rules'>,
  names: readonly string[],
): ArticleEntry['shown'] {
  const inVariant = (variant: 'zh-tw' | 'zh-hk') => {
    const convert = converterFor(variant);
    const field = (text: string | null) => (text === null ? null : convert(text, names, article.rules));
    return {
      title: convert(article.title, names, article.rules),
      author: field(article.author),
      source: field(article.source),
      summary: convert(article.summary, names, article.rules),
      description: field(article.description),
    };
  };
  return { 'zh-tw': inVariant('zh-tw'), 'zh-hk': inVariant('zh-hk') };
}
