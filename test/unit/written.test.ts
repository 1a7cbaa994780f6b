/**
 * A traditional seed keeps its own text on its own variant's page; the
 * canonical simplified text is still made for zh-Hans and search.
 */
import { describe, expect, it } from 'vitest';
import { blockTexts } from '../../src/pipeline/article.ts';
import { renderBodies } from '../../src/render/body-store.ts';
import { ingestSeed } from '../../src/pipeline/ingest/seed.ts';
import { detectRegion, writtenVariant } from '../../src/pipeline/written.ts';
import { converterFor } from '../../src/pipeline/variants.ts';

const OPTIONS = { timeZone: '+08:00' };

// Taiwan text with forms a trip through simplified loses (彆, 擡, 舖, 喫) and Taiwan vocabulary.
const TAIWAN = ['他彆著一口氣擡起頭，走進街角的舖子裡喫飯。', '這套軟體的影片功能，讓使用者在網路上分享。'];
const TAIWAN_MORE = [
  '老闆說，這間舖子開了三十年，附近的居民常常來這裡喫早餐，大家都很捨不得它關門。',
  '市府表示，將協助店家申請補助，讓老店能夠繼續經營下去，也希望更多年輕人回到街區。',
];
const HONG_KONG = ['他在裏面着急地説，這條綫路要改。', '記者到現場採訪，市民都很關心。'];

function markdown(title: string, paragraphs: string[], extra = ''): Buffer {
  return Buffer.from(
    [
      '---',
      `title: ${title}`,
      'published: "2026-05-12T09:30:00+08:00"',
      'author: 林小明',
      'source: 晨報',
      extra,
      '---',
      '',
      ...paragraphs.flatMap((p) => [p, '']),
    ].join('\n'),
  );
}

describe('traditional sources', () => {
  it('tell Taiwan from Hong Kong by their forms', () => {
    expect(detectRegion(TAIWAN.join(''))).toBe('tw');
    expect(detectRegion(HONG_KONG.join(''))).toBe('hk');
    expect(writtenVariant('这是简体中文的新闻报道，说明了情况。')).toBe(null);
    expect(writtenVariant(TAIWAN.join(''))).toBe('zh-tw');
    expect(writtenVariant(TAIWAN.join(''), 'zh-hk')).toBe('zh-hk');
  });

  it('keep a Taiwan Markdown seed as written on zh-Hant-TW, and simplified on zh-Hans', () => {
    const { article } = ingestSeed('tw.md', markdown('臺北街角的舖子', TAIWAN), OPTIONS);
    expect(article.written?.variant).toBe('zh-tw');
    expect(article.written?.title).toBe('臺北街角的舖子');
    expect(blockTexts(article.written!.body)).toEqual(TAIWAN);
    const bodies = renderBodies(article.body, [], article.written);
    expect(bodies['zh-tw']).toBe(TAIWAN.map((p) => `<p>${p}</p>`).join('\n'));
    expect(blockTexts(article.body)[1]).toBe('这套软件的影片功能，让使用者在网络上分享。');
    expect(bodies['zh-hans']).toContain('走进街角的铺子里吃饭');
  });

  it('keep a Hong Kong seed as written on zh-Hant-HK', () => {
    const { article } = ingestSeed('hk.md', markdown('綫路更改', HONG_KONG), OPTIONS);
    expect(article.written?.variant).toBe('zh-hk');
    expect(renderBodies(article.body, [], article.written)['zh-hk']).toBe(HONG_KONG.map((p) => `<p>${p}</p>`).join('\n'));
  });

  it('are clean: a half-converted page, or a mainland article converted with its curly quotes, is normalised through simplified', () => {
    const halfConverted = ['後來他们于是决定在台灣发展，这个软件很好用。', '记者說，這个项目會繼续進行下去。'];
    const { article } = ingestSeed('half.md', markdown('後來的發展', halfConverted), OPTIONS);
    expect(article.written).toBe(null);
    expect(converterFor('zh-tw')(blockTexts(article.body)[0]!)).toBe('後來他們於是決定在臺灣發展，這個軟體很好用。');
    expect(writtenVariant('記者說：“這個軟件很好用，芯片也是國產的。”他說。')).toBe(null);
    expect(writtenVariant('記者說：「這個軟體很好用，晶片也是國產的。」他說。')).toBe('zh-tw');
  });

  it('keep a traditional scrape’s paragraphs as written', () => {
    const scrape = [
      '首頁 > 社會 > 正文',
      '',
      '臺北街角的舖子重新開張 老顧客回來喫飯',
      '',
      '2026-03-04 05:06:07 來源：晨光日報 作者：趙一鳴',
      '',
      ...[...TAIWAN, ...TAIWAN_MORE].flatMap((p) => [p, '']),
      '責任編輯：錢二',
    ].join('\n');
    const { article } = ingestSeed('tw.txt', Buffer.from(scrape), OPTIONS);
    expect(article.written?.variant).toBe('zh-tw');
    expect(blockTexts(article.written!.body)).toEqual([...TAIWAN, ...TAIWAN_MORE]);
    expect(article.written?.title).toBe('臺北街角的舖子重新開張 老顧客回來喫飯');
    expect(article.written?.author).toBe('趙一鳴');
    expect(article.title).toBe('台北街角的铺子重新开张 老顾客回来吃饭');
  });

  it('leave simplified seeds to conversion', () => {
    const { article } = ingestSeed('cn.md', markdown('城市新闻', ['这是简体中文的新闻报道，说明了情况。']), OPTIONS);
    expect(article.written).toBe(null);
  });
});
