/**
 * Markdown seeds: YAML front matter plus a body rendered with unified and
 * remark-cjk-friendly, so emphasis next to Chinese punctuation
 * (`**「晶片」**供應鏈`) parses as CommonMark intends for CJK text.
 *
 * Seed text is untrusted: raw HTML is dropped by remark-rehype (it never
 * becomes an element) and the tree is sanitised with rehype-sanitize's
 * GitHub schema (no script, iframe, event handlers or javascript: URLs).
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { LineCounter, parseDocument } from 'yaml';
import { SeedError } from './types.ts';

export interface FrontMatter {
  title: string;
  published: string;
  author: string;
  source: string;
  description: string | null;
  tags: string[];
  updated: string | null;
}

export interface MarkdownSeed {
  frontMatter: FrontMatter;
  /** The body as a sanitised hast tree (JSON-serialisable). */
  body: Root;
  /** 1-based line where the body starts in the seed. */
  bodyLine: number;
}

/** ISO 8601 date-time with an explicit offset, e.g. 2026-05-12T09:30:00+08:00. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Footnote ids: remark-rehype already prefixes the ids it derives from seed
 * text (user-content-fn-1) and its links point there, so the sanitiser must
 * not prefix them again (it made user-content-user-content-fn-1, and every
 * footnote link dead). No other id can come from a seed: raw HTML is dropped
 * and headings get none.
 */
const SANITIZE_SCHEMA = { ...defaultSchema, clobberPrefix: '' };

/**
 * Footnote chrome in simplified Chinese, converted per variant with the
 * body (text and aria-label both; src/pipeline/body-store.ts).
 */
const FOOTNOTES = {
  footnoteLabel: '注释',
  // A visible heading (the default class, sr-only, would hide it from sighted readers only where a site defines it).
  footnoteLabelProperties: {},
  footnoteBackLabel: (index: number, again: number) => `返回正文第 ${index + 1} 处引用${again > 1 ? `（${again}）` : ''}`,
};

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/**
 * Our own structure around sanitised content, added after the sanitiser
 * (so it is ours, and seed text stays text): a table in a scrollable,
 * keyboard-reachable region, so a wide table scrolls instead of crushing its
 * columns on a phone; images loaded lazily, and an image alone in its
 * paragraph as a figure, its title as the caption.
 */
function rehypeReadable() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === 'table') {
        parent.children[index] = element('div', { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: '表格' }, [node]);
        return SKIP;
      }
      if (node.tagName === 'img') {
        node.properties = { ...node.properties, loading: 'lazy', decoding: 'async' };
        return;
      }
      const only = node.tagName === 'p' ? node.children.filter((c) => !(c.type === 'text' && !c.value.trim())) : [];
      const img = only.length === 1 && only[0]!.type === 'element' && only[0]!.tagName === 'img' ? only[0]! : null;
      if (img) {
        const caption = typeof img.properties['title'] === 'string' ? img.properties['title'] : '';
        const { title: _title, ...properties } = img.properties;
        const figured = element('img', { ...properties, loading: 'lazy', decoding: 'async' }, []);
        parent.children[index] = element('figure', {}, caption ? [figured, element('figcaption', {}, [{ type: 'text', value: caption }])] : [figured]);
        return SKIP;
      }
      return;
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkCjkFriendly)
  .use(remarkCjkFriendlyGfmStrikethrough)
  .use(remarkRehype, FOOTNOTES)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(rehypeReadable);

/** Render a Markdown body to a sanitised hast tree. */
export function renderMarkdown(markdown: string): Root {
  const tree = processor.runSync(processor.parse(markdown));
  return tree as Root;
}

function splitFrontMatter(text: string, file: string): { yaml: string; body: string; bodyLine: number } {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) throw new SeedError(file, 'Markdown seed has no YAML front matter (a block between --- lines at the top)', 1);
  const yaml = match[1] ?? '';
  const consumed = match[0];
  return { yaml, body: text.slice(consumed.length), bodyLine: consumed.split('\n').length };
}

export function parseMarkdownSeed(text: string, file: string): MarkdownSeed {
  const { yaml, body, bodyLine } = splitFrontMatter(text, file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = error?.linePos?.[0].line;
    throw new SeedError(file, `invalid YAML front matter: ${error?.message.split('\n')[0] ?? 'parse error'}`, line === undefined ? undefined : line + 1);
  }
  const data: unknown = doc.toJS();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new SeedError(file, 'front matter must be a mapping of fields', 2);
  }
  const fields = data as Record<string, unknown>;
  // YAML line of a key, +1 for the opening --- line.
  const lineOf = (key: string): number => {
    const offset = yaml.search(new RegExp(`^${key}\\s*:`, 'm'));
    return offset < 0 ? 1 : lineCounter.linePos(offset).line + 1;
  };
  const requiredText = (key: string): string => {
    const value = fields[key];
    if (value === undefined || value === null) throw new SeedError(file, `front matter is missing required field "${key}"`, 1);
    if (typeof value !== 'string' || value.trim() === '') {
      throw new SeedError(file, `front matter field "${key}" must be non-empty text`, lineOf(key));
    }
    return value.trim();
  };
  const date = (key: string, value: unknown): string => {
    // YAML may already have parsed an unquoted timestamp into a Date, losing the offset.
    if (value instanceof Date || typeof value !== 'string' || !ISO_WITH_OFFSET.test(value.trim()) || Number.isNaN(Date.parse(value))) {
      throw new SeedError(file, `front matter field "${key}" must be an ISO 8601 date-time with offset, quoted (e.g. "2026-05-12T09:30:00+08:00")`, lineOf(key));
    }
    return value.trim();
  };
  const publishedRaw = fields['published'];
  if (publishedRaw === undefined || publishedRaw === null) throw new SeedError(file, 'front matter is missing required field "published"', 1);
  const tagsRaw = fields['tags'];
  if (tagsRaw !== undefined && !(Array.isArray(tagsRaw) && tagsRaw.every((t) => typeof t === 'string'))) {
    throw new SeedError(file, 'front matter field "tags" must be a list of text', lineOf('tags'));
  }
  const description = fields['description'];
  if (description !== undefined && typeof description !== 'string') {
    throw new SeedError(file, 'front matter field "description" must be text', lineOf('description'));
  }
  const frontMatter: FrontMatter = {
    title: requiredText('title'),
    author: requiredText('author'),
    source: requiredText('source'),
    published: date('published', publishedRaw),
    description: description?.trim() || null,
    tags: (tagsRaw as string[] | undefined) ?? [],
    updated: fields['updated'] === undefined ? null : date('updated', fields['updated']),
  };
  const tree = renderMarkdown(body);
  return { frontMatter, body: tree, bodyLine };
}
