import { describe, expect, it } from 'vitest';
import { isHanContext, repairPunctuation } from '../../src/pipeline/repair/punctuation.ts';

const fix = (s: string): string => repairPunctuation(s).text;

describe('repairPunctuation: restores full-width marks in Han context', () => {
  const cases: Array<[string, string, number]> = [
    ['今天下雨,明天放晴', '今天下雨，明天放晴', 1],
    ['他说:“明天见。”', '他说：“明天见。”', 1],
    ['原因有三;其一是成本', '原因有三；其一是成本', 1],
    ['太好了!', '太好了！', 1],
    ['你去吗?', '你去吗？', 1],
    ['真的吗?!', '真的吗？！', 2],
    ['时间:10:39:08', '时间：10:39:08', 1],
    ['比分2:0,主队获胜', '比分2:0，主队获胜', 1],
    ['共有1,000人参加,场面热烈', '共有1,000人参加，场面热烈', 1],
    ['新款GPU,性能提升明显', '新款GPU，性能提升明显', 1],
    ['“好的”,他回答', '“好的”，他回答', 1],
    ['你好 ! 再见', '你好 ！ 再见', 1],
    ['营收(5230亿)创新高', '营收（5230亿）创新高', 2],
    ['(作者 张某某)', '（作者 张某某）', 2],
    ['见附注(※)说明', '见附注（※）说明', 2],
    ['公司(见(ABC)公告)发布', '公司（见(ABC)公告）发布', 2],
    ['（全角）不变,逗号要改', '（全角）不变，逗号要改', 1],
    ['𠀀,𠀁', '𠀀，𠀁', 1], // astral Han characters
  ];
  for (const [input, expected, count] of cases) {
    it(input, () => {
      expect(repairPunctuation(input)).toEqual({ text: expected, count });
    });
  }
});

describe('repairPunctuation: leaves non-Han punctuation alone', () => {
  const keep = [
    '10:39:08',
    '比分2:0',
    '比例3:1',
    '评分5.0分',
    '共计1,000元',
    '某企业(ABC.SH)上涨',
    '某公司(abc)发布',
    '发布于(2025)年',
    '访问https://a.b/c?x=1,2获取',
    '访问 https://example.com/a(b)c?q=1;2 获取',
    '联系test.user@example.com,或致电',
    'Hello, world!',
    'Hello, world! 你好',
    'Hello, 世界',
    'Really? Yes: no; maybe!',
    'title: 新闻',
    '代码`a,b:c`示例',
    '符号&amp;中文',
    '[链接](https://example.com/a,b)',
    '[中文链接](页面)',
    '半个(括号没有闭合',
    '没有开头的括号)',
    '换行(\n)不配对',
    '()',
    'a:b,c;d',
  ];
  for (const text of keep) {
    it(JSON.stringify(text), () => {
      const out = repairPunctuation(text);
      if (text === '联系test.user@example.com,或致电') {
        // only the comma after the address is in Han context
        expect(out).toEqual({ text: '联系test.user@example.com，或致电', count: 1 });
      } else {
        expect(out).toEqual({ text, count: 0 });
      }
    });
  }
});

describe('repairPunctuation: mixed paragraph', () => {
  it('converts only the Chinese marks', () => {
    const input = '据报道,该公司(XYZ.SZ)于10:30发布公告:全年营收(约50亿元)增长5.0%!详情见https://ex.com/n?id=1,2。英文标题为"Hello, World!"。';
    const expected = '据报道，该公司(XYZ.SZ)于10:30发布公告：全年营收（约50亿元）增长5.0%！详情见https://ex.com/n?id=1,2。英文标题为"Hello, World!"。';
    const out = repairPunctuation(input);
    expect(out.text).toBe(expected);
    expect(out.count).toBe(5);
  });

  it('is idempotent', () => {
    const once = fix('他说:好的,(明天)见!');
    expect(once).toBe('他说：好的，（明天）见！');
    expect(repairPunctuation(once)).toEqual({ text: once, count: 0 });
  });
});

describe('isHanContext', () => {
  it('Han, CJK and full-width punctuation count; Latin and ASCII do not', () => {
    for (const c of ['中', '國', '。', '，', '「', '）']) expect(isHanContext(c)).toBe(true);
    for (const c of ['a', '1', ',', '"', ' ', undefined]) expect(isHanContext(c)).toBe(false);
  });
});
