/**
 * The document pagefind indexes for one built article page: what the reader
 * reads (headline and body) and nothing else, with one word per Han
 * character. Pure string work on the built HTML, no pagefind here.
 */
import { HAN } from '../shared/chars.ts';
import type { SearchText } from '../shared/contract.ts';

export interface IndexDocument {
  url: string;
  html: string;
}

/**
 * Every Han character as its own word: a space on each side of it. Pagefind's
 * Chinese segmentation (jieba at index time, Intl.Segmenter in the browser)
 * disagrees often enough to lose articles that contain the query
 * ("四十分鐘" is 四十/分鐘 in the index and 四/十分鐘 in the query); with one
 * word per character a query is a phrase of characters, found wherever it
 * occurs. Latin words and numbers stay whole. A plain space, not pagefind's
 * zero-width one: the document is indexed without a language (see
 * indexDocument), where only white space parts words. Pagefind's own text of
 * the page is never shown (results show the variant's text file).
 */
export function spaceHan(text: string): string {
  let out = '';
  let prev = '';
  for (const ch of text) {
    if (prev && !WHITE.test(prev) && !WHITE.test(ch) && (HAN.test(ch) || HAN.test(prev))) out += ' ';
    out += ch;
    prev = ch;
  }
  return out;
}

const WHITE = /\s/u;

/** spaceHan on the text between tags (never inside a tag or attribute). */
const spaceHanHtml = (html: string): string => html.replace(/>([^<]+)</g, (_, text: string) => `>${spaceHan(text)}<`);

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/**
 * A start tag's attributes, one by one, so a name is matched only as an
 * attribute: inside a value (a summary in <meta content="…"> may say
 * "data-pagefind-body") it is text.
 */
const ATTRIBUTE = String.raw`\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?`;

/** Inner HTML of the first element carrying `attr`, matching nested tags of the same name. */
export function innerHtmlOf(html: string, attr: string): string | null {
  const at = html.search(new RegExp(`<([a-zA-Z][\\w-]*)(?:${ATTRIBUTE})*?\\s+${attr}(?=[\\s=>/])`));
  if (at < 0) return null;
  const open = new RegExp(`^<([a-zA-Z][\\w-]*)(?:${ATTRIBUTE})*\\s*/?>`).exec(html.slice(at));
  if (!open) return null;
  const tag = open[1]!.toLowerCase();
  const start = at + open[0].length;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = start;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index);
  }
  return null;
}

interface JsonLd {
  headline?: unknown;
  datePublished?: unknown;
  publisher?: { name?: unknown };
}

function jsonLdOf(html: string): JsonLd {
  const m = /<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (!m) return {};
  try {
    return JSON.parse(m[1]!) as JsonLd;
  } catch {
    return {};
  }
}

interface ArticleParts {
  body: string;
  meta: SearchText['meta'];
}

/** What search takes from a built article page: its body's markup, headline, and the metadata results show. Null off the article markup contract. */
function articleParts(pageHtml: string): ArticleParts | null {
  const body = innerHtmlOf(pageHtml, 'data-pagefind-body');
  const ld = jsonLdOf(pageHtml);
  if (body === null || typeof ld.headline !== 'string') return null;
  const meta: SearchText['meta'] = { title: ld.headline };
  if (typeof ld.datePublished === 'string') meta.date = ld.datePublished;
  if (typeof ld.publisher?.name === 'string') meta.source = ld.publisher.name;
  return { body, meta };
}

/**
 * The document given to pagefind for one built article page: the headline as
 * <h1> (weighted as a heading), the body's own markup, metadata in <meta>.
 * Returns null for pages that do not follow the article markup contract.
 */
export function indexDocument(pageHtml: string, url: string): IndexDocument | null {
  const parts = articleParts(pageHtml);
  return parts ? documentOf(parts, url) : null;
}

/**
 * A canonical page's document and its own result text from one reading of
 * the page: the index phase reads every canonical page for both, and read
 * it twice before (a quarter of the pages it reads back).
 */
export function indexedArticle(pageHtml: string, url: string): { doc: IndexDocument; text: SearchText } | null {
  const parts = articleParts(pageHtml);
  return parts ? { doc: documentOf(parts, url), text: textOf(parts, url) } : null;
}

function documentOf(parts: ArticleParts, url: string): IndexDocument {
  // The title explicitly: the <h1> below is split into one word per character.
  const metaTags = Object.entries(parts.meta)
    .map(([k, v]) => `<meta data-pagefind-meta="${k}[content]" content="${escapeAttr(v)}">`)
    .join('');
  // No lang: pagefind then indexes the page as "unknown", with no word
  // segmentation of its own (every Han character is a word already) and no
  // stemming. As zh-hans, its Chinese segmenter ran over every character
  // anyway: indexing and writing a shard of 1,000 articles took 12.7 s,
  // against 9.3 s. The browser asks for the page's language and, with a
  // single language in the bundle, pagefind takes the one there is.
  return {
    url,
    html: `<!doctype html><html><head><meta charset="utf-8">${metaTags}</head><body>${spaceHanHtml(`<h1>${escapeText(parts.meta.title)}</h1>${parts.body}`)}</body></html>`,
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text of HTML character references (the body's HTML is our own, written by hast-util-to-html). */
const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/** Plain text of body HTML: one line per block (paragraph, heading, list item, cell, line break), tags dropped. */
export function blockText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
      .replace(/<br\s*\/?>|<\/(p|h[1-6]|li|td|th|blockquote|figcaption|pre|dt|dd|tr)>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * What a variant's search result shows of one built article page: its URL,
 * headline and body as plain text in the page's own script, source and
 * date. Null for pages that do not follow the article markup contract.
 */
export function searchText(pageHtml: string, url: string): SearchText | null {
  const parts = articleParts(pageHtml);
  return parts ? textOf(parts, url) : null;
}

const textOf = (parts: ArticleParts, url: string): SearchText => ({ url, content: `${parts.meta.title}\n${blockText(parts.body)}`, meta: parts.meta });
