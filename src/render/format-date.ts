/** `2025-12-20T23:24:49+08:00` → `2025年12月20日 23:24`, in the time's own offset. No dependencies: the search page uses it in the browser too. */
export function formatDate(iso: string, dateOnly = false): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, h, mi] = m;
  const date = `${y}年${Number(mo)}月${Number(d)}日`;
  return dateOnly ? date : `${date} ${h}:${mi}`;
}
