/**
 * RSS 2.0 for one variant, full text. Every value is seed text, so every
 * value is escaped; nothing here emits markup from a seed. The full text is
 * the body as the article page renders it (already sanitised and converted),
 * carried escaped in content:encoded as RSS readers expect it.
 *
 * Feed readers take an RSS 2.0 <description> (and many take <title>) as
 * HTML: once the XML is parsed, its text is rendered as markup. So those two
 * are escaped twice, as HTML and then as XML; what a reader renders is the
 * seed's text, `<script>` included, as text.
 */
import type { ArticleEntry } from '../pipeline/article.ts';
import type { Variant } from '../pipeline/variants.ts';
import { articlePath, feedPath, homePath } from './paths.ts';
import { articleText, convert } from './variant-text.ts';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  // Also drop characters XML 1.0 forbids (control bytes a scrape may carry).
  return text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML that shows it as it is (for values a reader renders as HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

export interface FeedOptions {
  variant: Variant;
  siteUrl: string;
  title: string;
  description: string;
  articles: readonly Pick<ArticleEntry, 'slug' | 'title' | 'author' | 'source' | 'published' | 'summary' | 'description' | 'names' | 'written' | 'rules' | 'bodyFile'>[];
  /** The body HTML of an article in this variant (the article page's own), for content:encoded. */
  bodyHtml?: (article: Pick<ArticleEntry, 'bodyFile'>) => string;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO 8601 time as an RFC 822 date in its own offset (2025-12-20T23:24:49+08:00
 * → Sat, 20 Dec 2025 23:24:49 +0800): a reader sees the time the outlet gave,
 * not the same instant moved to GMT.
 */
export function rfc822(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return new Date(iso).toUTCString();
  const [, y, mo, d, h, mi, sec = '00', zone] = m;
  const day = DAYS[new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()];
  const offset = zone === 'Z' ? '+0000' : zone!.replace(':', '');
  return `${day}, ${d} ${MONTHS[Number(mo) - 1]} ${y} ${h}:${mi}:${sec} ${offset}`;
}

export function renderFeed({ variant, siteUrl, title, description, articles, bodyHtml }: FeedOptions): string {
  /** A value readers render as HTML. */
  const h = (text: string) => escapeXml(escapeHtml(convert(variant.id, text)));
  const url = (path: string) => escapeXml(new URL(path, siteUrl).href);
  const items = articles.map((a) => {
    const n = (field: 'title' | 'author' | 'source' | 'summary') => escapeXml(articleText(variant.id, a, field));
    // As HTML, then as XML: a feed reader renders RSS titles and descriptions as HTML.
    const hn = (field: 'title' | 'summary') => escapeXml(escapeHtml(articleText(variant.id, a, field)));
    return [
      '<item>',
      `<title>${hn('title')}</title>`,
      `<link>${url(articlePath(variant.id, a.slug))}</link>`,
      `<guid isPermaLink="true">${url(articlePath(variant.id, a.slug))}</guid>`,
      `<pubDate>${rfc822(a.published)}</pubDate>`,
      a.author ? `<dc:creator>${n('author')}</dc:creator>` : '',
      a.source ? `<source url="${url(homePath(variant.id))}">${n('source')}</source>` : '',
      `<description>${hn('summary')}</description>`,
      bodyHtml ? `<content:encoded>${escapeXml(bodyHtml(a))}</content:encoded>` : '',
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    `<title>${h(title)}</title>`,
    `<atom:link href="${url(feedPath(variant.id))}" rel="self" type="application/rss+xml"/>`,
    `<link>${url(homePath(variant.id))}</link>`,
    `<description>${h(description)}</description>`,
    `<language>${escapeXml(variant.lang)}</language>`,
    ...items,
    '</channel></rss>',
  ].join('\n');
}
