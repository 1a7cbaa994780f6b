/**
 * RSS 2.0 for one variant, full text, built by @astrojs/rss. Every value is
 * seed text, so every value is escaped; nothing here emits markup from a seed. The full text is
 * the body as the article page renders it (already sanitised and converted),
 * carried escaped in content:encoded as RSS readers expect it.
 *
 * Feed readers take an RSS 2.0 <description> (and many take <title>) as
 * HTML: once the XML is parsed, its text is rendered as markup. So those two
 * are escaped twice, as HTML and then as XML; what a reader renders is the
 * seed's text, `<script>` included, as text.
 */
import { getRssString } from '@astrojs/rss';
import type { ArticleEntry } from '../pipeline/article.ts';
import type { Variant } from '../pipeline/variants.ts';
import { articlePath, feedPath, homePath } from './paths.ts';
import { articleText, convert } from './variant-text.ts';

/** Characters XML 1.0 cannot carry (control bytes a scrape may carry), removed from every value. */
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xmlSafe = (text: string): string => text.replace(NOT_IN_XML, '');

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  // Also drop characters XML 1.0 forbids (control bytes a scrape may carry).
  return xmlSafe(text).replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
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
  articles: readonly Pick<ArticleEntry, 'slug' | 'title' | 'author' | 'source' | 'published' | 'summary' | 'description' | 'shown' | 'written' | 'bodyFile'>[];
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

/**
 * Seed text in an item's customData, by reference. @astrojs/rss reads
 * customData back through fast-xml-parser, which turns text that looks like a
 * number into one (an author "007" would become 7, "1e5" 100000); so the
 * fields stand there as U+FFFF-marked numbers (U+FFFF never survives in seed
 * text, see NOT_IN_XML) and are written in, escaped, once the feed is built.
 */
function textSlots(): { slot: (text: string) => string; fill: (xml: string) => string } {
  const texts: string[] = [];
  return {
    slot: (text) => `\uffff${texts.push(text) - 1}\uffff`,
    fill: (xml) => xml.replace(/\uffff(\d+)\uffff/g, (_, i: string) => escapeXml(texts[Number(i)] ?? '')),
  };
}

/**
 * The feed through @astrojs/rss, which builds and escapes the XML. Titles and
 * descriptions are given HTML-escaped (the library escapes them as XML);
 * dates are written in the offset the article gave, which the library's
 * `pubDate` (a Date, written in GMT) would lose.
 */
export async function renderFeed({ variant, siteUrl, title, description, articles, bodyHtml }: FeedOptions): Promise<string> {
  /** A value readers render as HTML: HTML-escaped here, XML-escaped by the library. */
  const html = (text: string) => escapeHtml(xmlSafe(text));
  const url = (path: string) => new URL(path, siteUrl).href;
  const { slot, fill } = textSlots();
  const xml = await getRssString({
    title: html(convert(variant.id, title)),
    description: html(convert(variant.id, description)),
    site: url(homePath(variant.id)),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${escapeXml(variant.lang)}</language><atom:link href="${escapeXml(url(feedPath(variant.id)))}" rel="self" type="application/rss+xml"/>`,
    items: articles.map((a) => ({
      title: html(articleText(variant.id, a, 'title')),
      link: url(articlePath(variant.id, a.slug)),
      description: html(articleText(variant.id, a, 'summary')),
      ...(bodyHtml ? { content: xmlSafe(bodyHtml(a)) } : {}),
      customData: [
        `<pubDate>${rfc822(a.published)}</pubDate>`,
        a.author ? `<dc:creator>${slot(articleText(variant.id, a, 'author'))}</dc:creator>` : '',
        // The outlet the article comes from (RSS <source> would need that outlet's feed URL).
        a.source ? `<dc:source>${slot(articleText(variant.id, a, 'source'))}</dc:source>` : '',
      ].join(''),
    })),
  });
  return fill(xml);
}
