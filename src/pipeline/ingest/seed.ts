/**
 * One seed file in, one article and one report out: decode → repair →
 * extract → canonical text. Every step's edits are counted in the report so
 * an editor can see what was changed and what was dropped.
 */
import { blocksToBody, mapText, type Article, type TextBlock } from '../article.ts';
import { dateTimeProblem } from '../calendar.ts';
import { decodeSeed } from '../decode.ts';
import { extractArticle, type DropKind } from '../extract/index.ts';
import type { ExtractedArticle, LineTrace } from '../extract/types.ts';
import { convertOutsideProtected } from '../conversion.ts';
import type { ArticleRules } from '../editor-rules.ts';
import { SIDECAR_FIELDS, type Sidecar, type SidecarField } from '../sidecar.ts';
import type { Root } from 'hast';
import { parseMarkdownSeed, removeRemoteImages, type FrontMatter } from '../markdown.ts';
import { removeControls } from '../repair/controls.ts';
import { repairGbkMisalignment } from '../repair/mojibake.ts';
import { repairPunctuation } from '../repair/punctuation.ts';
import { removeFlattenedRuby } from '../repair/ruby.ts';
import { detectScript, toCanonical } from '../script.ts';
import { slugFromFileName } from '../slug.ts';
import { writtenFromLines, writtenVariant } from '../written.ts';
import { SeedError } from '../errors.ts';
import type { Script, SeedEncoding, SeedFormat } from '../types.ts';

export interface IngestOptions {
  /** UTC offset assumed for times the seed states without a zone, e.g. "+08:00". */
  timeZone: string;
  /** The seed file's modification time: the date an article is listed by when its page prints none. */
  modified?: Date | undefined;
  /** The editor's corrections to a scrape (src/pipeline/sidecar.ts). */
  sidecar?: Sidecar | undefined;
  /** Origins (https://img.example.org) Markdown images may load from; other remote images are removed. */
  imageOrigins?: readonly string[] | undefined;
}

/** A field the page did not give, filled in another way (counted in the report). */
export type Fallback = 'title' | 'published' | 'author' | 'source';

export interface Repairs {
  /** Flattened ruby readings removed, e.g. 經(jīng) → 經. */
  ruby: number;
  /** ASCII punctuation restored to full width in Han context. */
  punctuation: number;
  /** GBK byte-misalignment spans repaired. */
  mojibake: number;
  /** Characters changed by normalising to canonical simplified script. */
  script: number;
  /** Control and format characters removed (ANSI escapes, bidi overrides, noncharacters; repair/controls.ts). */
  controls: number;
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
  /** Fields the seed did not give: title from the first sentence, published from the file's date, author or source left out. */
  fallbacks: Fallback[];
  /** Fields an editor set in the seed's sidecar file. */
  sidecar?: { file: string; fields: SidecarField[] };
  repairs: Repairs;
  dropped: Partial<Record<DropKind, number>>;
  warnings: string[];
}

export interface IngestedSeed {
  article: Article;
  report: SeedReport;
  /** What became of every non-blank line of a scrape (none for Markdown), and the repairs made. */
  trace?: SeedTrace;
}

export interface SeedTrace {
  lines: LineTrace[];
  repairs: RepairEdit[];
}

/** One repair, for the editor's view: the line, what it was and what it became. */
export interface RepairEdit {
  line: number;
  kind: 'ruby' | 'punctuation' | 'mojibake' | 'script';
  before: string;
  after: string;
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

/** The setting, checked once per build: a bad one is the editor's, not any seed's. */
export function checkIngestOptions(options: IngestOptions): void {
  if (!OFFSET.test(options.timeZone)) throw new Error(`time zone must look like +08:00, got ${options.timeZone}`);
}

export function ingestSeed(file: string, bytes: Uint8Array, options: IngestOptions): IngestedSeed {
  checkIngestOptions(options);
  const { text, encoding } = decodeSeed(bytes, file);
  const format: SeedFormat = /\.(md|markdown)$/i.test(file) ? 'markdown' : 'text';
  const slug = slugFromFileName(file.split('/').pop() ?? file);
  const ingested = format === 'markdown' ? ingestMarkdown(file, text, encoding, slug, options) : ingestScrape(file, text, encoding, slug, options);
  const { controls } = ingested.report.repairs;
  if (controls > 0) ingested.report.warnings.push(`${controls} control or format character(s) removed (ANSI escapes, bidirectional overrides, noncharacters)`);
  return ingested;
}

function ingestMarkdown(file: string, text: string, encoding: SeedEncoding, slug: string, options: IngestOptions): IngestedSeed {
  const { frontMatter, body: parsed } = parseMarkdownSeed(text, file);
  const { body, removed } = removeRemoteImages(parsed, options.imageOrigins ?? []);
  const warnings =
    removed.length === 0
      ? []
      : [`${removed.length} remote image(s) removed, from ${[...new Set(removed)].join(', ')} (allowed origins: JIANFAN_IMAGE_ORIGINS)`];
  const profile = detectScript(text);
  const rules = frontMatter.conversion;
  const keep = rules?.keep ?? [];
  let scriptChanges = 0;
  let controls = 0;
  const canon = (value: string): string => {
    // Field by field, after parsing: YAML escapes ("\u202e") and character references
    // (&#x1b;) make control characters the file had not, and a NEL made a line break
    // before parsing would break a front matter line.
    const clean = removeControls(value);
    controls += clean.count;
    const out = toCanonical(clean.text, 'tw', keep);
    scriptChanges += countChanged(clean.text, out);
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
    dateOnly: false,
    updated: frontMatter.updated,
    description: frontMatter.description === null ? null : canon(frontMatter.description),
    tags: frontMatter.tags.map(canon),
    body: canonicalBody,
    written: writtenMarkdown(text, frontMatter, body, rules),
    rules,
  };
  return {
    article,
    report: {
      ...reportFields(article, canonicalBody.children.filter((c) => c.type === 'element').length),
      fallbacks: [],
      format: 'markdown',
      encoding,
      script: profile.script,
      repairs: { ruby: 0, punctuation: 0, mojibake: 0, script: scriptChanges, controls },
      dropped: {},
      warnings,
    },
  };
}

function ingestScrape(file: string, decoded: string, encoding: SeedEncoding, slug: string, options: IngestOptions): IngestedSeed {
  const warnings: string[] = [];
  // Before anything reads the text: no field, page or terminal sees a control character.
  const controls = removeControls(decoded);
  const text = controls.text;
  // Byte-level repair first: it needs the damaged characters exactly as decoded.
  const mojibake = repairGbkMisalignment(text);
  for (const span of mojibake.flagged) warnings.push(`possible mojibake left as is at "${span.span}": ${span.reason}`);
  // Ruby before punctuation: the readings sit in ASCII parentheses.
  const ruby = removeFlattenedRuby(mojibake.text);
  const punctuation = repairPunctuation(ruby.text);
  const profile = detectScript(punctuation.text);
  let scriptChanges = 0;
  const repairs: RepairEdit[] = [];
  const stages: [RepairEdit['kind'], string, string][] = [
    ['mojibake', text, mojibake.text],
    ['ruby', mojibake.text, ruby.text],
    ['punctuation', ruby.text, punctuation.text],
  ];
  for (const [kind, before, after] of stages) {
    if (before === after) continue;
    const a = before.split('\n');
    const b = after.split('\n');
    // The repairs keep lines in place, so lines compare one to one.
    if (a.length === b.length) {
      a.forEach((line, i) => {
        if (line !== b[i]) repairs.push({ line: i + 1, kind, before: line, after: b[i] ?? '' });
      });
    }
  }
  const rules = options.sidecar?.conversion ?? null;
  const keep = rules?.keep ?? [];
  const lines = punctuation.text.split('\n').map((line, index) => {
    const canonical = toCanonical(line, 'tw', keep);
    const changed = countChanged(line, canonical);
    scriptChanges += changed;
    if (changed) repairs.push({ line: index + 1, kind: 'script', before: line, after: canonical });
    return { text: canonical, line: index + 1 };
  });
  const extracted = extractArticle(lines, file);
  warnings.push(...extracted.warnings);
  const fields = scrapeFields(file, extracted, options, warnings);
  const { title, author, source, published, zoneAssumed, dateOnly, fallbacks, fromSidecar } = fields;
  const article: Article = {
    slug,
    file,
    title,
    author,
    source,
    published,
    zoneAssumed,
    dateOnly,
    updated: null,
    description: null,
    tags: [],
    body: blocksToBody(extracted.blocks),
    written: writtenScrape(punctuation.text, { ...extracted, title, author, source }, rules, keep),
    rules,
  };
  return {
    article,
    report: {
      ...reportFields(article, extracted.blocks.length),
      fallbacks,
      ...(fromSidecar.length > 0 ? { sidecar: { file: options.sidecar?.file ?? '', fields: fromSidecar } } : {}),
      format: 'text',
      encoding,
      script: profile.script,
      repairs: { ruby: ruby.count, punctuation: punctuation.count, mojibake: mojibake.count, script: scriptChanges, controls: controls.count },
      dropped: extracted.dropped,
      warnings,
    },
    trace: { lines: extracted.trace, repairs: repairs.sort((x, y) => x.line - y.line) },
  };
}

/** A scrape's article fields, and which came from a fallback or the sidecar. */
type ScrapeFields = Pick<Article, 'title' | 'author' | 'source' | 'published' | 'zoneAssumed' | 'dateOnly'> & {
  fallbacks: Fallback[];
  fromSidecar: SidecarField[];
};

/**
 * The header fields of a scrape: the editor's sidecar first, then what
 * extraction found, then a fallback (first sentence, file date, none), each
 * fallback a warning.
 */
function scrapeFields(file: string, extracted: ExtractedArticle, options: IngestOptions, warnings: string[]): ScrapeFields {
  const sidecar = options.sidecar;
  const fromSidecar = SIDECAR_FIELDS.filter((f) => sidecar?.[f] !== undefined);
  const fallbacks: Fallback[] = [];
  let title = sidecar?.title === undefined ? extracted.title : toCanonical(sidecar.title);
  if (title === null) {
    title = firstSentence(extracted.blocks.find((b) => b.kind === 'p')?.text ?? '');
    fallbacks.push('title');
    warnings.push(`no headline found: titled by the body's first sentence`);
  }
  let published: string;
  let zoneAssumed = true;
  let dateOnly = !extracted.published?.hasTime;
  if (sidecar?.published !== undefined) {
    [published, zoneAssumed, dateOnly] = [sidecar.published, false, false];
  } else if (extracted.published) {
    const { local, zone } = extracted.published;
    // Extraction should only find real dates; whatever it finds is checked again here, by the same rule as front matter.
    const dateProblem = dateTimeProblem(local);
    if (dateProblem) throw new SeedError(file, `publish time ${local}: ${dateProblem}`);
    published = zone === null ? `${local}${options.timeZone}` : shiftToZone(local, zone, options.timeZone);
    zoneAssumed = zone === null;
  } else {
    published = fileDate(options.modified ?? new Date(0), options.timeZone);
    dateOnly = true;
    fallbacks.push('published');
    warnings.push("no publish time on the page: listed by the file's modification date");
  }
  const person = (key: 'author' | 'source', found: string | null): string | null => {
    const given = sidecar?.[key];
    const value = given === undefined ? found : given === null ? null : toCanonical(given);
    if (value === null) {
      fallbacks.push(key);
      warnings.push(key === 'author' ? 'no author found' : 'no source outlet found');
    }
    return value;
  };
  return {
    title,
    author: person('author', extracted.author),
    source: person('source', extracted.source),
    published,
    zoneAssumed,
    dateOnly,
    fallbacks,
    fromSidecar,
  };
}

/** The body's opening sentence, for a page that shows no headline. */
export function firstSentence(text: string, maxChars = 40): string {
  const sentence = /^.+?[。！？!?](?=.)/u.exec(text)?.[0] ?? text;
  const chars = [...sentence.replace(/[。！？!?]$/u, '')];
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('')}…` : chars.join('');
}

const offsetMinutes = (offset: string): number => {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!m) throw new Error(`bad UTC offset ${offset}`);
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
};

/** `YYYY-MM-DDTHH:MM:SS` in the local time of `target`. */
function localIn(utcMs: number, target: string): string {
  return new Date(utcMs + offsetMinutes(target) * 60_000).toISOString().slice(0, 19);
}

/** A local time stated in zone `from`, written in zone `to` (a page's GMT time on a +08:00 site). */
export function shiftToZone(local: string, from: string, to: string): string {
  const utc = Date.parse(`${local}Z`) - offsetMinutes(from) * 60_000;
  return `${localIn(utc, to)}${to}`;
}

/** The date of `modified` in the site's zone, at midnight. */
function fileDate(modified: Date, zone: string): string {
  return `${localIn(modified.getTime(), zone).slice(0, 10)}T00:00:00${zone}`;
}

/**
 * A traditional Markdown seed's own text (written.ts): front matter and body
 * as written (sanitised, control characters removed, `-{…}-` marks dropped),
 * for its own variant, or for every variant when its rules say `as-written`.
 */
function writtenMarkdown(text: string, frontMatter: FrontMatter, body: Root, rules: ArticleRules | null): Article['written'] {
  const detected = writtenVariant(text, frontMatter.written);
  const everywhere = rules?.asWritten === true;
  if (!detected && !everywhere) return null;
  const own = (value: string) => stripProtection(removeControls(value).text);
  const { title, author, source, description, tags } = frontMatter;
  return {
    variant: detected ?? 'zh-hans',
    everywhere,
    title: own(title),
    author: own(author),
    source: own(source),
    description: description === null ? null : own(description),
    tags: tags.map(own),
    body: mapText(body, own),
  };
}

/** A traditional scrape's own text (or any scrape's, kept as written): the extracted fields, mapped back to the repaired lines they came from. */
function writtenScrape(
  repaired: string,
  extracted: Pick<Article, 'title' | 'author' | 'source'> & { blocks: readonly TextBlock[] },
  rules: ArticleRules | null,
  keep: readonly string[],
): Article['written'] {
  const detected = writtenVariant(repaired);
  const everywhere = rules?.asWritten === true;
  if (!detected && !everywhere) return null;
  const variant = detected ?? 'zh-hans';
  const own = writtenFromLines(repaired.split('\n'), variant, keep);
  return {
    variant,
    everywhere,
    title: own(extracted.title),
    author: extracted.author === null ? null : own(extracted.author),
    source: extracted.source === null ? null : own(extracted.source),
    description: null,
    tags: [],
    body: blocksToBody(extracted.blocks.map((b) => ({ kind: b.kind, text: own(b.text) }))),
  };
}

/** Text without its `-{…}-` marks (what every page shows of it). */
function stripProtection(text: string): string {
  return convertOutsideProtected(text, (t) => t, false);
}

function reportFields(article: Article, paragraphs: number) {
  const { file, slug, title, author, source, published, zoneAssumed } = article;
  return { file, slug, title, author, source, published, zoneAssumed, paragraphs };
}
