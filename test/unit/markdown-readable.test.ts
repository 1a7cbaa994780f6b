import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { renderBodies } from '../../src/render/body-store.ts';
import { renderMarkdown } from '../../src/pipeline/markdown.ts';

const md = `正文[^a]，其中*周末*最多。

| 一 | 二 | 三 | 四 | 五 | 六 | 日 |
| - | - | - | - | - | - | - |
| 1 | 2 | 3 | 4 | 5 | 6 | 7 |

![排队的观众](https://example.org/q.jpg "开馆前的正门")

[^a]: 调查说明。
`;

describe('Markdown bodies a reader can use', () => {
  const body = renderMarkdown(md);

  it('gives footnote links targets that exist, in both directions', () => {
    const ids = new Set(selectAll('[id]', body).map((e) => String(e.properties['id'])));
    const targets = selectAll('a[href^="#"]', body).map((a) => String(a.properties['href']).slice(1));
    expect(targets.length).toBe(2);
    for (const target of targets) expect(ids.has(target), target).toBe(true);
    expect([...ids].some((id) => id.includes('user-content-user-content'))).toBe(false);
  });

  it('labels footnotes in Chinese, converted per variant with the text', () => {
    const tw = fromHtml(renderBodies(body)['zh-tw'], { fragment: true });
    expect((select('section.footnotes h2', tw) as Element).children).toEqual([{ type: 'text', value: '註釋', position: expect.anything() }]);
    const back = select('a[data-footnote-backref]', tw) as Element;
    expect(back.properties['ariaLabel']).toBe('返回正文第 1 處引用');
  });

  it('puts a table in a scrollable region reachable by keyboard', () => {
    const region = select('div.table-scroll', body) as Element;
    expect(region.properties['tabIndex']).toBe(0);
    expect(region.properties['role']).toBe('region');
    expect(select('table', region)).toBeDefined();
  });

  it('makes an image alone in its paragraph a lazy figure with its title as caption, alt converted per variant', () => {
    const hk = fromHtml(renderBodies(body)['zh-hk'], { fragment: true });
    const img = select('figure > img', hk) as Element;
    expect(img.properties['loading']).toBe('lazy');
    expect(img.properties['alt']).toBe('排隊的觀眾');
    expect(img.properties['title']).toBeUndefined();
    expect((select('figure > figcaption', hk) as Element).children[0]).toMatchObject({ type: 'text', value: '開館前的正門' });
  });
});
