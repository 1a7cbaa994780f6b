/**
 * URL slugs: ASCII, derived from the seed's file name (not its text), so a
 * page keeps its address when extraction improves or the seed is re-scraped.
 */
import { createHash } from 'node:crypto';

export function slugFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '');
  const ascii = stem
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  // Names with no ASCII at all (新闻稿.txt) get a short hash of the name.
  const hasOtherChars = /[^\x00-\x7f]/.test(stem);
  if (!ascii) return `a-${shortHash(stem)}`;
  return hasOtherChars ? `${ascii}-${shortHash(stem)}` : ascii;
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}
