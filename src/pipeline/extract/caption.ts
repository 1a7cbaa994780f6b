/**
 * Image and video captions and photo credits inside or around a body. A
 * caption is known by its credit, not its words: a short line that ends in a
 * photo credit (`……。资料图片`, `……（记者某某摄）`, `……。 某某供图`), or a
 * line that is nothing but a credit (`某某摄`, `记者某某／摄影`, `摄影：某某`).
 * A credit in the middle of a paragraph (`某某（见图，本报资料照片）说……`) is prose.
 */
import { PHOTO_CREDITS } from './cues.ts';

const CREDIT = [...PHOTO_CREDITS].sort((a, b) => b.length - a.length).join('|');
/** After a sentence, the one-character and generic credits (`图`, `资料`) need a space before them: `……。 某某 图`. */
const LONG_CREDIT = PHOTO_CREDITS.filter((c) => c.length >= 2 && c !== '资料' && c !== '照片' && c !== '图片')
  .sort((a, b) => b.length - a.length)
  .join('|');
/** `（某某社记者某某摄 2026年5月12日）`: a parenthesis at the end of the line holding a credit word. */
const TRAILING_CREDIT_PAREN = new RegExp(`[（(][^（）()]{0,40}(?:${CREDIT})[^（）()]{0,24}[）)]$`, 'u');
/** `……。 某某供图`, `……。资料图片`, `……。视觉中国 资料`: a credit after the last sentence. */
const TRAILING_CREDIT = new RegExp(
  `[。！？”」]\\s*[^。！？；]{0,30}(?:(?:${LONG_CREDIT}|(?<=[\\p{Script=Han}])摄)|\\s(?:${CREDIT}))(?:\\s+[^\\s。！？，]{1,8})?$`,
  'u',
);
/** `某某摄`, `记者某某／摄影`, `某某 / 摄`: a line that is only a credit. */
const CREDIT_ONLY =
  /^(?:[（(]?(?:本报|本报记者|记者|特约记者|通讯员)?\s*[\p{Script=Han}·]{2,12}(?:\s*[、,，\s]\s*[\p{Script=Han}·]{2,4})*\s*[/／]?\s*(?:摄|摄影|翻摄|供图)[）)]?)$/u;
/** `摄影：某某`, `图片：某某`, `图：某某`, `图片均来自网络`, `图片来源：……`. */
const CREDIT_LABEL = /^(?:摄影|摄像|图片|图文|图|视频|图片来源|图片均来自|图片来自|图源|来源图片)\s*(?:[：:︰/／|｜]|均|来自|由)/u;

/** A line that is nothing but a photo credit: it captions the line above it. */
export function isCreditOnly(text: string): boolean {
  const t = text.trim();
  return [...t].length <= 24 && (CREDIT_ONLY.test(t) || (CREDIT_LABEL.test(t) && /^(?:摄影|摄像)/u.test(t)));
}

/** `图为……`, `上图：……`: a line that says it describes a picture. */
const PICTURE_DESCRIPTION = /^(?:图为|上图|下图|左图|右图|图中|图\d{1,2}[：:\s])/u;

export function isCaption(text: string): boolean {
  const t = text.trim();
  const chars = [...t].length;
  if (chars === 0 || chars > 140) return false;
  if (CREDIT_LABEL.test(t) && chars <= 60) return true;
  if (PICTURE_DESCRIPTION.test(t) && chars <= 100 && (t.match(/[。！？]/gu)?.length ?? 0) <= 1) return true;
  if (CREDIT_ONLY.test(t) && chars <= 24) return true;
  // The prose before the credit is a line or two, not a paragraph.
  const sentences = t.match(/[。！？]/gu)?.length ?? 0;
  if (TRAILING_CREDIT_PAREN.test(t) && sentences <= 2) return true;
  if (TRAILING_CREDIT.test(t) && sentences <= 2 && chars <= 100) return true;
  // `……正录制视频 某某 摄`: a description, then a space, a name and the credit.
  if (/\s[\p{Script=Han}·]{2,4}\s?(?:摄|摄影)$/u.test(t) && sentences === 0 && chars <= 80) return true;
  return false;
}
