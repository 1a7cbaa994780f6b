/**
 * Editors' site-wide conversion rules, read from `conversion.yaml` at the
 * project root (JIANFAN_CONVERSION_FILE names another file):
 *
 *     zh-tw:            # simplified text → what the Taiwan pages show
 *       英伟达: 輝達
 *     zh-hk:
 *       英伟达: 英偉達
 *     keep:             # shown exactly as written on every page
 *       - 微软雅黑
 *
 * An article's own rules (front matter or sidecar field `conversion`, same
 * shape; readArticleRules) win over these, on that article's pages.
 *
 * A rule wins over every dictionary: its text is written as given and not
 * converted further (src/pipeline/conversion.ts, `overrides`). Build time
 * only (Node); the search page gets the rules inside the query dictionaries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export interface EditorRules {
  /** Per traditional variant: simplified text → the variant's text. */
  variants: { 'zh-tw': Record<string, string>; 'zh-hk': Record<string, string> };
  /** Text kept as written on every page. */
  keep: string[];
}

/** The rules file: JIANFAN_CONVERSION_FILE, or conversion.yaml in the working directory (the project root in a build). */
export function editorRulesFile(root = process.cwd()): string {
  return resolve(root, process.env.JIANFAN_CONVERSION_FILE ?? 'conversion.yaml');
}

function textMap(value: unknown, where: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where} must map simplified text to the variant's text`);
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string' || key.trim() === '' || v.trim() === '' || /[\s|]/.test(key + v)) {
      throw new Error(`${where}: "${key}" must map to non-empty text without spaces or |`);
    }
    out[key] = v;
  }
  return out;
}

/** Rules from parsed YAML (conversion.yaml, or an article's `conversion` field); `where` starts every error. */
export function readRules(data: unknown, where: string): EditorRules {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${where}: expected a mapping with zh-tw, zh-hk and keep`);
  const fields = data as Record<string, unknown>;
  for (const key of Object.keys(fields))
    if (!['zh-tw', 'zh-hk', 'keep'].includes(key)) throw new Error(`${where}: unknown key "${key}" (expected zh-tw, zh-hk, keep)`);
  const keep = fields['keep'] ?? [];
  if (!Array.isArray(keep) || !keep.every((k) => typeof k === 'string' && k.trim() !== '' && !/[\s|]/.test(k))) {
    throw new Error(`${where}: keep must be a list of text without spaces or |`);
  }
  return { variants: { 'zh-tw': textMap(fields['zh-tw'], `${where}: zh-tw`), 'zh-hk': textMap(fields['zh-hk'], `${where}: zh-hk`) }, keep: keep as string[] };
}

export function parseEditorRules(yaml: string, file: string): EditorRules {
  return readRules(parse(yaml) ?? {}, file);
}

/**
 * One article's rules, from its front matter or sidecar field `conversion`:
 * the same mapping as conversion.yaml (applied to that article only, ahead
 * of the site's rules), or `as-written`: every page shows the article as the
 * seed writes it, converted nowhere.
 */
export interface ArticleRules extends EditorRules {
  asWritten: boolean;
}

export const AS_WRITTEN = 'as-written';

/** The `conversion` field's value as rules; throws an Error naming the problem. */
export function readArticleRules(value: unknown): ArticleRules {
  if (value === AS_WRITTEN) return { variants: { 'zh-tw': {}, 'zh-hk': {} }, keep: [], asWritten: true };
  if (typeof value === 'string') throw new Error(`field "conversion" must be ${AS_WRITTEN} or a mapping with zh-tw, zh-hk and keep, not "${value}"`);
  return { ...readRules(value, 'field "conversion"'), asWritten: false };
}

let rules: EditorRules | undefined;
/** The site's rules (none when the file is absent), read once. */
export function editorRules(): EditorRules {
  if (!rules) {
    const file = editorRulesFile();
    rules = existsSync(file) ? parseEditorRules(readFileSync(file, 'utf8'), file) : { variants: { 'zh-tw': {}, 'zh-hk': {} }, keep: [] };
  }
  return rules;
}
