/**
 * Dates and times written on news pages: `2026-05-12 09:30:00`, `2026/05/12 09:30`,
 * `2026.05.12`, `2026年5月12日 星期二 09:30`, `2026年5月12日 下午3时30分`.
 */
import { isCalendarDate } from '../calendar.ts';

export interface FoundTime {
  /** `YYYY-MM-DDTHH:MM:SS`; `T00:00:00` when only a date is written. */
  iso: string;
  hasTime: boolean;
  start: number;
  end: number;
}

const WEEKDAY = String.raw`(?:\s*[（(]?(?:星期|周|週|禮拜|礼拜)[一二三四五六日天][）)]?)?`;
const DATE = String.raw`((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:\s*日)?`;
const TIME = String.raw`(?:[\sT,，]*(上午|下午|晚上|早上|中午|凌晨)?\s*(\d{1,2})\s*[:：时時]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?\s*分?)?`;
const DATETIME = new RegExp(DATE + WEEKDAY + TIME, 'gu');

const pad = (n: number) => String(n).padStart(2, '0');

/** All valid date(-time)s in a text, in order. */
export function findTimes(text: string): FoundTime[] {
  const out: FoundTime[] = [];
  for (const m of text.matchAll(DATETIME)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isCalendarDate(y, mo, d)) continue;
    // A date glued to more digits (`2026-05-123`) is not a date.
    const after = text[m.index + m[0].length];
    if (after !== undefined && /\d/.test(after)) continue;
    let hh = 0;
    let mi = 0;
    let ss = 0;
    let hasTime = m[5] !== undefined;
    if (hasTime) {
      hh = Number(m[5]);
      mi = Number(m[6]);
      ss = m[7] === undefined ? 0 : Number(m[7]);
      const half = m[4];
      if ((half === '下午' || half === '晚上') && hh < 12) hh += 12;
      // An impossible time leaves the date standing.
      if (hh > 23 || mi > 59 || ss > 59) [hasTime, hh, mi, ss] = [false, 0, 0, 0];
    }
    out.push({
      iso: `${y}-${pad(mo)}-${pad(d)}T${pad(hh)}:${pad(mi)}:${pad(ss)}`,
      hasTime,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** Labels that may stand next to a time on a timestamp-only line. */
const TIME_LABEL = /^(?:发布|發布|發佈|发表|發表|更新|最后更新|最後更新|刊登|出版|时间|時間|日期|于|於|发布于|發布於|發佈於|[:：\s|｜丨/])+$/u;

/** True for a line that is nothing but a date/time (plus a label such as `发布时间：`). */
export function isTimestampOnly(text: string): boolean {
  const t = text.trim();
  const times = findTimes(t);
  if (times.length === 0) return false;
  let rest = t;
  for (const f of [...times].reverse()) rest = rest.slice(0, f.start) + ' ' + rest.slice(f.end);
  rest = rest.trim();
  return rest === '' || TIME_LABEL.test(rest);
}

/** Time in a line, preferring one labelled as publication over one labelled as update. */
export function pickPublished(text: string): FoundTime | null {
  const times = findTimes(text);
  if (times.length === 0) return null;
  const scored = times.map((t) => {
    const before = text.slice(Math.max(0, t.start - 8), t.start);
    let score = t.hasTime ? 1 : 0;
    if (/更新|修改|updated/iu.test(before)) score -= 2;
    if (/发布|發布|發佈|发表|發表|出版|刊/u.test(before)) score += 2;
    return { t, score };
  });
  scored.sort((a, b) => b.score - a.score || a.t.start - b.t.start);
  return scored[0]?.t ?? null;
}
