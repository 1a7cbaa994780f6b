/** Editors' inline protection: -{…}- as MediaWiki writes it. */
import { describe, expect, it } from 'vitest';
import { renderBodies } from '../../src/render/body-store.ts';
import { ingestSeed } from '../../src/pipeline/ingest/seed.ts';
import { toCanonical } from '../../src/pipeline/script.ts';
import { converterFor } from '../../src/pipeline/variants.ts';

// Built at import, outside the test's time limit.
const hans = converterFor('zh-hans');
const tw = converterFor('zh-tw');
const hk = converterFor('zh-hk');
toCanonical('');

describe('inline protection', () => {
  it('keeps -{…}- as written in every variant, without the marks', () => {
    const canonical = toCanonical('他說-{這個軟體}-和軟體不同');
    expect(canonical).toBe('他说-{這個軟體}-和软件不同');
    expect(tw(canonical)).toBe('他說這個軟體和軟體不同');
    expect(hk(canonical)).toBe('他説這個軟體和軟件不同');
    expect(hans(canonical)).toBe('他说這個軟體和软件不同');
    expect(tw('-{发布}-会和发布会')).toBe('发布會和發佈會');
  });
});

describe('inline protection in a Markdown seed', () => {
  it('survives Markdown and ingest, and no page shows the marks', () => {
    const seed = [
      '---',
      'title: 关于-{軟體}-的报道',
      'published: "2026-05-12T09:30:00+08:00"',
      'author: 林小明',
      'source: 晨报',
      '---',
      '',
      '这款-{软件}-的**名字**不变，软件会更新。',
      '',
    ].join('\n');
    const { article } = ingestSeed('p.md', Buffer.from(seed), { timeZone: '+08:00' });
    const bodies = renderBodies(article.body);
    expect(bodies['zh-tw']).toBe('<p>這款软件的<strong>名字</strong>不變，軟體會更新。</p>');
    expect(bodies['zh-hans']).toBe('<p>这款软件的<strong>名字</strong>不变，软件会更新。</p>');
    expect(tw(article.title)).toBe('關於軟體的報道');
    expect(hans(article.title)).toBe('关于軟體的报道');
  });
});
