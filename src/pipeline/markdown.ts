/**
 * Markdown seeds: YAML front matter plus a body rendered with unified and
 * remark-cjk-friendly, so emphasis next to Chinese punctuation
 * (`**「晶片」**供應鏈`) parses as CommonMark intends for CJK text.
 *
 * Seed text is untrusted. Raw HTML in the body (`<p>`, `<div>`, `<center>`,
 * `<table>` pasted from a page) is parsed by rehype-raw, so its text is kept,
 * and the whole tree is then sanitised with rehype-sanitize's GitHub schema:
 * no script, style, iframe, event handlers or javascript: URLs; an element
 * the schema does not allow is replaced by its content.
 *
 * Seed text is also hostile in size and shape: the parsers have paths that
 * are quadratic or recursive in the input (see MARKDOWN_LIMITS), so a seed
 * past a limit is refused with its line before it reaches them.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
// Parse-only entries: seeds are parsed, never serialised back to Markdown.
import remarkCjkFriendly from 'remark-cjk-friendly/parseOnly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough/parseOnly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { ArticleRules } from './editor-rules.ts';
import { articleRules } from './sidecar.ts';
import { SeedError } from './errors.ts';
import { parseYamlFields, readDateTime, YAML_ALIAS_LIMIT } from './yaml-fields.ts';

export interface FrontMatter {
  title: string;
  published: string;
  author: string;
  source: string;
  description: string | null;
  tags: string[];
  updated: string | null;
  /** Which script the seed is written in, when the editor says so: zh-hans, zh-tw or zh-hk (otherwise detected). */
  written: 'zh-hans' | 'zh-tw' | 'zh-hk' | null;
  /** The article's own conversion rules (editor-rules.ts), or null. */
  conversion: ArticleRules | null;
}

export interface MarkdownSeed {
  frontMatter: FrontMatter;
  /** The body as a sanitised hast tree (JSON-serialisable). */
  body: Root;
  /** 1-based line where the body starts in the seed. */
  bodyLine: number;
}

/**
 * Bounds on a Markdown seed, far above what an article uses. Each one stops
 * a path where parsing time or stack grows faster than the seed:
 */
export const MARKDOWN_LIMITS = {
  /**
   * Emphasis and link markers (runs of * _ ~ [ ]) in one paragraph: micromark
   * matches each closer by walking back over every earlier marker of the
   * paragraph, so 120 KB of `*a` takes minutes. At 1,000 it takes milliseconds.
   */
  markersPerParagraph: 1000,
  /** Block quotes, lists and inline spans nested in one another: rendering recurses once per level. */
  depth: 32,
  /** Items in one list: mdast-util-to-hast checks every item of the list for each item. */
  listItems: 1000,
  /** YAML aliases expanded in the front matter (a "billion laughs" seed expands a few hundred bytes exponentially). */
  yamlAliases: YAML_ALIAS_LIMIT,
} as const;

/**
 * Footnote chrome in simplified Chinese, converted per variant with the
 * body (text and aria-label both; src/render/body-store.ts).
 */
const FOOTNOTES = {
  footnoteLabel: '注释',
  // A visible heading (the default class, sr-only, would hide it from sighted readers only where a site defines it).
  footnoteLabelProperties: {},
  footnoteBackLabel: (index: number, again: number) => `返回正文第 ${index + 1} 处引用${again > 1 ? `（${again}）` : ''}`,
};

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

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
      const href = node.tagName === 'a' ? node.properties['href'] : undefined;
      if (typeof href === 'string' && href.startsWith('#') && !href.startsWith('#user-content-'))
        node.properties = { ...node.properties, href: `#user-content-${href.slice(1)}` };
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
  .use(remarkRehype, { allowDangerousHtml: true, ...FOOTNOTES, clobberPrefix: '' })
  .use(rehypeRaw);

/** GitHub's schema, dropping also the content of elements whose content is not text to read. */
const SANITIZE_SCHEMA = { ...defaultSchema, strip: [...(defaultSchema.strip ?? []), 'style', 'template'] };

/**
 * Footnote ids: remark-rehype is told not to prefix the ids it derives from
 * seed text, so the sanitiser prefixes every id once (user-content-fn-1, raw
 * HTML's ids included, against DOM clobbering), and rehypeReadable points the
 * in-page links at the prefixed ids.
 */
const sanitizer = unified().use(rehypeSanitize, SANITIZE_SCHEMA).use(rehypeReadable);

/** Block quote and list markers opening one line (`> > 1. - `): each is a level of nesting. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;

/**
 * What must be refused before parsing, as micromark's time grows faster than
 * the seed: a paragraph (lines between blank lines) with more markers than
 * it matches in linear time, or a line opening more containers than the
 * depth limit (parsing 2,000 of them takes seconds before the tree is seen).
 */
function checkSource(markdown: string, firstLine: number): void {
  let line = firstLine;
  for (const paragraph of markdown.split(/\n[ \t]*\n/)) {
    const markers = paragraph.match(/[*_~[\]]+/g)?.length ?? 0;
    if (markers > MARKDOWN_LIMITS.markersPerParagraph) {
      throw new MarkdownLimitError(
        `a paragraph holds ${markers} emphasis or link markers (* _ ~ [ ]); at most ${MARKDOWN_LIMITS.markersPerParagraph} are parsed`,
        line,
      );
    }
    paragraph.split('\n').forEach((text, i) => {
      const prefix = CONTAINER_PREFIX.exec(text)?.[0] ?? '';
      if (prefix.length > MARKDOWN_LIMITS.depth && (prefix.match(/>|[-+*]|\d+[.)]/g)?.length ?? 0) > MARKDOWN_LIMITS.depth) throw nestedTooDeep(line + i);
    });
    line += paragraph.split('\n').length + 1;
  }
}

const nestedTooDeep = (line: number | undefined) =>
  new MarkdownLimitError(`Markdown nested more than ${MARKDOWN_LIMITS.depth} levels deep (block quotes, lists, emphasis)`, line);

/** What the depth check reads of a node, in mdast and hast alike. */
interface TreeNode {
  type: string;
  children?: TreeNode[];
  position?: { start: { line: number } } | undefined;
}

/** Nesting and list length of a parsed tree (mdast or hast), walked without recursion (the tree may be deep). */
function checkTree(tree: TreeNode, firstLine: number): void {
  const stack: Array<{ node: TreeNode; depth: number }> = [{ node: tree, depth: 0 }];
  const lineOf = (node: TreeNode) => (node.position ? node.position.start.line + firstLine - 1 : undefined);
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MARKDOWN_LIMITS.depth) throw nestedTooDeep(lineOf(node));
    const children = node.children ?? [];
    if (node.type === 'list' && children.length > MARKDOWN_LIMITS.listItems) {
      throw new MarkdownLimitError(`a list of ${children.length} items; at most ${MARKDOWN_LIMITS.listItems} are rendered`, lineOf(node));
    }
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
}

/** A Markdown body past one of MARKDOWN_LIMITS; `line` counts from the body's first line (1). */
export class MarkdownLimitError extends Error {
  readonly line: number | undefined;

  constructor(reason: string, line: number | undefined) {
    super(reason);
    this.name = 'MarkdownLimitError';
    this.line = line;
  }
}

/**
 * Render a Markdown body to a sanitised hast tree. Throws MarkdownLimitError
 * for a body past MARKDOWN_LIMITS; `firstLine` is the seed line the body starts on.
 */
export function renderMarkdown(markdown: string, firstLine = 1): Root {
  checkSource(markdown, firstLine);
  const parsed = processor.parse(markdown);
  checkTree(parsed, firstLine);
  const raw = processor.runSync(parsed) as Root;
  // Raw HTML nests in its own way (<div> in <div>); sanitising recurses, so its depth is checked again.
  checkTree(raw, firstLine);
  return sanitizer.runSync(raw) as Root;
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
  const seedError = (reason: string, line?: number) => new SeedError(file, reason, line);
  // The YAML starts on line 2, under the opening --- line.
  const { fields, lineOf } = parseYamlFields(yaml, file, 'front matter', 2);
  const requiredText = (key: string): string => {
    const value = fields[key];
    if (value === undefined || value === null) throw new SeedError(file, `front matter is missing required field "${key}"`, 1);
    if (typeof value !== 'string' || value.trim() === '') {
      throw new SeedError(file, `front matter field "${key}" must be non-empty text`, lineOf(key));
    }
    return value.trim();
  };
  const date = (key: string, value: unknown): string => readDateTime(file, 'front matter', key, value, lineOf);
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
  const written = fields['written'];
  if (written !== undefined && written !== 'zh-hans' && written !== 'zh-tw' && written !== 'zh-hk') {
    throw new SeedError(file, 'front matter field "written" must be zh-hans, zh-tw or zh-hk', lineOf('written'));
  }
  const frontMatter: FrontMatter = {
    title: requiredText('title'),
    author: requiredText('author'),
    source: requiredText('source'),
    published: date('published', publishedRaw),
    description: description?.trim() || null,
    tags: (tagsRaw as string[] | undefined) ?? [],
    updated: fields['updated'] === undefined ? null : date('updated', fields['updated']),
    written: written ?? null,
    conversion: fields['conversion'] === undefined ? null : articleRules(file, 'front matter', fields['conversion'], lineOf('conversion')),
  };
  let tree: Root;
  try {
    tree = renderMarkdown(body, bodyLine);
  } catch (error) {
    if (error instanceof MarkdownLimitError) throw seedError(error.message, error.line);
    throw error;
  }
  return { frontMatter, body: tree, bodyLine };
}

/**
 * The body without images from origins not allowed: a remote image loads
 * when the page is read, so a seed could tell a third party who reads what.
 * A relative or root-relative image (this site's) stays; an absolute one
 * stays only when its origin is listed. A removed image leaves its alt text.
 * Returns the origins of the removed images, one entry per image.
 */
export function removeRemoteImages(body: Root, allowedOrigins: readonly string[]): { body: Root; removed: string[] } {
  const allowed = new Set(allowedOrigins.map((origin) => origin.toLowerCase()));
  const removed: string[] = [];
  const originOf = (src: string): string | null => {
    // Scheme-relative (//host/x) is remote too; other relative URLs are this site's.
    if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src.trim())) return null;
    try {
      return new URL(src.trim(), 'https://relative.invalid').origin.toLowerCase();
    } catch {
      return 'an unreadable URL';
    }
  };
  const visit = <T extends Root | Element>(node: T): T => {
    const children = (node.children as Array<RootContent>).flatMap((child): RootContent[] => {
      if (child.type !== 'element') return [child];
      // A figure of one removed image leaves a paragraph of its alt text, not an empty figure.
      if (child.tagName === 'figure') {
        const inner = visit(child);
        if (!inner.children.some((c) => c.type === 'element')) return inner.children.length ? [{ ...inner, tagName: 'p' }] : [];
        return [inner];
      }
      if (child.tagName === 'img') {
        const origin = originOf(String(child.properties['src'] ?? ''));
        if (origin !== null && !allowed.has(origin)) {
          removed.push(origin);
          const alt = String(child.properties['alt'] ?? '');
          return alt ? [{ type: 'text', value: alt }] : [];
        }
      }
      return [visit(child)];
    });
    return { ...node, children } as T;
  };
  return { body: visit(body), removed };
}
