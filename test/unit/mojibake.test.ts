import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { FOLDED, gbkDecodeStrict, gbkEncode, rareCount, repairGbkMisalignment, restorations, suspicion } from '../../src/pipeline/repair/mojibake.ts';

/**
 * The damage: fold every full-width mark to ASCII on the GBK bytes (so the
 * byte pair also matches across character boundaries), decode as GBK
 * (orphan lead bytes become U+FFFD) and optionally strip U+FFFD.
 */
function damage(clean: string, stripReplacement: boolean): string {
  let latin1 = iconv.encode(clean, 'gbk').toString('latin1');
  for (const [ascii, full] of Object.entries(FOLDED)) {
    latin1 = latin1.split(iconv.encode(full, 'gbk').toString('latin1')).join(ascii);
  }
  const out = iconv.decode(Buffer.from(latin1, 'latin1'), 'gbk');
  return stripReplacement ? out.replaceAll('\uFFFD', '') : out;
}

/** What the damage does to correctly aligned marks (a plain width fold). */
function alignedFold(clean: string): string {
  let out = clean;
  for (const [ascii, full] of Object.entries(FOLDED)) out = out.split(full).join(ascii);
  return out;
}

// Invented sentences; each has `。` followed by a character starting with the
// second GBK byte of a folded mark, and a misaligned run that re-synchronises.
const RECOVERABLE_BOTH = [
  '會議在週五結束。“這項計劃將分三年實施”，負責人表示。',
  '記者走訪了當地市場。《經濟週刊》隨後也作了報導。',
  '雙方在會上達成共識。「繼續合作」成為關鍵詞。',
  '比賽已經結束。回顧整個賽季，球隊表現穩定。',
  '天氣逐漸轉涼。看來今年冬天會比較冷。',
  '研究人員發表了論文。可見這個領域發展很快。',
  '展覽下週開幕。“藝術與城市”是今年的主題。',
  '活動在週末舉行。‘親子同樂’的環節最受歡迎。',
  '会议结束后。活动继续进行GPU测试。',
];
// Recoverable only while the orphan U+FFFD is kept (its presence is the evidence).
const RECOVERABLE_WITH_ORPHAN = ['工程於今年春季動工。好評如潮的設計獲得獎項。', '他點了點頭。“謝謝你們的幫助”，然後離開了。'];

describe('repairGbkMisalignment: round trip on damaged text', () => {
  for (const clean of RECOVERABLE_BOTH) {
    for (const strip of [true, false]) {
      it(`${strip ? 'stripped' : 'kept'} U+FFFD: ${clean}`, () => {
        const damaged = damage(clean, strip);
        const expected = alignedFold(clean);
        expect(damaged).not.toBe(expected); // the damage really happened
        const out = repairGbkMisalignment(damaged);
        expect(out.text).toBe(expected);
        expect(out.count).toBe(1);
        expect(out.flagged).toEqual([]);
      });
    }
  }

  for (const clean of RECOVERABLE_WITH_ORPHAN) {
    it(`orphan kept: ${clean}`, () => {
      const out = repairGbkMisalignment(damage(clean, false));
      expect(out.text).toBe(alignedFold(clean));
      expect(out.count).toBe(1);
    });
  }

  it('works after the punctuation pass re-widened the mark', () => {
    const clean = '記者走訪了當地市場。《經濟週刊》隨後也作了報導。';
    const damaged = damage(clean, true).replace('!', '！');
    expect(repairGbkMisalignment(damaged).text).toBe(clean);
  });

  it('repairs several spans in one text and keeps the rest intact', () => {
    const clean = `${RECOVERABLE_BOTH[1]}\n普通的一行 text, with ASCII!\n${RECOVERABLE_BOTH[2]}`;
    const out = repairGbkMisalignment(damage(clean, true));
    expect(out.text).toBe(alignedFold(clean));
    expect(out.count).toBe(2);
  });

  it('generated combinations are recovered or left alone, never changed wrongly', () => {
    const prefixes = ['報告指出', '記者了解到'];
    const openers = ['“', '「', '《', '『', '【', '‘'];
    const words = ['這項計劃', '經濟週刊', '繼續合作', '藝術節', '親子活動', '環境保護', '網絡安全', '醫療改革'];
    let recovered = 0;
    let total = 0;
    for (const p of prefixes)
      for (const o of openers)
        for (const w of words)
          for (const strip of [true, false]) {
            const clean = `${p}。${o}${w}的進展很好。`;
            const damaged = damage(clean, strip);
            if (damaged === clean) continue;
            total++;
            const out = repairGbkMisalignment(damaged);
            if (out.text === clean) recovered++;
            else expect(out.text).toBe(damaged);
          }
    expect(total).toBeGreaterThan(150);
    expect(recovered / total).toBeGreaterThan(0.5);
  });
});

describe('repairGbkMisalignment: flags what it cannot repair uniquely', () => {
  it('simplified text whose run never re-synchronises is flagged, not changed', () => {
    const damaged = damage('这是简体中文的句子。“好人好事”值得表扬。', false);
    const out = repairGbkMisalignment(damaged);
    expect(out.text).toBe(damaged);
    expect(out.count).toBe(0);
    expect(out.flagged).toHaveLength(1);
    expect(out.flagged[0]?.reason).toMatch(/no plausible restoration/);
    expect(damaged.slice(out.flagged[0]?.index ?? 0)).toMatch(/^\uFFFD!/);
  });

  it('a rare character after a mark in clean text is not changed', () => {
    for (const text of ['他大喊:龘龘龘]的名字', '真好!鱻字少見', '問題?靐字]不常見']) {
      const out = repairGbkMisalignment(text);
      expect(out.text).toBe(text);
      expect(out.count).toBe(0);
    }
  });
});

describe('repairGbkMisalignment: no-op on clean text', () => {
  const clean = [
    '本市今年新增公園十二座!市民反映良好。記者在現場看到,不少家庭帶著孩子前來遊玩。',
    '他說:“我們會繼續努力。”隨後,會議進入討論環節;與會者提出了三點建議?',
    '数组访问写作 arr[i]!，在代码里 if (a) { b[0] = c; } 很常见。',
    'Hello, world! This is [English] text (with brackets): a;b?c.',
    '股價上漲5.0%(收盤價12.5元)],成交量1,000手,時間10:39:08,比分2:0。',
    '关于“ABC]计划”的报道!新闻发布会在北京举行,参会者包括[某机构]代表。',
    '（全形括號）不受影響！標點：正常；問號？逗號，都在。',
  ];
  for (const text of clean) {
    it(text, () => {
      expect(repairGbkMisalignment(text)).toEqual({ text, count: 0, flagged: [] });
    });
  }

  it('a long mixed text is unchanged', () => {
    const long = clean.join('\n').repeat(20);
    expect(repairGbkMisalignment(long)).toEqual({ text: long, count: 0, flagged: [] });
  });
});

describe('helpers', () => {
  it('gbkEncode / gbkDecodeStrict', () => {
    expect(gbkEncode('中文')).toEqual(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]));
    expect(gbkEncode('😀')).toBeUndefined();
    expect(gbkDecodeStrict(new Uint8Array([0xa1, 0x21]))).toBeUndefined();
    expect(gbkDecodeStrict(new Uint8Array([0xa1, 0xa3]))).toBe('。');
  });

  it('restorations: exactly one for real damage, none for clean text', () => {
    const damaged = damage('記者走訪了當地市場。《經濟週刊》隨後也作了報導。', true);
    const at = damaged.indexOf('!');
    const runEnd = at + 1 + damaged.slice(at + 1).search(/[\x00-\x7f]/);
    const found = restorations('!', damaged.slice(at + 1, runEnd), damaged[runEnd] ?? '');
    // `!` + run + stray tail byte become `。《經濟週`; the following `刊》` was aligned.
    expect(found).toEqual(['。《經濟週']);
    expect(restorations('!', '新聞', '')).toEqual([]);
  });

  it('suspicion and rareCount', () => {
    expect(rareCount('中文。“”')).toBe(0);
    expect(rareCount('龘\uFFFD')).toBe(2);
    expect(suspicion('中文', true, '', undefined)).toBe(true);
    expect(suspicion('龘文', false, '', undefined)).toBe(true);
    expect(suspicion('中', false, ']', '文'.codePointAt(0))).toBe(true);
    expect(suspicion('中', false, '[', '文'.codePointAt(0))).toBe(false);
    expect(suspicion('中', false, 'A', '文'.codePointAt(0))).toBe(false);
    expect(suspicion('中文', false, '', undefined)).toBe(false);
    expect(suspicion('一二三四', false, ']', '文'.codePointAt(0))).toBe(false);
  });
});
