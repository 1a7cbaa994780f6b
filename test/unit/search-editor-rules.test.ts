/**
 * The site's conversion.yaml rules hold in search as on the pages: the query
 * converter is built from the same chains, so a rule reaches the browser in
 * the query dictionaries. The rules file is read once per process, so this
 * file sets JIANFAN_CONVERSION_FILE before it loads the pipeline.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const file = join(mkdtempSync(join(tmpdir(), 'jianfan-rules-')), 'conversion.yaml');
writeFileSync(file, 'zh-tw:\n  英伟达: NVIDIA\n  干细胞: 幹細胞\nzh-hk:\n  英伟达: 輝達\nkeep:\n  - 微软雅黑\n');
process.env.JIANFAN_CONVERSION_FILE = file;

const { queryChainFiles, queryChainManifest } = await import('../../src/search/build/dicts.ts');
const { toCanonical } = await import('../../src/pipeline/script.ts');
const { converterFor, VARIANT_IDS } = await import('../../src/pipeline/variants.ts');
const { convertWith } = await import('../../src/search/client/convert.ts');

const files = queryChainFiles(VARIANT_IDS);
beforeAll(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    const body = files.get(url.replace(/^\//, ''));
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, json: async () => JSON.parse(body ?? 'null') };
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
  delete process.env.JIANFAN_CONVERSION_FILE;
});

describe('site-wide rules in search', () => {
  it('convert a query as the pages convert the article', async () => {
    const tw = queryChainManifest('zh-tw');
    const hk = queryChainManifest('zh-hk');
    expect(converterFor('zh-tw')('英伟达的干细胞')).toBe('NVIDIA的幹細胞');
    expect(await convertWith(tw, '英伟达的干细胞')).toBe('NVIDIA的幹細胞');
    expect(await convertWith(hk, '英伟达')).toBe('輝達');
    // Kept text is kept in a query typed in either script.
    expect(await convertWith(tw, '微软雅黑')).toBe('微软雅黑');
    expect(await convertWith(tw, '微軟雅黑')).toBe('微软雅黑');
    expect(await convertWith(queryChainManifest('zh-hans'), '微軟雅黑')).toBe('微软雅黑');
    for (const text of ['英伟达发布会', '微軟雅黑字體', '干细胞研究', '輝達']) {
      for (const variant of VARIANT_IDS)
        expect(await convertWith(queryChainManifest(variant), text), `${variant} ${text}`).toBe(converterFor(variant)(toCanonical(text)));
    }
  });
});
