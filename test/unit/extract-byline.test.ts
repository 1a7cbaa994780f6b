import { describe, expect, it } from 'vitest';
import { isCloser, parseByline } from '../../src/pipeline/extract/byline.ts';
import { toCanonical } from '../../src/pipeline/script.ts';

describe('parseByline', () => {
  it.each([
    ['某某日报记者 张三', '张三', '某某日报'],
    ['本报记者 张三 李四', '张三、李四', null],
    ['记者张三／台北报导', '张三', null],
    // A Taiwan byline reaches the extractor as canonical simplified (ingest/seed.ts).
    ['記者張三／台北報導', '张三', null],
    ['作者：张三', '张三', null],
    ['（作者 张三）', '张三', null],
    ['文/张三', '张三', null],
    ['文｜张三', '张三', null],
    ['来源：某某网', null, '某某网'],
    ['2026-05-12 09:30:00 来源：某某晚报 作者：周某某', '周某某', '某某晚报'],
    ['来源：某某日报 | 2026年05月12日 14:20 | 编辑：赵某', null, '某某日报'],
    ['（记者 张三 报道）', '张三', null],
    ['某某社北京5月12日电（记者 张三）', '张三', '某某社'],
  ])('%s', (line, author, source) => {
    const b = parseByline(toCanonical(line));
    expect(b?.author ?? null).toBe(author);
    expect(b?.source ?? null).toBe(source);
  });

  it('reads the outlet of a `【…讯】` tag and keeps the prose that follows it', () => {
    const b = parseByline('【某某日报专讯】港铁新线工程昨日正式展开，预计七年后通车，沿线居民表示欢迎。');
    expect(b?.source).toBe('某某日报');
    expect(b?.pure).toBe(false);
  });

  it('does not read prose or a bio as a byline', () => {
    expect(parseByline('记者在一处万亩连片稻田看到，十余台收割机在田间往返作业。')).toBeNull();
    expect(parseByline('采访部记者 关注新能源、半导体等领域，有线索欢迎联系。')).toBeNull();
  });
});

describe('isCloser', () => {
  it('matches end-of-article markers', () => {
    expect(isCloser('（完）')).toBe(true);
    expect(isCloser('（作者 张三）')).toBe(true);
    expect(isCloser('（图为会场一角）')).toBe(false);
  });
});
