/**
 * Dates and times written on news pages: `2026-05-12 09:30:00`, `2026/05/12 09:30`,
 * `2026.05.12`, `2026年5月12日 星期二 09:30`, `2026年5月12日 下午3时30分`,
 * `2013.06.29 04:17 pm`, `14:36 2018/07/27` (time first), and a zone where the
 * page states one (`格林尼治标准时间10:41`, `GMT+8`, `UTC`).
 */
import { isCalendarDate } from '../calendar.ts';

export interface FoundTime {
  /** `YYYY-MM-DDTHH:MM:SS`; `T00:00:00` when only a date is written. */
  iso: string;
  hasTime: boolean;
  /** The UTC offset the text states (`+00:00` for GMT), or null. */
  zone: string | null;
  start: number;
  end: number;
}

const WEEKDAY = String.raw`(?:\s*[（(]?(?:星期|周|週|禮拜|礼拜)[一二三四五六日天][）)]?)?`;
const DATE = String.raw`((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:\s*日)?`;
/** Named zones a page may print next to a time. */
const ZONE = String.raw`(?:(格林尼治标准时间|格林威治标准时间|格林尼治时间|格林威治时间|GMT|UTC)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?|(北京时间|台北时间|香港时间|HKT|CST))`;
const CLOCK = String.raw`(\d{1,2})\s*[:：时時]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?\s*分?(?:\s*(am|pm|a\.m\.|p\.m\.)(?![A-Za-z]))?`;
const TIME = String.raw`(?:[\sT,，]*${ZONE}?\s*(上午|下午|晚上|早上|中午|凌晨)?\s*${CLOCK}(?:\s*${ZONE})?)?`;
const DATETIME = new RegExp(DATE + WEEKDAY + TIME, 'giu');
/** `14:36 2018/07/27`: the clock before the date (some Hong Kong portals). */
const TIME_FIRST = new RegExp(String.raw`(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?\s+` + DATE, 'gu');

const pad = (n: number) => String(n).padStart(2, '0');

function zoneOffset(
  gmt: string | undefined,
  sign: string | undefined,
  hh: string | undefined,
  mm: string | undefined,
  named: string | undefined,
): string | null {
  if (named) return '+08:00';
  if (!gmt) return null;
  if (!sign) return '+00:00';
  return `${sign}${pad(Number(hh))}:${mm ? pad(Number(mm)) : '00'}`;
}

/** All valid date(-time)s in a text, in order. */
export function findTimes(text: string): FoundTime[] {
  const out: FoundTime[] = [];
  for (const m of text.matchAll(DATETIME)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isCalendarDate(y, mo, d)) continue;
    // A date glued to more digits (`2026-05-123`) is not a date.
    const after = text[m.index + m[0].length];
    if (after !== undefined && /\d/.test(after) && m[10] === undefined) continue;
    let hh = 0;
    let mi = 0;
    let ss = 0;
    let hasTime = m[10] !== undefined;
    const zone = zoneOffset(m[4], m[5], m[6], m[7], m[8]) ?? zoneOffset(m[14], m[15], m[16], m[17], m[18]);
    if (hasTime) {
      hh = Number(m[10]);
      mi = Number(m[11]);
      ss = m[12] === undefined ? 0 : Number(m[12]);
      const half = m[9];
      const ampm = m[13]?.toLowerCase().replace(/\./g, '');
      if ((half === '下午' || half === '晚上' || ampm === 'pm') && hh < 12) hh += 12;
      if (ampm === 'am' && hh === 12) hh = 0;
      // An impossible time leaves the date standing.
      if (hh > 23 || mi > 59 || ss > 59) [hasTime, hh, mi, ss] = [false, 0, 0, 0];
    }
    out.push({
      iso: `${y}-${pad(mo)}-${pad(d)}T${pad(hh)}:${pad(mi)}:${pad(ss)}`,
      hasTime,
      zone: hasTime ? zone : null,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of text.matchAll(TIME_FIRST)) {
    const [hh, mi, ss] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 0 : Number(m[3])];
    const [y, mo, d] = [Number(m[4]), Number(m[5]), Number(m[6])];
    if (!isCalendarDate(y, mo, d) || hh > 23 || mi > 59 || ss > 59) continue;
    const dateStart = m.index + m[0].search(/(?:19|20)\d{2}\s*(?:[-/.]|年)/u);
    const date = out.find((t) => t.start === dateStart && !t.hasTime);
    const found: FoundTime = {
      iso: `${y}-${pad(mo)}-${pad(d)}T${pad(hh)}:${pad(mi)}:${pad(ss)}`,
      hasTime: true,
      zone: null,
      start: m.index,
      end: m.index + m[0].length,
    };
    if (date) out.splice(out.indexOf(date), 1, found);
    else out.push(found);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Labels that may stand next to a time on a timestamp-only line. */
const TIME_LABEL =
  /^(?:发布|發布|發佈|发表|發表|发稿|發稿|更新|最后更新|最後更新|最新更新|刊登|出版|时间|時間|日期|于|於|发布于|發布於|發佈於|[:：\s|｜丨/])+$/u;

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
    if (/(?<!最新)更新|修改|updated/iu.test(before)) score -= 2;
    if (/发布|發布|發佈|发表|發表|发稿|出版|刊/u.test(before)) score += 2;
    return { t, score };
  });
  scored.sort((a, b) => b.score - a.score || a.t.start - b.t.start);
  return scored[0]?.t ?? null;
}
