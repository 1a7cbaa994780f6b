/**
 * Calendar dates a seed may state. One small pure check shared by every
 * path that reads a date (Markdown front matter, scrapes in
 * extract/time.ts, and ingest/seed.ts on what extraction found), because
 * JavaScript's Date rolls an impossible date over instead of refusing it:
 * 2026-02-30 becomes 2 March, so a page said 2月30日 while its feed said
 * 2 March, and year 0000 made an RSS date of -0001.
 */

/** Years a news article may be dated: the years scrapes are searched for (19xx, 20xx). */
export const PLAUSIBLE_YEARS = { first: 1900, last: 2099 } as const;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real day of the Gregorian calendar in a plausible year (month and day 1-based). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= PLAUSIBLE_YEARS.first &&
    year <= PLAUSIBLE_YEARS.last &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Why a local date-time `YYYY-MM-DDTHH:MM[:SS…]` (what follows, such as an
 * offset, is not read) is not one, or null when it is.
 */
export function dateTimeProblem(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!m) return 'not a date';
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < PLAUSIBLE_YEARS.first || year > PLAUSIBLE_YEARS.last) return `year ${m[1]} is outside ${PLAUSIBLE_YEARS.first}–${PLAUSIBLE_YEARS.last}`;
  if (!isCalendarDate(year, month, day)) return `${m[1]}-${m[2]}-${m[3]} is not a day of the calendar`;
  if (hour > 23 || minute > 59 || second > 59) return `${m[4]}:${m[5]}${m[6] === undefined ? '' : `:${m[6]}`} is not a time of day`;
  return null;
}
