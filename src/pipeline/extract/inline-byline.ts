/**
 * Bylines glued to the body: a dateline or credit opening the first paragraph
 * (`某社北京5月12日电（记者 张三）`, `【本报讯】`, `〔某报讯〕`, `（某社记者张三台北12日电）`,
 * `(某报报道)`, `某某全媒体报道：`, `某网讯 `, `某网北京2月13日消息 `) and a
 * closer ending the last (`（记者张三／台中报导）`, `（编辑：某某）`, `（刊于《某刊》…）`,
 * a bare date stamp such as `1020629`). They become fields and leave the text.
 * Shapes only: an outlet is whatever stands before the dateline or credit word.
 */
import { parseByline } from './byline.ts';

export interface Stripped {
  /** The paragraph without the byline. */
  text: string;
  /** The byline as it stood, or null when there was none. */
  byline: string | null;
  author: string | null;
  source: string | null;
}

const none = (text: string): Stripped => ({ text, byline: null, author: null, source: null });

/** `北京5月12日电`, `巴黎12月9日电`, `仁川富平29日专电`, `北京2月13日消息`. */
const DATELINE = String.raw`[\p{Script=Han}]{0,6}(?:\d{1,2}月)?\d{1,2}日(?:专电|电|消息|讯)`;
const REPORT = String.raw`(?:报道|报导|专讯|快讯|讯|消息)`;

const LEADS: readonly RegExp[] = [
  // 【本报讯】 〔某报讯〕 【某报╱记者某某/台北报导】
  new RegExp(String.raw`^[【〔\[]([^】〕\]]{1,30}?(?:${REPORT}|电))[】〕\]]\s*`, 'u'),
  // （某社记者某某台北12日电） (某报报道)
  new RegExp(String.raw`^[（(]([^（）()]{1,40}?(?:${DATELINE}|${REPORT}))[）)]\s*`, 'u'),
  // 某社巴黎12月9日电（记者某某） / 某网北京2月13日消息 / 某网讯（记者 某某）
  new RegExp(String.raw`^([^\s，。：:（(“「]{2,16}?${DATELINE}(?:[（(][^（）()]{1,30}[）)])?)\s*`, 'u'),
  new RegExp(String.raw`^([^\s，。：:（(“「]{2,16}?(?:讯|訊)(?:[（(][^（）()]{1,30}[）)])?)(?:\s+|(?=[（(]))`, 'u'),
  // 某某全媒体报道：
  new RegExp(String.raw`^([^\s，。：:（(“「]{2,16}?(?:报道|报导))[：:]\s*`, 'u'),
];

/** Split a byline opening the first paragraph off it. */
export function stripLeadByline(paragraph: string): Stripped {
  for (const re of LEADS) {
    const m = re.exec(paragraph);
    if (!m?.[1]) continue;
    const rest = paragraph.slice(m[0].length).trim();
    // What is left must still be the paragraph: prose, not nothing.
    if ([...rest].length < 8) continue;
    const tag = m[1];
    // `据某网9月9日报道，……` is a sentence about a source, not a byline.
    if (/^据|^根据/u.test(tag)) continue;
    const parsed = parseByline(tag) ?? parseByline(`【${tag}】`);
    const source = parsed?.source ?? outletOf(tag);
    return { text: rest, byline: m[0].trim(), author: parsed?.author ?? null, source };
  }
  return none(paragraph);
}

/** The outlet before a dateline or report word: `某社北京5月12日电` → 某社. */
function outletOf(tag: string): string | null {
  const t = tag.replace(/[（(].*$/u, '');
  const m =
    new RegExp(String.raw`^(.+?(?:社|网|台|报|刊|媒体|新闻|中心|客户端|电视))(?:[\p{Script=Han}]{0,6})?(?:\d{1,2}月)?\d{1,2}日`, 'u').exec(t) ??
    new RegExp(String.raw`^(.{2,16}?)${REPORT}$`, 'u').exec(t);
  const o = m?.[1]?.replace(/^(?:本报|本台|本网)$/u, '');
  return o ? o : null;
}

const CLOSERS: readonly RegExp[] = [
  // （记者某某／台中报导） （编辑：某某） （某报记者某某）
  /[（(]([^（）()]{1,30}(?:报导|报道|编辑|编译|记者|整理|撰文|作者|综合)[^（）()]{0,12})[）)]$/u,
  // （刊于《某刊》2019年第24期） （原载《某报》）
  /[（(]((?:刊于|刊载于|原载|原载于|原文刊于|本文刊于)[^（）()]{1,40})[）)]$/u,
  // A bare date stamp after the last sentence: `……。1020629` (Taiwan's ROC-year date).
  /(?<=[。！？”」』])\s*(\d{6,8})$/u,
];

/** Split a closer ending the last paragraph off it. */
export function stripCloser(paragraph: string): Stripped {
  for (const re of CLOSERS) {
    const m = re.exec(paragraph);
    if (!m?.[1]) continue;
    const rest = paragraph.slice(0, m.index).trim();
    if ([...rest].length < 8 || !/[。！？”」』）)]$/u.test(rest)) continue;
    const parsed = parseByline(m[1]);
    return { text: rest, byline: m[0].trim(), author: parsed?.author ?? null, source: parsed?.source ?? null };
  }
  return none(paragraph);
}
