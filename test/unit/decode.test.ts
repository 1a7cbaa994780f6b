import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { decodeSeed, firstBadOffset, lineOfOffset, looksBinary, plausibility } from '../../src/pipeline/decode.ts';
import { commonHanSet } from '../../src/pipeline/chars.ts';
import { SeedError } from '../../src/pipeline/errors.ts';

// Invented news-like paragraphs (no text from any seed).
const SIMPLIFIED = [
  '本报讯 今年秋季以来，本市多个区县陆续启动老旧小区改造工程。据市住房和城乡建设委员会介绍，首批改造项目涉及一百二十个小区，预计明年六月前全部完工。',
  '改造内容包括外墙保温、管道更新、加装电梯以及停车位规划。一位居民告诉记者：“以前下雨天楼道里到处是水，现在终于有人管了。”',
  '专家指出，城市更新不能只看外观，更要关注居民的实际需求。相关部门表示，将在改造过程中广泛听取意见，确保工程质量和施工安全。',
  '另据了解，今年前三季度全市共完成投资约三百亿元，同比增长百分之八。其中，交通与水利项目占比最高，教育和医疗设施建设也明显加快。',
].join('\n\n');

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const TRADITIONAL = toTraditional(SIMPLIFIED);

const enc = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function seedError(fn: () => unknown): SeedError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SeedError) return e;
    throw e;
  }
  throw new Error('expected a SeedError');
}

describe('fixtures are what they claim', () => {
  it('traditional text differs from simplified and survives GBK and Big5', () => {
    expect(TRADITIONAL).not.toBe(SIMPLIFIED);
    expect(TRADITIONAL).toContain('據');
    expect(iconv.decode(Buffer.from(enc(TRADITIONAL, 'gbk')), 'gbk')).toBe(TRADITIONAL);
    expect(iconv.decode(Buffer.from(enc(TRADITIONAL, 'big5')), 'big5')).toBe(TRADITIONAL);
  });
});

describe('decodeSeed: detection', () => {
  it('reads plain UTF-8', () => {
    expect(decodeSeed(utf8(SIMPLIFIED), 'a.txt')).toEqual({ text: SIMPLIFIED, encoding: 'utf-8' });
  });

  it('reads UTF-8 with BOM and strips the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TRADITIONAL)]);
    const out = decodeSeed(bytes, 'a.txt');
    expect(out.encoding).toBe('utf-8-bom');
    expect(out.text).toBe(TRADITIONAL);
    expect(out.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('pure ASCII is UTF-8', () => {
    expect(decodeSeed(utf8('Hello, world!\n'), 'a.txt').encoding).toBe('utf-8');
  });

  it('simplified text in GBK is GB18030, not Big5', () => {
    const out = decodeSeed(enc(SIMPLIFIED, 'gbk'), 'a.txt');
    expect(out.encoding).toBe('gb18030');
    expect(out.text).toBe(SIMPLIFIED);
  });

  it('traditional text in GBK is GB18030, not Big5', () => {
    const out = decodeSeed(enc(TRADITIONAL, 'gbk'), 'a.txt');
    expect(out.encoding).toBe('gb18030');
    expect(out.text).toBe(TRADITIONAL);
  });

  it('traditional text in Big5 is Big5, although it also decodes as GB18030', () => {
    const bytes = enc(TRADITIONAL, 'big5');
    expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toBe(TRADITIONAL); // decodes, to garbage
    const out = decodeSeed(bytes, 'a.txt');
    expect(out.encoding).toBe('big5');
    expect(out.text).toBe(TRADITIONAL);
  });

  it('GB18030 four-byte characters are read', () => {
    const text = `${SIMPLIFIED}\n表情😀与欧元€`;
    const out = decodeSeed(enc(text, 'gb18030'), 'a.txt');
    expect(out).toEqual({ text, encoding: 'gb18030' });
  });

  it('normalises CRLF and CR to LF in every encoding', () => {
    const crlf = SIMPLIFIED.replace(/\n/g, '\r\n');
    expect(decodeSeed(utf8(crlf), 'a').text).toBe(SIMPLIFIED);
    expect(decodeSeed(enc(crlf, 'gbk'), 'a').text).toBe(SIMPLIFIED);
    expect(decodeSeed(utf8('一\r二\r\n三'), 'a').text).toBe('一\n二\n三');
  });

  it('does not apply NFKC (full-width punctuation and digits stay)', () => {
    const text = '价格：１２３元（含税）！';
    expect(decodeSeed(utf8(text), 'a').text).toBe(text);
    expect(decodeSeed(enc(text, 'gbk'), 'a').text).toBe(text);
  });
});

describe('decodeSeed: errors', () => {
  it('empty file', () => {
    const e = seedError(() => decodeSeed(new Uint8Array(), 'e.txt'));
    expect(e.file).toBe('e.txt');
    expect(e.reason).toMatch(/empty/);
  });

  it('whitespace-only file (including ideographic space and BOM)', () => {
    expect(seedError(() => decodeSeed(utf8(' \n\t\r\n'), 'w')).reason).toMatch(/empty/);
    expect(seedError(() => decodeSeed(utf8('\uFEFF\u3000\n'), 'w')).reason).toMatch(/empty/);
  });

  it('binary: NUL bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(seedError(() => decodeSeed(png, 'p.txt')).reason).toMatch(/binary/);
  });

  it('binary: many control bytes without NUL', () => {
    const bytes = new Uint8Array(400).map((_, i) => (i % 7 === 0 ? 0x01 + (i % 20) : 0x41 + (i % 26)));
    expect(looksBinary(bytes)).toBe(true);
    expect(seedError(() => decodeSeed(bytes, 'b')).reason).toMatch(/binary/);
  });

  it('binary: UTF-16 is reported as such', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]);
    expect(seedError(() => decodeSeed(bytes, 'u16')).reason).toMatch(/binary.*UTF-16/);
  });

  it('a stray form feed or two is not binary', () => {
    expect(looksBinary(utf8(`${SIMPLIFIED}\f\u0007`))).toBe(false);
    expect(decodeSeed(utf8(`${SIMPLIFIED}\u0007`), 'x').encoding).toBe('utf-8');
  });

  it('UTF-8 with one corrupt byte names its line', () => {
    const lines = ['第一行中文内容', '第二行中文内容', '第三行中文内容', '第四行'];
    const good = utf8(lines.join('\n'));
    const at = utf8(`${lines[0]}\n${lines[1]}\n第三`).length;
    const bad = new Uint8Array([...good.subarray(0, at), 0xff, ...good.subarray(at)]);
    const e = seedError(() => decodeSeed(bad, 'u.txt'));
    expect(e.reason).toMatch(/UTF-8/);
    expect(e.line).toBe(3);
  });

  it('GBK text with an invalid byte names its line', () => {
    const text = `${SIMPLIFIED}\n最后一行`;
    const good = enc(text, 'gbk');
    const bad = new Uint8Array([...good, 0x0a, ...enc('坏', 'gbk'), 0xff, 0x80]);
    const e = seedError(() => decodeSeed(bad, 'g.txt'));
    expect(e.reason).toMatch(/undecodable/);
    expect(e.line).toBe(text.split('\n').length + 1);
  });
});

describe('decodeSeed: more errors', () => {
  it('Big5 text with an invalid byte names its line', () => {
    const lines = TRADITIONAL.split('\n');
    const bad = new Uint8Array([...enc(lines.slice(0, 3).join('\n'), 'big5'), 0x0a, 0xa4, 0x0a, ...enc(lines.slice(3).join('\n'), 'big5')]);
    const e = seedError(() => decodeSeed(bad, 'b5.txt'));
    expect(e.reason).toMatch(/undecodable/);
    expect(e.line).toBe(4);
  });

  it('high-byte noise that decodes only implausibly is undecodable', () => {
    // Every byte pair is a valid but rare GBK code (lead 0x81, trail 0x40-0x7e).
    const bytes = new Uint8Array(200).map((_, i) => (i % 2 === 0 ? 0x81 : 0x40 + (i % 60)));
    const e = seedError(() => decodeSeed(bytes, 'n'));
    expect(e.reason).toMatch(/undecodable/);
  });
});

describe('helpers', () => {
  it('common set holds simplified and traditional frequent characters but not rare ones', () => {
    const set = commonHanSet();
    for (const ch of '的国國经經说說') expect(set.has(ch)).toBe(true);
    for (const ch of '龘鱻𠀀') expect(set.has(ch)).toBe(false);
    expect(set.size).toBeGreaterThan(6000);
  });

  it('plausibility separates right and wrong readings', () => {
    expect(plausibility(SIMPLIFIED)).toBeGreaterThan(0.95);
    expect(plausibility(TRADITIONAL)).toBeGreaterThan(0.95);
    const wrong = new TextDecoder('gb18030').decode(enc(TRADITIONAL, 'big5'));
    expect(plausibility(wrong)).toBeLessThan(0.6);
    expect(plausibility('abc')).toBe(1);
    expect(plausibility('\uE000\uE001中')).toBeLessThan(0);
  });

  it('firstBadOffset and lineOfOffset', () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0x0d, 0x0a, 0x63, 0xff, 0x64]);
    expect(firstBadOffset(bytes, 'utf-8')).toBe(6);
    expect(lineOfOffset(bytes, 6)).toBe(3);
    expect(firstBadOffset(utf8('中文'), 'utf-8')).toBe(-1);
  });
});

describe('a seed of mixed encodings', () => {
  it('names the line where UTF-8 stops', () => {
    const utf8 = Buffer.from('第一行是正常的中文新闻内容，用来测试。\n第二行也是中文的内容，继续测试编码。\n');
    const gbk = iconv.encode('第三行改成了国标编码的中文内容，混在一起。\n第四行同样是国标编码，文件就乱了。\n', 'gbk');
    let error: unknown;
    try {
      decodeSeed(Buffer.concat([utf8, gbk]), 'mixed.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).line).toBe(3);
    expect((error as SeedError).reason).toMatch(/mixed encodings/);
  });
});
