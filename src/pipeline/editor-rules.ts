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

export function parseEditorRules(yaml: string, file: string): EditorRules {
  const data = (parse(yaml) ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: expected a mapping with zh-tw, zh-hk and keep`);
  for (const key of Object.keys(data)) if (!['zh-tw', 'zh-hk', 'keep'].includes(key)) throw new Error(`${file}: unknown key "${key}" (expected zh-tw, zh-hk, keep)`);
  const keep = data['keep'] ?? [];
  if (!Array.isArray(keep) || !keep.every((k) => typeof k === 'string' && k.trim() !== '' && !/[\s|]/.test(k))) {
    throw new Error(`${file}: keep must be a list of text without spaces or |`);
  }
  return { variants: { 'zh-tw': textMap(data['zh-tw'], `${file}: zh-tw`), 'zh-hk': textMap(data['zh-hk'], `${file}: zh-hk`) }, keep: keep as string[] };
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
