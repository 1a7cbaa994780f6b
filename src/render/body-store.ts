/**
 * Article bodies, rendered once to HTML in every variant and kept in files
 * outside Astro's content store. The store then holds metadata only, so its
 * size (and with it Astro's startup, content sync and bundle) no longer grows
 * with the text of the archive, and a page renders by reading one file
 * instead of converting its body again.
 *
 * A body file is named by a hash of the body and of the renderer's version,
 * so two builds that render the same body share one file, and a change to
 * the converters or their dictionaries gives new names.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { touch, writeFileAtomic } from '../build-fs.ts';
import { mapText, type WrittenText } from '../pipeline/article.ts';
import type { ArticleRules } from '../pipeline/editor-rules.ts';
import { converterFor, VARIANT_IDS, type VariantId } from '../pipeline/variants.ts';

export type VariantBodies = Record<VariantId, string>;

/** Attributes a reader reads (or hears): converted like the text. */
const READ_PROPERTIES = ['alt', 'title', 'ariaLabel'] as const;

/** The body in one variant: its text nodes and read attributes converted. */
function inVariant(body: Root, convert: (text: string) => string): Root {
  const tree = mapText(body, convert);
  visit(tree, 'element', (node) => {
    for (const key of READ_PROPERTIES) {
      const value = node.properties[key];
      if (typeof value === 'string') node.properties = { ...node.properties, [key]: convert(value) };
    }
  });
  return tree;
}

/**
 * Body HTML in every variant, escaped by hast-util-to-html. Text nodes and
 * read attributes are converted, with the article's own rules ahead of the
 * site's. A traditional seed's own variant shows its written body
 * (src/pipeline/written.ts) instead of a conversion, and so does every
 * variant of an article kept as written.
 */
type Written = Pick<WrittenText, 'variant' | 'everywhere' | 'body'>;
export function renderBodies(body: Root, names: readonly string[] = [], written: Written | null = null, rules: ArticleRules | null = null): VariantBodies {
  return Object.fromEntries(VARIANT_IDS.map((id) => [id, renderBody(id, body, names, written, rules)])) as VariantBodies;
}

/** The body HTML of one variant (what renderBodies stores for it). */
export function renderBody(
  id: VariantId,
  body: Root,
  names: readonly string[] = [],
  written: Written | null = null,
  rules: ArticleRules | null = null,
): string {
  if (written && (written.variant === id || written.everywhere)) return toHtml(written.body);
  const convert = converterFor(id);
  return toHtml(inVariant(body, (text) => convert(text, names, rules)));
}

/**
 * Characters of the body that related articles compare (src/render/related.ts).
 * A news story says what it is about first (the lede and the opening
 * paragraphs); the rest adds cost, not topic.
 */
export const BODY_CHARS_COMPARED = 1200;

/**
 * The opening of a body's HTML as text, for related articles: taken at
 * ingest (in the workers, and kept in the ingest cache), so the loader does
 * not read every stored body again on the main thread (10,000 body files
 * took 3 to 12 s here, on every build, adding one article included).
 */
export function bodyOpening(html: string): string {
  return html.replace(/<[^>]*>|&[#\w]+;/g, ' ').slice(0, BODY_CHARS_COMPARED);
}

export interface BodyStoreOptions {
  dir: string;
  /** Version of everything a rendering depends on (pipeline source, converter packages). */
  version: string;
}

/**
 * The body's file in the store, written if it is not there yet (renamed into
 * place, so a reader never sees half a file) and touched if it is, so a build
 * can prune the files it did not use. Returns the file's absolute path.
 */
export function storeBody(
  store: BodyStoreOptions,
  body: Root,
  names: readonly string[] = [],
  written: Written | null = null,
  rules: ArticleRules | null = null,
): string {
  const json = JSON.stringify({ body, names, written, rules });
  const key = createHash('sha256').update(store.version).update('\0').update(json).digest('hex').slice(0, 32);
  const file = join(store.dir, `${key}.json`);
  if (touch(file)) return file;
  writeFileAtomic(file, JSON.stringify(renderBodies(body, names, written, rules)));
  return file;
}

/** A stored body in one variant (for the article page). */
export function readBody(file: string, variant: VariantId): string {
  const bodies = JSON.parse(readFileSync(file, 'utf8')) as Partial<VariantBodies>;
  const html = bodies[variant];
  if (typeof html !== 'string') throw new Error(`${file}: no body for ${variant}`);
  return html;
}
