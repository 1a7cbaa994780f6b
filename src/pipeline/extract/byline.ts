/**
 * Bylines and source labels: who wrote an article and for which outlet.
 *   `某报记者 张三`, `记者张三／台北报导`, `本报记者 张三 李四`, `作者：张三`,
 *   `（作者 张三）`, `文/张三`, `文｜张三`, `来源：某某网`, `【某报讯】`,
 *   `（记者 张三 报道）`, `某社北京5月12日电（记者 张三）`.
 * Only generic cue words; the text is simplified, cheap traditional variants accepted.
 */

export interface Byline {
  author: string | null;
  source: string | null;
  /** The line is nothing but the byline (droppable), not prose that starts with one. */
  pure: boolean;
}

const NAME = String.raw`[\p{Script=Han}][\p{Script=Han}·•]{1,5}`;
const REPORTER = String.raw`(?:记者|記者|特派员|特派員|撰稿人|撰稿)`;
const REPORT_VERB = /(?:报导|报道|報導|報道|摄影|攝影|摄|攝|整理|编译|編譯|采写|採寫|综合|綜合)$/u;
/** Words that look like a 2-4 character name but are not. */
const NOT_NAME = new Set([
  '报道',
  '报导',
  '報導',
  '報道',
  '综合',
  '綜合',
  '编译',
  '編譯',
  '整理',
  '摄影',
  '攝影',
  '通讯员',
  '通訊員',
  '实习生',
  '實習生',
  '本报',
  '本報',
  '本台',
  '本网',
  '本網',
  '记者',
  '記者',
  '编辑',
  '編輯',
  '作者',
  '来源',
  '來源',
]);
/** Words a name cannot contain (catches prose mistaken for a name). */
const NOT_IN_NAME = /[的了是在和与與对對为為从從等及或有无無个個]|关注|關注/u;
/** How an outlet's name ends: 报, 网, 社, 台, 新闻, 媒体 … (or a Latin brand). */
export const OUTLET_END =
  /(?:报|報|网|網|社|台|刊|海外版|新闻|新聞|媒体|媒體|电视|電視|广播|廣播|频道|頻道|客户端|客戶端|杂志|雜誌|周刊|週刊|中心|之声|之聲)$|^[A-Za-z][A-Za-z0-9 .&-]{1,15}$/u;

function isName(s: string): boolean {
  if (NOT_NAME.has(s)) return false;
  if (!new RegExp(`^${NAME}$`, 'u').test(s)) return false;
  const plain = s.replace(/[·•]/g, '');
  if (plain.length > 4 && !/[·•]/.test(s)) return false;
  return !NOT_IN_NAME.test(s);
}

/** Name tokens at the start of `rest` (space/、 separated); stops at the first non-name. */
function leadingNames(rest: string): string[] {
  const names: string[] = [];
  let r = rest.replace(/^[\s:：︰]+/u, '');
  for (;;) {
    const m = /^([\p{Script=Han}·•]+)(?=$|[\s、,，/／|｜&＆)）】\]])/u.exec(r);
    if (!m || !m[1]) break;
    let tok = m[1];
    tok = tok.replace(REPORT_VERB, '');
    // `记者 张三 山东某县报道`: after a name, a token ending in 报道 is the place.
    if (m[1] !== tok && names.length > 0) break;
    if (!isName(tok)) break;
    names.push(tok);
    r = r.slice(m[0].length).replace(/^[\s、,，&＆]+/u, '');
    if (m[1] !== tok) break; // `张三报道` ends the list
  }
  return names;
}

/** A name glued to what follows (`记者张三／台北报导`, `记者张三台北12日电`, `记者张三报道`). */
function gluedName(rest: string): string | null {
  const r = rest.replace(/^[\s:：]+/u, '');
  let m = /^([\p{Script=Han}·•]{2,6})\s*[/／|｜]/u.exec(r);
  if (m?.[1] && isName(m[1])) return m[1];
  m = /^([\p{Script=Han}·•]{2,8}?)(?:报导|报道|報導|報道|摄影|攝影)/u.exec(r);
  if (m?.[1] && isName(m[1])) return m[1];
  // `张三台北12日电`: a dateline follows the name; place names are usually two characters.
  // Name and place are not told apart by script: a run of five or more is a
  // three-character name and a place of two or more (`张三丰台北`), else two and two.
  const dl = /^([\p{Script=Han}]{4,10}?)(?:\d{1,2}月)?\d{1,2}日(?:专电|專電|电|電)/u.exec(r);
  if (dl?.[1]) {
    const name = dl[1].slice(0, dl[1].length >= 5 ? 3 : 2);
    if (isName(name)) return name;
  }
  return null;
}

function cleanOutlet(s: string | undefined): string | null {
  if (!s) return null;
  let o = s.trim().replace(/^[【\[〔（(「『\s]+|[】\]〕）)」』\s:：/／|｜]+$/gu, '');
  o = o.replace(/(?:本报|本報|本台|本网|本網)$/u, '');
  o = o.replace(/(?:特约|特約|见习|見習|实习|實習|首席|资深|資深|驻[\p{Script=Han}]{1,4}|駐[\p{Script=Han}]{1,4})$/u, '');
  if (!o || /^(?:本报|本報|本台|本网|本網)$/u.test(o)) return null;
  if (o.length > 16 || !/\p{Script=Han}|[A-Za-z]/u.test(o)) return null;
  if (/[。！？，,]/u.test(o)) return null;
  // A desk or beat (`法庭记者`) is not an outlet.
  if (!OUTLET_END.test(o)) return null;
  return o;
}

function joinNames(names: string[]): string | null {
  return names.length ? names.join('、') : null;
}

/** Parse a byline or source label; null when the line has none. */
export function parseByline(text: string): Byline | null {
  // `■记者某某`, `□ 本报记者 某某`: a bullet before a byline; `︰` is a colon.
  const t = text
    .trim()
    .replace(/^[■□●◆◇▲△★☆]\s*/u, '')
    .replace(/︰/gu, '：')
    .replace(/╱/gu, '／');
  if (!t) return null;
  let author: string | null = null;
  let source: string | null = null;

  // Labelled fields anywhere on a header line: `来源：某网 作者：某人`.
  const src = /(?:^|[\s|｜丨（(【\[])(?:来源|來源|出处|出處|稿源)\s*[：:]\s*([^\s|｜丨）)】\]]{2,20})/u.exec(t);
  if (src?.[1]) source = cleanOutlet(src[1]);
  const by = /(?:^|[\s|｜丨（(【\[])(?:作者|撰文|文字|采写|採寫|执笔|執筆|文)\s*(?:[：:/／|｜]\s*|\s+)(.+)$/u.exec(t);
  if (by?.[1]) author = joinNames(leadingNames(by[1])) ?? gluedName(by[1]);
  // `来源：某报 记者：张三` names the reporter mid-line, as a field of its own.
  const field = /[\s|｜丨](?:记者|記者)\s*[：:]\s*(.+)$/u.exec(t);
  if (field?.[1] && !author) author = joinNames(leadingNames(field[1]));

  // Reporter form: `<outlet>记者 <name>`, `记者<name>／<place>报导`.
  const rep = new RegExp(`^([^\\s]{0,20}?)(?:特约|特約|见习|見習|实习|實習|首席|资深|資深)?${REPORTER}(.*)$`, 'u').exec(t.replace(/^[【\[〔（(]\s*/u, ''));
  if (rep && !author) {
    const rest = rep[2] ?? '';
    const names = leadingNames(rest);
    const name = names.length ? joinNames(names) : gluedName(rest);
    if (name) {
      author = name;
      const prefix = rep[1] ?? '';
      // `某社北京5月12日电（记者` : outlet before the dateline.
      const dl =
        /^(.+?(?:社|网|網|台|报|報))[\p{Script=Han}]{2,4}\d{1,2}月\d{1,2}日[电電][（(]?$/u.exec(prefix) ??
        /^(.+?)[\p{Script=Han}]{2}\d{1,2}月\d{1,2}日[电電][（(]?$/u.exec(prefix);
      const outlet = dl ? dl[1] : prefix.replace(/[讯訊][（(]$/u, '').replace(/[（(]$/u, '');
      source ??= cleanOutlet(outlet);
    }
  }

  // `某报 张三／台北报导 2026年…`: outlet, name and place with no 记者.
  const slash = new RegExp(`^(\\S{2,12})\\s+(${NAME})\\s*[/／]\\s*[\\p{Script=Han}]{0,4}(?:报导|报道|報導|報道)`, 'u').exec(t);
  if (slash?.[2] && !author && isName(slash[2]) && cleanOutlet(slash[1])) {
    author = slash[2];
    source ??= cleanOutlet(slash[1]);
  }
  // `张三/某某报`: name over outlet, as a header line.
  const over = new RegExp(`^(${NAME})\\s*[/／]\\s*(\\S{2,12})$`, 'u').exec(t);
  if (over?.[1] && over[2] && !author && isName(over[1]) && cleanOutlet(over[2])) {
    author = over[1];
    source ??= cleanOutlet(over[2]);
  }

  // `【某报讯】`, `某报讯（记者 张三）`.
  const xun = /^[【\[〔]?\s*([^\s【】\[\]〔〕（()]{2,16}?)(?:专讯|專訊|快讯|快訊|讯|訊)\s*[】\]〕]?/u.exec(t);
  if (xun?.[1] && !source) source = cleanOutlet(xun[1]);

  if (!author && !source) return null;
  return { author, source, pure: isPureByline(t) };
}

/** A byline line with no prose in it. */
function isPureByline(t: string): boolean {
  if (t.length > 60) return false;
  if (/[。！？]/u.test(t.replace(/[（(][^）)]*[）)]$/u, ''))) return false;
  // `【某报讯】` followed by a sentence is prose.
  const afterTag = t.replace(/^[【\[〔][^】\]〕]*[】\]〕]/u, '');
  return !(afterTag !== t && afterTag.length > 12);
}

/** `（作者 张三）`, `（记者 张三）`, `（完）`, `（本文来源：…）`: a closer after the body. */
export function isCloser(text: string): boolean {
  const t = text.trim();
  if (/^[（(【\[]\s*(?:完|全文完|终|終|本文完)\s*[）)】\]]$/u.test(t)) return true;
  if (/^[（(【\[].{0,30}[）)】\]]$/u.test(t) && /作者|记者|記者|编辑|編輯|来源|來源|文[/／|｜]|撰文|实习生|實習生|通讯员|通訊員/u.test(t)) return true;
  return false;
}
