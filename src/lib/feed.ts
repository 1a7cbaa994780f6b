/**
 * RSS 2.0 for one variant. Every value is seed text, so every value is
 * escaped; nothing here emits markup from a seed.
 *
 * Feed readers take an RSS 2.0 <description> (and many take <title>) as
 * HTML: once the XML is parsed, its text is rendered as markup. So those two
 * are escaped twice, as HTML and then as XML; what a reader renders is the
 * seed's text, `<script>` included, as text.
 */
import type { ArticleEntry } from '../pipeline/article.ts';
import type { Variant } from '../pipeline/variants.ts';
import { articlePath, homePath } from './paths.ts';
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
  articles: readonly Pick<ArticleEntry, 'slug' | 'title' | 'author' | 'source' | 'published' | 'summary' | 'description' | 'names' | 'written'>[];
}

export function renderFeed({ variant, siteUrl, title, description, articles }: FeedOptions): string {
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
      `<pubDate>${new Date(a.published).toUTCString()}</pubDate>`,
      a.author ? `<dc:creator>${n('author')}</dc:creator>` : '',
      a.source ? `<source url="${url(homePath(variant.id))}">${n('source')}</source>` : '',
      `<description>${hn('summary')}</description>`,
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
    `<title>${h(title)}</title>`,
    `<link>${url(homePath(variant.id))}</link>`,
    `<description>${h(description)}</description>`,
    `<language>${escapeXml(variant.lang)}</language>`,
    ...items,
    '</channel></rss>',
  ].join('\n');
}
