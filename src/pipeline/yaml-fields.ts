/**
 * A YAML mapping of an editor's fields (Markdown front matter, a scrape's
 * sidecar file), parsed and checked the same way for both: aliases capped,
 * every error naming the file and the line, dates checked on the calendar.
 */
import { LineCounter, parseDocument } from 'yaml';
import { dateTimeProblem } from './calendar.ts';
import { SeedError } from './errors.ts';

/** A "billion laughs" document expands a few hundred bytes exponentially through its aliases. */
export const YAML_ALIAS_LIMIT = 100;

/** ISO 8601 date-time with an explicit offset, e.g. 2026-05-12T09:30:00+08:00. */
export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export interface YamlFields {
  fields: Record<string, unknown>;
  /** The file's line of a key (1-based), for error messages. */
  lineOf: (key: string) => number;
}

/**
 * `yaml` as a mapping. `what` names it in errors (`front matter`, `sidecar`);
 * `firstLine` is the file line of the YAML's first line.
 */
export function parseYamlFields(yaml: string, file: string, what: string, firstLine: number): YamlFields {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = error?.linePos?.[0].line;
    throw new SeedError(file, `invalid YAML ${what}: ${error?.message.split('\n')[0] ?? 'parse error'}`, line === undefined ? undefined : line + firstLine - 1);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_ALIAS_LIMIT });
  } catch (error) {
    // The yaml package throws a ReferenceError for an alias bomb (and for an alias to nothing).
    throw new SeedError(
      file,
      `invalid YAML ${what}: ${error instanceof Error ? error.message : String(error)} (at most ${YAML_ALIAS_LIMIT} aliases)`,
      firstLine,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new SeedError(file, `${what} must be a mapping of fields`, firstLine);
  const lineOf = (key: string): number => {
    const offset = yaml.search(new RegExp(`^${key}\\s*:`, 'm'));
    return offset < 0 ? firstLine : lineCounter.linePos(offset).line + firstLine - 1;
  };
  return { fields: data as Record<string, unknown>, lineOf };
}

/** A field that must be an ISO 8601 date-time with offset, quoted, and a real calendar date. */
export function readDateTime(file: string, what: string, key: string, value: unknown, lineOf: (key: string) => number): string {
  // YAML may already have parsed an unquoted timestamp into a Date, losing the offset.
  if (value instanceof Date || typeof value !== 'string' || !ISO_WITH_OFFSET.test(value.trim()) || Number.isNaN(Date.parse(value))) {
    throw new SeedError(file, `${what} field "${key}" must be an ISO 8601 date-time with offset, quoted (e.g. "2026-05-12T09:30:00+08:00")`, lineOf(key));
  }
  // Date.parse rolls 2026-02-30 over to 2 March; the calendar refuses it.
  const problem = dateTimeProblem(value.trim());
  if (problem) throw new SeedError(file, `${what} field "${key}": ${problem}`, lineOf(key));
  return value.trim();
}
