/**
 * Surnames that a character-by-character conversion gets wrong: 余, 于, 范,
 * 干, 郁 (and 钟, 谷, 姜, 沈, which OpenCC mostly gets right through its
 * phrases) are surnames as written, but ordinary words turn them into 餘, 於,
 * 範, 幹, 鬱 (余先生 → 餘先生, 作家余华 → 作家餘華).
 *
 * A character is read as a surname where the context says so: right before
 * an honorific or a title (余先生, 范女士, 于教授), right after a title
 * (作家余华, 记者于丹), or where the article names the person elsewhere: its
 * author field, or a name found by the first two rules (余华 in 余华说 once
 * the article has 作家余华). Only the surname is written in its own form; the
 * rest converts as usual. Ordinary words (余额, 于是, 范围, 干劲) are never
 * read as names.
 *
 * Browser-safe (the search page's query converter uses the same rules).
 */

/** Simplified surname → its traditional form (the same in Taiwan and Hong Kong). */
export const SURNAME_FORMS: Readonly<Record<string, string>> = {
  余: '余',
  于: '于',
  范: '范',
  干: '干',
  郁: '郁',
  钟: '鍾',
  谷: '谷',
  姜: '姜',
  沈: '沈',
};

/** Forms of address and job titles that follow a surname (余先生, 范教授). */
const AFTER_SURNAME = [
  '先生',
  '女士',
  '小姐',
  '太太',
  '夫人',
  '老师',
  '教授',
  '医生',
  '律师',
  '记者',
  '博士',
  '同学',
  '主任',
  '局长',
  '部长',
  '书记',
  '院长',
  '校长',
  '经理',
  '总裁',
  '董事长',
  '议员',
  '法官',
  '警官',
  '师傅',
  '阿姨',
  '老板',
  '大爷',
  '大妈',
  '某',
];

/** Titles and roles that precede a name (作家余华, 记者于丹). */
const BEFORE_NAME = [
  '记者',
  '作家',
  '教授',
  '导演',
  '演员',
  '歌手',
  '作者',
  '编辑',
  '主持人',
  '律师',
  '医生',
  '总统',
  '主席',
  '总理',
  '市长',
  '议员',
  '学者',
  '选手',
  '诗人',
  '画家',
  '球员',
  '通讯员',
  '发言人',
  '研究员',
  '工程师',
  '董事长',
  '总经理',
];

/** Ordinary words that begin with a surname character (余额, 于是): the character is not a name there. */
const WORDS_STARTING = new Set([
  '于是',
  '于此',
  '于今',
  '于心',
  '余额',
  '余下',
  '余地',
  '余生',
  '余波',
  '余温',
  '余震',
  '余款',
  '余年',
  '范围',
  '范畴',
  '范例',
  '范本',
  '范式',
  '干部',
  '干净',
  '干扰',
  '干预',
  '干燥',
  '干旱',
  '干涉',
  '干活',
  '干劲',
  '干杯',
  '干脆',
  '干线',
  '干事',
  '郁闷',
  '郁郁',
  '谷物',
  '谷底',
  '谷歌',
  '姜汤',
  '钟表',
  '钟头',
  '钟声',
  '钟点',
  '沈阳',
]);

/** Ordinary words that end with a surname character (对于, 其余): the character is not a name there. */
const WORDS_ENDING = new Set([
  '对于',
  '由于',
  '关于',
  '至于',
  '等于',
  '属于',
  '位于',
  '处于',
  '终于',
  '善于',
  '敢于',
  '便于',
  '多于',
  '少于',
  '大于',
  '小于',
  '高于',
  '低于',
  '基于',
  '鉴于',
  '忠于',
  '出于',
  '用于',
  '限于',
  '在于',
  '多余',
  '其余',
  '业余',
  '剩余',
  '课余',
  '残余',
  '富余',
  '模范',
  '规范',
  '防范',
  '示范',
  '典范',
  '若干',
  '树干',
  '骨干',
  '主干',
  '才干',
  '躯干',
  '能干',
  '山谷',
  '峡谷',
  '低谷',
  '河谷',
  '生姜',
  '时钟',
  '闹钟',
  '分钟',
  '警钟',
  '浓郁',
  '忧郁',
  '葱郁',
  '苍郁',
]);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SURNAME_CLASS = `[${Object.keys(SURNAME_FORMS).join('')}]`;
const BEFORE_TITLE = new RegExp(`${SURNAME_CLASS}(?=\\p{Script=Han}{0,2}?(?:${AFTER_SURNAME.map(escapeRegExp).join('|')}))`, 'gu');
const AFTER_TITLE = new RegExp(`(?<=(?:${BEFORE_NAME.map(escapeRegExp).join('|')}))${SURNAME_CLASS}(?=\\p{Script=Han})`, 'gu');

function isOrdinary(text: string, at: number): boolean {
  return WORDS_STARTING.has(text.slice(at, at + 2)) || (at > 0 && WORDS_ENDING.has(text.slice(at - 1, at + 1)));
}

/**
 * Positions of the surname characters of `text` that are names: by context,
 * or as the first character of one of `names` (a surname and the character
 * after it, as findNames gives them).
 */
export function surnamePositions(text: string, names: readonly string[] = []): number[] {
  const at = new Set<number>();
  for (const pattern of [BEFORE_TITLE, AFTER_TITLE]) {
    for (const m of text.matchAll(pattern)) {
      // Directly before an honorific (余先生) the surname cannot be part of a word after it.
      const direct = pattern === BEFORE_TITLE && AFTER_SURNAME.some((t) => text.startsWith(t, m.index + 1));
      if (direct ? !(m.index > 0 && WORDS_ENDING.has(text.slice(m.index - 1, m.index + 1))) : !isOrdinary(text, m.index)) at.add(m.index);
    }
  }
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) if (!isOrdinary(text, i)) at.add(i);
  }
  return [...at].sort((a, b) => a - b);
}

/**
 * The names an article uses, as a surname and the character after it
 * (enough to find the surname again: 余华 in 余华说): from the author field
 * and from the contexts surnamePositions reads.
 */
export function findNames(texts: readonly string[], author: string | null): string[] {
  const names = new Set<string>();
  if (author) {
    for (const person of author.split(/[\s,，、/]+/)) {
      const chars = [...person];
      if (chars.length >= 2 && chars[0]! in SURNAME_FORMS) names.add(chars.slice(0, 2).join(''));
    }
  }
  for (const text of texts) {
    for (const i of surnamePositions(text)) {
      const name = text.slice(i, i + 2);
      if ([...name].length === 2 && /\p{Script=Han}$/u.test(name) && !AFTER_SURNAME.some((t) => t.startsWith(name.slice(1)))) names.add(name);
    }
  }
  return [...names].sort();
}

/** Convert `text`, writing the surnames among it in their own form and the rest with `convert`. */
export function convertKeepingSurnames(text: string, convert: (text: string) => string, names: readonly string[] = []): string {
  const positions = surnamePositions(text, names);
  if (positions.length === 0) return convert(text);
  let out = '';
  let from = 0;
  for (const at of positions) {
    if (at > from) out += convert(text.slice(from, at));
    out += SURNAME_FORMS[text[at]!] ?? text[at]!;
    from = at + 1;
  }
  return out + (from < text.length ? convert(text.slice(from)) : '');
}
