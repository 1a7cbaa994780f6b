/**
 * Quotation marks follow the variant: 「」『』 on Taiwan and Hong Kong pages,
 * “”‘’ on zh-Hans, paired and nested as written.
 */
import { describe, expect, it } from 'vitest';
import { toCanonical } from '../../src/pipeline/script.ts';
import { converterFor } from '../../src/pipeline/variants.ts';

const tw = converterFor('zh-tw');
const hk = converterFor('zh-hk');

describe('quotation marks', () => {
  it('uses corner brackets on Taiwan and Hong Kong pages, nested', () => {
    expect(tw('他说：“我记得她说过‘不要’这句话。”')).toBe('他說：「我記得她說過『不要』這句話。」');
    expect(hk('他说：“我记得她说过‘不要’这句话。”')).toBe('他説：「我記得她説過『不要』這句話。」');
  });

  it('keeps the paragraph-spanning convention: an opening mark per paragraph, one closing mark', () => {
    const paragraphs = ['他写道：“第一段没有结束，', '“第二段接着说，', '“第三段才结束。”'];
    expect(paragraphs.map((p) => tw(p))).toEqual(['他寫道：「第一段沒有結束，', '「第二段接著說，', '「第三段才結束。」']);
  });

  it('leaves English apostrophes alone', () => {
    expect(tw('苹果CEO说“It’s a new era, don’t wait”')).toBe('蘋果CEO說「It’s a new era, don’t wait」');
  });

  it('turns a traditional source’s corner brackets into curly quotes on zh-Hans', () => {
    expect(toCanonical('他說：「我記得她說過『不要』。」')).toBe('他说：“我记得她说过‘不要’。”');
    expect(tw(toCanonical('他說：「我記得她說過『不要』。」'))).toBe('他說：「我記得她說過『不要』。」');
  });

  it('converts titles the same way (one chain for every text)', () => {
    expect(tw('国产算力迈入“万卡”时代')).toBe('國產算力邁入「萬卡」時代');
  });
});
