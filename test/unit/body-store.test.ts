import { readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphsToBody, toEntry } from '../../src/pipeline/article.ts';
import { BODY_CHARS_COMPARED, bodyOpening, readBody, renderBodies, storeBody } from '../../src/render/body-store.ts';
import { tmpBodies } from '../helpers/bodies.ts';

const body = paragraphsToBody(['软件发布后，后台数据显示用户增长。', '<script>alert(1)</script>这里是第二段。']);

describe('renderBodies', () => {
  it('renders the body in every variant, converting text and escaping markup', () => {
    const html = renderBodies(body);
    expect(html['zh-hans']).toBe('<p>软件发布后，后台数据显示用户增长。</p><p>&#x3C;script>alert(1)&#x3C;/script>这里是第二段。</p>');
    // Taiwan takes vocabulary (軟體), Hong Kong glyphs only (軟件).
    expect(html['zh-tw']).toContain('軟體');
    expect(html['zh-hk']).toContain('軟件');
    for (const variant of ['zh-tw', 'zh-hk'] as const) {
      expect(html[variant]).toContain('這');
      expect(html[variant]).not.toContain('<script>');
    }
  });
});

describe('bodyOpening', () => {
  it('is the text of the body, tags and references as spaces, cut at BODY_CHARS_COMPARED', () => {
    expect(bodyOpening('<p>甲&amp;乙</p><p>丙</p>')).toBe(' 甲 乙  丙 ');
    const long = `<p>${'字'.repeat(BODY_CHARS_COMPARED + 50)}</p>`;
    expect(bodyOpening(long)).toHaveLength(BODY_CHARS_COMPARED);
    expect(bodyOpening(long).startsWith(' 字字')).toBe(true);
  });
});

describe('storeBody', () => {
  it('writes a body once, names it by content and version, and reads one variant back', () => {
    const store = tmpBodies();
    const file = storeBody(store, body);
    expect(readBody(file, 'zh-hans')).toBe(renderBodies(body)['zh-hans']);
    expect(readBody(file, 'zh-tw')).toContain('軟體');
    // The same body again: same file, touched, not rewritten.
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(file, old, old);
    expect(storeBody(store, body)).toBe(file);
    expect(statSync(file).mtimeMs).toBeGreaterThan(old.getTime() + 1000);
    expect(readdirSync(store.dir)).toHaveLength(1);
    // Another body, or another renderer version, gets another file.
    expect(storeBody(store, paragraphsToBody(['别的正文。']))).not.toBe(file);
    expect(storeBody({ ...store, version: 'other' }, body)).not.toBe(file);
  });

  it('writes the body again when its file was removed', () => {
    const store = tmpBodies();
    const file = storeBody(store, body);
    rmSync(file);
    expect(storeBody(store, body)).toBe(file);
    expect(readBody(file, 'zh-hk')).toContain('軟件');
  });

  it('fails clearly on a body file without the variant', () => {
    const file = join(tmpBodies().dir, 'partial.json');
    const { 'zh-tw': _, ...withoutTaiwan } = renderBodies(body);
    writeFileSync(file, JSON.stringify(withoutTaiwan));
    expect(readBody(file, 'zh-hk')).toContain('軟件');
    expect(() => readBody(file, 'zh-tw')).toThrow(`${file}: no body for zh-tw`);
  });

  it('names the file when a body file is missing', () => {
    expect(() => readBody('/no/such/body.json', 'zh-tw')).toThrow(/\/no\/such\/body\.json/);
  });
});

describe('toEntry', () => {
  it('keeps the metadata and what pages need from the body, not the body', () => {
    const entry = toEntry(
      {
        slug: 's',
        file: 's.md',
        title: '标题',
        author: null,
        source: null,
        published: '2026-01-01T00:00:00+08:00',
        zoneAssumed: false,
        dateOnly: false,
        updated: null,
        description: null,
        tags: [],
        body,
        written: null,
        rules: null,
      },
      '/b.json',
    );
    expect(entry).not.toHaveProperty('body');
    expect(entry.summary).toBe('软件发布后，后台数据显示用户增长。');
    expect(entry.chars).toBe([...'软件发布后，后台数据显示用户增长。<script>alert(1)</script>这里是第二段。'].length);
    expect(entry.bodyFile).toBe('/b.json');
    expect(entry.contentKey).toMatch(/^[0-9a-f]{10}$/);
  });
});
