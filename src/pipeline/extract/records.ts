/**
 * Record lists: repeated-shape lists of other articles around the body.
 *  - timestamp-terminated records: (title, same title, source, `YYYY-MM-DD HH:MM:SS`) × N,
 *    or any other fixed shape that ends with a timestamp line;
 *  - bullet lists: `·title`, `►title`, `• title (2026-05-10)`;
 *  - headed lists: a `相关新闻`/`延伸阅读`/`推荐阅读` … heading followed by title-like lines;
 *  - section lists: `科技要闻` / `头条要闻` labels, each with a few headlines.
 * Works on non-blank lines; returns the kind of each line that belongs to a list.
 */
import type { DropKind } from './types.ts';
import { lineFeatures } from './features.ts';
import { findTimes, isTimestampOnly } from './time.ts';
import { classifyLine, isRelatedHeading, isSectionLabel } from './boilerplate.ts';
import { parseByline } from './byline.ts';

export interface RecordLists {
  /** Index (among the given lines) → kind, for every line that belongs to a list. */
  kinds: Map<number, DropKind>;
  /** Indices of timestamp lines explained as a field of a record. */
  explainedTimes: Set<number>;
}

const BULLET = /^[·•●▪■◆◇►▶➤★☆‧∙⋅◎○▸]/u;

/** A line that could be the headline of a listed article: short-ish, not prose. */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  const f = lineFeatures(t);
  if (f.length < 2 || f.length > 80) return false;
  // Prose with several full stops is a paragraph, not a listed headline.
  if (f.sentenceMarks >= 2 && /。/u.test(t)) return false;
  if (/。[”」』]?$/u.test(t) && f.funcDensity >= 0.1 && f.han >= 25) return false;
  return true;
}

/** A line ending in a date: `某某网 2026-05-10 09:00`, `标题（2026/05/10）`. */
export function endsWithDate(text: string): boolean {
  const t = text.trim().replace(/[）)\]】]$/u, '');
  const times = findTimes(t);
  const last = times[times.length - 1];
  return last !== undefined && t.slice(last.end).trim() === '';
}

function mostCommon(values: number[]): { value: number; count: number } | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: { value: number; count: number } | null = null;
  for (const [value, count] of counts) if (!best || count > best.count || (count === best.count && value < best.value)) best = { value, count };
  return best;
}

/** Records that end with a timestamp-only line and repeat one length. */
function timestampRecords(texts: string[], out: RecordLists): void {
  const ts: number[] = [];
  texts.forEach((t, i) => {
    if (isTimestampOnly(t)) ts.push(i);
  });
  if (ts.length < 2) return;
  const gaps: number[] = [];
  for (let k = 1; k < ts.length; k++) {
    const g = (ts[k] ?? 0) - (ts[k - 1] ?? 0);
    if (g >= 2 && g <= 6) gaps.push(g);
  }
  const common = mostCommon(gaps);
  if (!common) return;
  const L = common.value;
  const shapeOf = (end: number): string =>
    Array.from({ length: L - 1 }, (_, j) => {
      const i = end - L + 1 + j;
      const prev = texts[i - 1];
      return j > 0 && prev !== undefined && prev === texts[i] ? 'D' : 'T';
    }).join('');
  // Candidate records: the L lines ending at a timestamp, none of them another timestamp.
  const cands: number[] = [];
  for (let k = 0; k < ts.length; k++) {
    const end = ts[k] ?? 0;
    const prev = k > 0 ? (ts[k - 1] ?? -1) : -1;
    if (end - prev < L || end - L + 1 < 0) continue;
    let ok = true;
    for (let i = end - L + 1; i < end; i++) if (!isTitleLike(texts[i] ?? '')) ok = false;
    if (ok) cands.push(end);
  }
  const shape = mostCommon(cands.map((e) => hash(shapeOf(e))));
  if (!shape || cands.length < 2) return;
  for (const end of cands) {
    if (hash(shapeOf(end)) !== shape.value) continue;
    for (let i = end - L + 1; i <= end; i++) out.kinds.set(i, 'related');
    out.explainedTimes.add(end);
  }
}

function hash(s: string): number {
  let h = 7;
  for (const ch of s) h = h * 31 + ch.charCodeAt(0);
  return h;
}

/** `·title`, `►title`, and title lines that end with a date. */
function bulletRecords(texts: string[], out: RecordLists): void {
  const isItem = (t: string): boolean => {
    // `■记者某某` is a byline under a bullet, not a listed headline.
    if (BULLET.test(t) && !parseByline(t)?.pure) {
      const f = lineFeatures(t);
      return !(f.endsSentence && f.funcDensity >= 0.1 && f.han >= 25 && /。/u.test(t));
    }
    return false;
  };
  texts.forEach((t, i) => {
    if (isItem(t)) out.kinds.set(i, 'related');
  });
  // Title lines that end with a date, two or more in a row.
  for (let i = 0; i < texts.length; i++) {
    let j = i;
    while (j < texts.length && endsWithDate(texts[j] ?? '') && !isTimestampOnly(texts[j] ?? '') && isTitleLike(texts[j] ?? '') && !/。/u.test(texts[j] ?? ''))
      j++;
    if (j - i >= 2) for (let k = i; k < j; k++) out.kinds.set(k, 'related');
    i = Math.max(i, j);
  }
}

/** The next line that is not a widget or counter is a header line (a time or a source): `i` is a headline. */
function headsAnArticle(texts: string[], i: number): boolean {
  for (let j = i + 1; j < Math.min(texts.length, i + 6); j++) {
    const u = texts[j] ?? '';
    const c = classifyLine(u);
    // Buttons and one-word labels (`正文`) between a headline and its header line.
    if (c === 'widget' || c === 'counter' || [...u].length <= 4) continue;
    return findTimes(u).length > 0 || /^(?:来源|作者|记者)\s*[：:]/u.test(u) || parseByline(u)?.pure === true;
  }
  return false;
}

/**
 * A heading (related or section label) and the title-like lines it governs. A
 * label needs list context: two or more listed lines after it; a lone label is
 * navigation, and a line that heads an article (a time or source follows it) ends the list.
 */
function headedLists(texts: string[], out: RecordLists): void {
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] ?? '';
    const related = isRelatedHeading(t);
    const section = !related && isSectionLabel(t);
    if (!related && !section) continue;
    const kind: DropKind = related ? 'related' : 'section-list';
    const governed: number[] = [];
    let listed = 0;
    for (let j = i + 1; j < Math.min(texts.length, i + 40); j++) {
      const u = texts[j] ?? '';
      // Lines another list shape already claimed (dated records) are list context too.
      if (out.kinds.has(j)) {
        listed++;
        continue;
      }
      if (isRelatedHeading(u) || isSectionLabel(u) || isTimestampOnly(u)) break;
      const c = classifyLine(u);
      if (c !== null) break;
      if (!isTitleLike(u) || headsAnArticle(texts, j)) break;
      governed.push(j);
    }
    // A related heading (相关新闻) needs one listed line; a section label (要闻, 视频), which
    // also names menus and headlines, needs two.
    if (governed.length + listed < (related ? 1 : 2)) {
      if (!out.kinds.has(i)) out.kinds.set(i, 'navigation');
      continue;
    }
    if (!out.kinds.has(i)) out.kinds.set(i, kind);
    for (const j of governed) out.kinds.set(j, kind);
  }
}

export function findRecordLists(texts: string[]): RecordLists {
  const out: RecordLists = { kinds: new Map(), explainedTimes: new Set() };
  timestampRecords(texts, out);
  bulletRecords(texts, out);
  headedLists(texts, out);
  return out;
}
