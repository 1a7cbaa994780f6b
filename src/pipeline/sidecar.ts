/**
 * An editor's corrections to a scrape, without editing the scrape: a YAML file
 * beside it with the same name (`seeds/foo.txt` + `seeds/foo.yaml`) that sets
 * any of title, author, source and published. Checked like Markdown front
 * matter: every error names the sidecar file and the line.
 *
 *   title: 某市启动新一轮供水管网改造
 *   author: 张三          # null: the page names no author, leave it out
 *   source: 某某日报
 *   published: "2026-05-12T09:30:00+08:00"
 *   conversion:           # this article's conversion rules (editor-rules.ts), or: conversion: as-written
 *     zh-tw: {英伟达: 輝達}
 */
import { readArticleRules, type ArticleRules } from './editor-rules.ts';
import { SeedError } from './errors.ts';
import { parseYamlFields, readDateTime } from './yaml-fields.ts';

export const SIDECAR_FIELDS = ['title', 'author', 'source', 'published', 'conversion'] as const;
export type SidecarField = (typeof SIDECAR_FIELDS)[number];

export interface Sidecar {
  /** The sidecar's path relative to the seeds folder, for the report. */
  file: string;
  title?: string;
  /** null: the article has none (the page's byline is wrong). */
  author?: string | null;
  source?: string | null;
  published?: string;
  /** The article's own conversion rules. */
  conversion?: ArticleRules;
}

/** Larger than any correction needs; a bigger file is not a sidecar. */
export const MAX_SIDECAR_BYTES = 64 * 1024;

/** `foo.txt` → the names its sidecar may have. */
export function sidecarNames(seed: string): string[] {
  const stem = seed.replace(/\.txt$/i, '');
  return stem === seed ? [] : [`${stem}.yaml`, `${stem}.yml`];
}

export function parseSidecar(text: string, file: string): Sidecar {
  const { fields, lineOf } = parseYamlFields(text, file, 'sidecar', 1);
  const sidecar: Sidecar = { file };
  for (const [key, value] of Object.entries(fields)) {
    if (!(SIDECAR_FIELDS as readonly string[]).includes(key)) {
      throw new SeedError(file, `sidecar field "${key}" is not one of ${SIDECAR_FIELDS.join(', ')}`, lineOf(key));
    }
    if (key === 'published') sidecar.published = readDateTime(file, 'sidecar', key, value, lineOf);
    else if (key === 'conversion') sidecar.conversion = articleRules(file, 'sidecar', value, lineOf(key));
    else if (key === 'title') {
      if (typeof value !== 'string' || value.trim() === '') throw new SeedError(file, 'sidecar field "title" must be non-empty text', lineOf(key));
      sidecar.title = value.trim();
    } else {
      if (value !== null && (typeof value !== 'string' || value.trim() === ''))
        throw new SeedError(file, `sidecar field "${key}" must be text, or null for none`, lineOf(key));
      sidecar[key as 'author' | 'source'] = value === null ? null : (value as string).trim();
    }
  }
  return sidecar;
}

/** An editor's `conversion` field (sidecar or front matter) as rules; a wrong one is the seed's error at the field's line. */
export function articleRules(file: string, what: string, value: unknown, line: number): ArticleRules {
  try {
    return readArticleRules(value);
  } catch (error) {
    throw new SeedError(file, `${what} ${error instanceof Error ? error.message : String(error)}`, line);
  }
}
